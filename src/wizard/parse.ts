import { isMonth, type Month, monthIndex } from '../core/month.js';
import { formatNumber } from '../core/number.js';
import type { Parsed } from './prompter.js';

/** Parsers for typed answers: each says exactly what it wants when the answer does not fit. */

const MAX_MONTHS = 600;

function fail(message: string): Parsed<never> {
  return { ok: false, message };
}

/**
 * A duration in months: "18", "1.5", "2 years", "2y 6m", "3 yrs 2 mos". People think in years as
 * often as in months, so both are accepted; the result is months.
 */
export function parseMonths(raw: string): Parsed<number> {
  const message = `months: a number from 0 to ${MAX_MONTHS} (or say "2 years" or "1 year 6 months")`;
  const text = raw.trim().toLowerCase().replace(/,/g, '.');
  if (text === '') return fail(message);
  let total: number;
  if (/^\d+(\.\d+)?$/.test(text)) {
    total = Number(text);
  } else {
    const pattern = /(\d+(?:\.\d+)?)\s*(years?|yrs?|y|months?|mos?|m)\b/g;
    let consumed = '';
    total = 0;
    for (const match of text.matchAll(pattern)) {
      const amount = Number(match[1]);
      total += match[2]!.startsWith('y') ? amount * 12 : amount;
      consumed += match[0];
    }
    // Everything typed must have been understood: "2 years and a bit" is not a number of months.
    const rest = text
      .replace(pattern, '')
      .replace(/\band\b/g, '')
      .trim();
    if (consumed === '' || rest !== '') return fail(message);
  }
  if (!Number.isFinite(total) || total < 0 || total > MAX_MONTHS) return fail(message);
  return { ok: true, value: Math.round(total * 10) / 10 };
}

/** Hours per week, 1 to `max`. */
export function parseHours(raw: string, min = 1, max = 100): Parsed<number> {
  const text = raw.trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value) || value < min || value > max) {
    return fail(`hours per week: a number from ${min} to ${max}`);
  }
  return { ok: true, value };
}

export function parseWholeNumber(raw: string, what: string, min: number, max: number): Parsed<number> {
  const text = raw.trim().replace(/,/g, '');
  const value = Number(text);
  if (text === '' || !Number.isInteger(value) || value < min || value > max) {
    return fail(`${what}: a whole number from ${min} to ${formatNumber(max)}`);
  }
  return { ok: true, value };
}

const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar month: "2027-05", "05/2027", "5/2027", "May 2027". Returns YYYY-MM. */
export function parseMonth(raw: string): Parsed<Month> {
  const message = 'a month and year, for example 2027-05 or May 2027';
  const text = raw.trim().toLowerCase();
  let year: number | undefined;
  let month: number | undefined;
  let match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (match) [year, month] = [Number(match[1]), Number(match[2])];
  match = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(text);
  if (match) [month, year] = [Number(match[1]), Number(match[2])];
  match = /^([a-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(text);
  if (match) {
    const index = MONTH_WORDS.indexOf(match[1]!);
    if (index >= 0) [month, year] = [index + 1, Number(match[2])];
  }
  if (year === undefined || month === undefined || month < 1 || month > 12 || year < 1940 || year > 2100) {
    return fail(message);
  }
  const value = `${year}-${String(month).padStart(2, '0')}`;
  return isMonth(value) ? { ok: true, value } : fail(message);
}

/** A month not before `from` (an expected finish). */
export function parseFutureMonth(raw: string, from: Month): Parsed<Month> {
  const parsed = parseMonth(raw);
  if (!parsed.ok) return parsed;
  if (monthIndex(parsed.value) < monthIndex(from)) {
    return fail('that month has passed: give the month you expect to finish (or say you finished it)');
  }
  return parsed;
}

/**
 * A month not after `to` (a finish date in the past); empty means "I don't know". A year alone
 * counts as its December: the latest reading, so no experience is counted as "after" by mistake.
 */
export function parsePastMonthOrSkip(raw: string, to: Month): Parsed<Month | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const year = /^(\d{4})$/.exec(text);
  const parsed = year ? parseMonth(`${year[1]}-12`) : parseMonth(text);
  if (!parsed.ok) return fail(`${parsed.message}, or press Enter to skip`);
  if (monthIndex(parsed.value) > monthIndex(to)) {
    if (year) return parseMonth(to); // this year, not yet December: say "now"
    return fail('that month is still to come: give a past month');
  }
  return parsed;
}

/** Optional free text (a name), at most `max` characters. */
export function parseOptionalText(raw: string, max = 200): Parsed<string | null> {
  const text = raw.trim();
  if (text.length > max) return fail(`at most ${max} characters`);
  return { ok: true, value: text === '' ? null : text };
}
