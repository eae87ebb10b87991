import {
  currentMonth,
  EARLIEST_MONTH,
  isMonth,
  isMonthInRange,
  LATEST_MONTH,
  type Month,
} from '../core/month.js';
import { usageError } from './errors.js';

/** The `--as-of` option: a YYYY-MM month, default the current month. */
export function resolveAsOf(value: string | undefined, now: Date = new Date()): Month {
  if (value === undefined) return currentMonth(now);
  if (!isMonth(value))
    throw usageError(`--as-of expects a month as YYYY-MM (for example 2026-11), got "${value}"`);
  if (!isMonthInRange(value))
    throw usageError(`--as-of must be a month from ${EARLIEST_MONTH} to ${LATEST_MONTH}, got "${value}"`);
  return value;
}
