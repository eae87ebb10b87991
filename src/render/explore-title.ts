type Rec = Record<string, unknown>;

function usd(value: unknown): string {
  return typeof value === 'number' ? `$${value.toLocaleString('en-US')}` : 'unknown';
}

/** A record's one-line title for tables: its name, or what it is about. */
export function recordTitle(record: Rec): string {
  if (typeof record.name === 'string') {
    return typeof record.abbreviation === 'string' && record.abbreviation !== record.name
      ? `${record.name} (${record.abbreviation})`
      : record.name;
  }
  if (typeof record.level === 'string') {
    const where = typeof record.specialization === 'string' ? record.specialization : 'any setting';
    const credential = typeof record.credential === 'string' ? ` + ${record.credential}` : '';
    return `${record.level}, ${where}${credential}: ${usd(record.min_usd)}–${usd(record.max_usd)}${record.open_ended ? '+' : ''}`;
  }
  if (typeof record.occupation === 'string') {
    const median = typeof record.median_usd === 'number' ? ` (BLS median ${usd(record.median_usd)})` : '';
    return `${record.occupation}${median}`;
  }
  return String(record.id);
}
