/** Calendar months as 'YYYY-MM' strings and as integer indexes (year * 12 + month - 1). */

export type Month = string;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_RE.test(value);
}

/** Parsed months, so hot paths that see the same few months never run the regex twice. */
const parsed = new Map<string, number>();

/**
 * The months a person's dates and `--as-of` may name. Plans reach a few decades past `as_of`, so
 * every planned month stays a four-digit year well inside what YYYY-MM can write.
 */
export const EARLIEST_MONTH: Month = '1900-01';
export const LATEST_MONTH: Month = '2199-12';

/** True for a YYYY-MM month from {@link EARLIEST_MONTH} to {@link LATEST_MONTH}. */
export function isMonthInRange(value: string): boolean {
  return isMonth(value) && value >= EARLIEST_MONTH && value <= LATEST_MONTH;
}

export function monthIndex(month: Month): number {
  const known = parsed.get(month);
  if (known !== undefined) return known;
  const match = MONTH_RE.exec(month);
  if (!match) throw new RangeError(`not a YYYY-MM month: ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1;
  if (parsed.size < 4096) parsed.set(month, index);
  return index;
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: Month, count: number): Month {
  return monthFromIndex(monthIndex(month) + count);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Month, to: Month): number {
  return monthIndex(to) - monthIndex(from);
}

export function currentMonth(now: Date = new Date()): Month {
  return monthFromIndex(now.getFullYear() * 12 + now.getMonth());
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'Nov 2026' for people; the machine formats keep 'YYYY-MM'. */
export function formatMonth(month: Month): string {
  const index = monthIndex(month);
  return `${MONTH_NAMES[index % 12]} ${Math.floor(index / 12)}`;
}
