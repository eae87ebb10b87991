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

/** "2016" where a month is wanted: the person is asked for the month, never given a December. */
function yearOnly(text: string): string | null {
  return /^\d{4}$/.test(text.trim()) ? text.trim() : null;
}

/**
 * The month a degree was finished: a past month, or "?" / "don't know" for not known (null). A
 * year alone asks which month of it.
 */
export function parseFinishedMonth(raw: string, to: Month): Parsed<Month | null> {
  const text = raw.trim().toLowerCase();
  if (['?', "don't know", 'dont know', 'not sure', 'unknown', 'skip'].includes(text)) {
    return { ok: true, value: null };
  }
  const year = yearOnly(text);
  if (year) return fail(`which month of ${year}? For example ${year}-05 or May ${year}`);
  const parsed = parseMonth(text);
  if (!parsed.ok) return fail(`${parsed.message}; or type ? if you don't know`);
  if (monthIndex(parsed.value) > monthIndex(to))
    return fail('that month is still to come: give a past month');
  return parsed;
}

/** One stretch of a job: dated (`end` null while it goes on), or a length alone. */
export type JobSpan = { start: Month; end: Month | null } | { months: number };

const NOW_WORDS = /^(now|present|today|current|currently|still there|ongoing)$/;

/**
 * When a job ran: "2024-03 to now", "Jun 2016 to Mar 2024", "2016-06 - 2024-03", or a length
 * alone ("8 years") when the dates are not known. Several stretches of the same job are separated
 * by commas. Still being in the job is always typed ("now"), never assumed.
 */
export function parseJobSpans(raw: string, asOf: Month): Parsed<JobSpan[]> {
  const example = 'for example 2024-03 to now, or 2016-06 to 2024-03, or 8 years';
  const parts = raw
    .split(/[;,]| and /)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return fail(`when the job started and ended: ${example}`);
  const spans: JobSpan[] = [];
  for (const part of parts) {
    const text = part.toLowerCase();
    const range =
      /^(?:from\s+|since\s+)?(.+?)\s*(?:\bto\b|\buntil\b|–|—|\s-\s|-\s*(?=now|present|today))\s*(.+)$/.exec(
        text,
      );
    const since = /^since\s+(.+)$/.exec(text);
    if (!range && !since) {
      if (/\d/.test(text) && !/^\d{4}(-\d{1,2})?$/.test(text) && !/^[a-z]{3}[a-z]*\.?\s+\d{4}$/.test(text)) {
        const months = parseMonths(text);
        if (months.ok) {
          if (months.value === 0) return fail('a length of at least 1 month');
          spans.push({ months: months.value });
          continue;
        }
      }
      const alone = yearOnly(text);
      if (alone) return fail(`which month of ${alone}? For example ${alone}-06 to now`);
      const single = parseMonth(text);
      if (single.ok) {
        return fail(`and when did it end? For example ${part} to now, or ${part} to 2025-06`);
      }
      return fail(`when the job started and ended: ${example}`);
    }
    const [startText, endText] = since ? [since[1]!, 'now'] : [range![1]!, range![2]!];
    for (const side of [startText, endText]) {
      const year = yearOnly(side);
      if (year) return fail(`which month of ${year}? For example ${year}-06 to now`);
    }
    const start = parseMonth(startText);
    if (!start.ok) return fail(`the start month: ${start.message}`);
    if (monthIndex(start.value) > monthIndex(asOf))
      return fail(`${formatMonthWords(start.value)} is still to come: give the month the job started`);
    let end: Month | null = null;
    if (!NOW_WORDS.test(endText.trim())) {
      const parsed = parseMonth(endText);
      if (!parsed.ok) return fail(`the end month: ${parsed.message}, or now`);
      if (monthIndex(parsed.value) > monthIndex(asOf)) {
        return fail(`${formatMonthWords(parsed.value)} is still to come: type now if you still work there`);
      }
      if (monthIndex(parsed.value) < monthIndex(start.value)) {
        return fail(
          `the job cannot end (${formatMonthWords(parsed.value)}) before it starts (${formatMonthWords(start.value)})`,
        );
      }
      end = parsed.value;
    }
    spans.push({ start: start.value, end });
  }
  if (spans.filter((s) => 'start' in s && s.end === null).length > 1) {
    return fail('only one stretch of a job can go on to now');
  }
  return { ok: true, value: spans };
}

function formatMonthWords(month: Month): string {
  const [year, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1]} ${year}`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Hours a week, paid unless the answer says so: "40", "full time", "10 unpaid", "12 volunteer". */
export function parseWeeklyHours(raw: string): Parsed<{ hours: number; paid: boolean }> {
  const message = 'hours a week: a number from 1 to 80, for example 40, or 10 unpaid';
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/hours?|hrs?|h\b|a week|\/\s*week|per week/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^full[ -]?time$/.test(text)) return { ok: true, value: { hours: 40, paid: true } };
  const match = /^(\d+(?:\.\d+)?)\s*(unpaid|volunteer(?:ing)?|paid)?$/.exec(text);
  if (!match) return fail(message);
  const hours = Number(match[1]);
  if (!Number.isFinite(hours) || hours < 1 || hours > 80) return fail(message);
  return { ok: true, value: { hours, paid: !match[2] || match[2] === 'paid' } };
}

/** A strict yes or no: y, yes, n, no (any case); anything else is asked again. */
export function parseYesNo(raw: string, fallback: boolean | undefined): Parsed<boolean> {
  const text = raw.trim().toLowerCase();
  if (text === '' && fallback !== undefined) return { ok: true, value: fallback };
  if (text === 'y' || text === 'yes') return { ok: true, value: true };
  if (text === 'n' || text === 'no') return { ok: true, value: false };
  return fail('please type y for yes or n for no');
}
