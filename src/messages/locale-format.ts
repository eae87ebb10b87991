import type { Month } from '../core/month.js';

/**
 * How one language writes months, numbers, money, counts and lists. Each language has one module
 * that implements it (`en/format.ts`, `es/format.ts`); messages and renderers take words from
 * there, never from `toLocaleString` (which loads ICU data and costs a one-shot CLI start-up).
 */
export interface LocaleFormat {
  /** A month in running text: "Nov 2026"; "noviembre de 2026". */
  month(month: Month): string;
  /** A month where space is short (a status column, a chart): "Nov 2026"; "nov. 2026". */
  monthShort(month: Month): string;
  /** 7.5, 12, 2,253: at most one decimal, thousands grouped. */
  amount(value: number): string;
  /** Whole hours: what you have rounds down, what you need rounds up. */
  hours(value: number, round: 'down' | 'up'): string;
  /** "$1,234" */
  money(usd: number): string;
  /** "$395–470"; one amount when both ends are equal. */
  moneyRange(min: number, max: number, dash?: string): string;
  /**
   * A count with its noun in the right number: "1 month", "2.5 months"; "1 mes", "2.5 meses".
   * `many` defaults to the language's regular plural of `one`.
   */
  count(n: number, one: string, many?: string): string;
  /** "a, b and c"; "a, b y c". */
  joinAnd(items: readonly string[]): string;
  /** "a, b or c"; "a, b o c". */
  joinOr(items: readonly string[]): string;
}
