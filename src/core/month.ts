/** Calendar months as 'YYYY-MM' strings and as integer indexes (year * 12 + month - 1). */

export type Month = string;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_RE.test(value);
}

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
  // Read digit by digit, the same test as MONTH_RE: hot paths read many months, and this is
  // quicker than the regular expression or a cache of parsed months.
  if (typeof month === 'string' && month.length === 7 && month.charCodeAt(4) === 45) {
    const y1 = digit(month, 0);
    const y2 = digit(month, 1);
    const y3 = digit(month, 2);
    const y4 = digit(month, 3);
    const m1 = digit(month, 5);
    const m2 = digit(month, 6);
    const m = m1 * 10 + m2;
    if ((y1 | y2 | y3 | y4 | m1 | m2) >= 0 && m >= 1 && m <= 12) {
      return (y1 * 1000 + y2 * 100 + y3 * 10 + y4) * 12 + m - 1;
    }
  }
  throw new RangeError(`not a YYYY-MM month: ${month}`);
}

/** The digit at `i`, or -1. */
function digit(text: string, i: number): number {
  const code = text.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : -1;
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
