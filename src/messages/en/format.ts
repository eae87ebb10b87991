/** English number and list wording, shared by every English message. */

import { formatMonth, type Month } from '../../core/month.js';
import { formatNumber, formatUsd, formatUsdRange, formatWhole } from '../../core/number.js';
import type { LocaleFormat } from '../locale-format.js';

/** 7.5, 12, 2,253 — at most one decimal, thousands separated. */
export function formatAmount(value: number): string {
  // Round first so 11.96 prints as "12" and never as "12.0".
  return formatNumber(value, 1);
}

/**
 * Hours are shown whole: 2,253 h. What you have rounds down and what you need rounds up, so the
 * words never claim more progress than there is.
 */
export function formatHours(value: number, round: 'down' | 'up'): string {
  return formatWhole(value, round);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatAmount(count)} ${Math.abs(count - 1) < 1e-9 ? one : many}`;
}

/** "a, b or c" */
export function joinOr(items: readonly string[]): string {
  // As join() writes them: a missing item is empty.
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0] ?? ''} or ${items[1] ?? ''}`;
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "a, b and c" */
export function joinAnd(items: readonly string[]): string {
  // As join() writes them: a missing item is empty.
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0] ?? ''} and ${items[1] ?? ''}`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** US English: "Nov 2026", "2,253", "$395–470", "a, b or c". */
export const enFormat: LocaleFormat = {
  month: (month: Month) => formatMonth(month),
  monthShort: (month: Month) => formatMonth(month),
  amount: formatAmount,
  hours: formatHours,
  money: formatUsd,
  moneyRange: formatUsdRange,
  count: plural,
  joinAnd,
  joinOr,
};
