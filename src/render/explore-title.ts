import { formatNumber } from '../core/number.js';
import { type ExploreMessages, enExplore } from '../messages/en/explore.js';

type Rec = Record<string, unknown>;

/** A record's one-line title for tables: its name, or what it is about. */
export function recordTitle(record: Rec, words: ExploreMessages = enExplore): string {
  const usd = (value: unknown) =>
    typeof value === 'number' ? `$${formatNumber(value)}` : words.unknown('usd');
  if (typeof record.name === 'string') {
    return typeof record.abbreviation === 'string' && record.abbreviation !== record.name
      ? `${record.name} (${record.abbreviation})`
      : record.name;
  }
  if (typeof record.level === 'string') {
    // Pay first: it is what a person scans this list for.
    const range =
      record.min_usd === record.max_usd
        ? usd(record.min_usd)
        : `${usd(record.min_usd)}–${usd(record.max_usd)}`;
    return words.bandTitle({
      pay: `${range}${record.open_ended ? '+' : ''}`,
      level: record.level,
      ...(typeof record.specialization === 'string' ? { specialization: record.specialization } : {}),
      ...(typeof record.credential === 'string' ? { credential: record.credential } : {}),
    });
  }
  if (typeof record.occupation === 'string') {
    return typeof record.median_usd === 'number'
      ? words.medianTitle(usd(record.median_usd), record.occupation)
      : record.occupation;
  }
  return String(record.id);
}
