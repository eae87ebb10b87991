import { formatNumber } from '../core/number.js';

type Rec = Record<string, unknown>;

function usd(value: unknown): string {
  return typeof value === 'number' ? `$${formatNumber(value)}` : 'unknown';
}

/** A record's one-line title for tables: its name, or what it is about. */
export function recordTitle(record: Rec): string {
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
    const pay = `${range}${record.open_ended ? '+' : ''}`;
    const where = typeof record.specialization === 'string' ? record.specialization : 'any setting';
    const credential = typeof record.credential === 'string' ? ` + ${record.credential}` : '';
    return `${pay} · ${record.level}, ${where}${credential}`;
  }
  if (typeof record.occupation === 'string') {
    return typeof record.median_usd === 'number'
      ? `${usd(record.median_usd)} median · ${record.occupation} (BLS)`
      : record.occupation;
  }
  return String(record.id);
}
