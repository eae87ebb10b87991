import { addMonths, isMonth, type Month, monthIndex } from '../core/month.js';
import { type WizardMessages, wizardEn } from '../messages/wizard-en.js';
import type { Parsed } from './prompter.js';

/**
 * Parsers for typed answers: each says exactly what it wants when the answer does not fit. The
 * words they understand ("now", "years", month names) and what they say come from the person's
 * language (`answers` of the wizard messages); English by default.
 */

const MAX_MONTHS = 600;

function fail(message: string): Parsed<never> {
  return { ok: false, message };
}

// Not "-": outside a character class, a unicode pattern does not allow it escaped.
const literal = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * One of `words` as a regular expression source, longest first, never inside a longer word
 * ("m" is months, not the m of "mayo"). Letters are any script's, so "años" is a word.
 */
function anyOf(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(literal);
  return `(?<!\\p{L})(?:${sorted.join('|')})(?!\\p{L})`;
}

/**
 * A duration in months: "18", "1.5", "2 years", "2y 6m", "3 yrs 2 mos". People think in years as
 * often as in months, so both are accepted; the result is months.
 */
export function parseMonths(raw: string, words: WizardMessages = wizardEn): Parsed<number> {
  const said = words.answers;
  const message = said.months(MAX_MONTHS);
  const text = raw.trim().toLowerCase().replace(/,/g, '.');
  if (text === '') return fail(message);
  let total: number;
  if (/^\d+(\.\d+)?$/.test(text)) {
    total = Number(text);
  } else {
    const units = [...said.yearUnits, ...said.monthUnits];
    const pattern = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${anyOf(units)})`, 'gu');
    let consumed = '';
    total = 0;
    for (const match of text.matchAll(pattern)) {
      const amount = Number(match[1]);
      total += said.yearUnits.includes(match[2]!) ? amount * 12 : amount;
      consumed += match[0];
    }
    // Everything typed must have been understood: "2 years and a bit" is not a number of months.
    const rest = text
      .replace(pattern, '')
      .replace(new RegExp(anyOf(said.and), 'gu'), '')
      .trim();
    if (consumed === '' || rest !== '') return fail(message);
  }
  if (!Number.isFinite(total) || total < 0 || total > MAX_MONTHS) return fail(message);
  return { ok: true, value: Math.round(total * 10) / 10 };
}

export function parseWholeNumber(
  raw: string,
  what: string,
  min: number,
  max: number,
  words: WizardMessages = wizardEn,
): Parsed<number> {
  const text = raw.trim().replace(/,/g, '');
  const value = Number(text);
  if (text === '' || !Number.isInteger(value) || value < min || value > max) {
    return fail(words.answers.wholeNumber(what, min, max));
  }
  return { ok: true, value };
}

/** "May 2027", "mayo de 2027", "Sept. 2019": a month's name (three letters or more), then the year. */
function namedMonthPattern(words: WizardMessages): RegExp {
  const join = words.answers.monthYearJoin;
  const between = join.length > 0 ? `(?:(?:${join.map(literal).join('|')})\\s+)?` : '';
  return new RegExp(`^(\\p{L}{3})\\p{L}*\\.?\\s+${between}(\\d{4})$`, 'u');
}

/** A calendar month: "2027-05", "05/2027", "5/2027", "May 2027". Returns YYYY-MM. */
export function parseMonth(raw: string, words: WizardMessages = wizardEn): Parsed<Month> {
  const message = words.answers.month;
  const text = raw.trim().toLowerCase();
  let year: number | undefined;
  let month: number | undefined;
  let match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (match) [year, month] = [Number(match[1]), Number(match[2])];
  match = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(text);
  if (match) [month, year] = [Number(match[1]), Number(match[2])];
  match = namedMonthPattern(words).exec(text);
  if (match) {
    const index = words.answers.monthNames.findIndex((names) => names.includes(match![1]!));
    if (index >= 0) [month, year] = [index + 1, Number(match[2])];
  }
  if (year === undefined || month === undefined || month < 1 || month > 12 || year < 1940 || year > 2100) {
    return fail(message);
  }
  const value = `${year}-${String(month).padStart(2, '0')}`;
  return isMonth(value) ? { ok: true, value } : fail(message);
}

/** A month not before `from` (an expected finish). */
export function parseFutureMonth(raw: string, from: Month, words: WizardMessages = wizardEn): Parsed<Month> {
  const parsed = parseMonth(raw, words);
  if (!parsed.ok) return parsed;
  if (monthIndex(parsed.value) < monthIndex(from)) return fail(words.answers.monthPassed);
  return parsed;
}

/** "2016" where a month is wanted: the person is asked for the month, never given a December. */
function yearOnly(text: string): string | null {
  return /^\d{4}$/.test(text.trim()) ? text.trim() : null;
}

/**
 * The month a degree was finished: a past month, or "?" / "don't know" for not known (null). A
 * year alone asks which month of it.
 */
export function parseFinishedMonth(
  raw: string,
  to: Month,
  words: WizardMessages = wizardEn,
): Parsed<Month | null> {
  const said = words.answers;
  const text = raw.trim().toLowerCase();
  if (said.unknown.includes(text)) return { ok: true, value: null };
  const year = yearOnly(text);
  if (year) return fail(said.finishedWhichMonth(year));
  const parsed = parseMonth(text, words);
  if (!parsed.ok) return fail(said.finishedOrUnknown);
  if (monthIndex(parsed.value) > monthIndex(to)) return fail(said.monthToCome);
  return parsed;
}

/** One stretch of a job: dated (`end` null while it goes on), or a length alone. */
export type JobSpan = { start: Month; end: Month | null } | { months: number };

/**
 * When a job ran: "2024-03 to now", "Jun 2016 to Mar 2024", "2016-06 - 2024-03", or a length
 * alone ("8 years") when the dates are not known. Several stretches of the same job are separated
 * by commas. Still being in the job is always typed ("now"), never assumed.
 */
export function parseJobSpans(raw: string, asOf: Month, words: WizardMessages = wizardEn): Parsed<JobSpan[]> {
  const said = words.answers;
  const now = new RegExp(`^${anyOf(said.now)}$`, 'u');
  const parts = raw
    .split(new RegExp(`[;,]|\\s${anyOf(said.and)}\\s`, 'u'))
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return fail(said.jobWhen);
  const range = new RegExp(
    `^(?:${anyOf(said.rangeFrom)}\\s+)?(.+?)\\s*(?:${anyOf(said.rangeTo)}|–|—|\\s-\\s|-\\s*(?=${anyOf(said.now)}))\\s*(.+)$`,
    'u',
  );
  const since = new RegExp(`^${anyOf(said.since)}\\s+(.+)$`, 'u');
  const named = namedMonthPattern(words);
  const spans: JobSpan[] = [];
  for (const part of parts) {
    const text = part.toLowerCase();
    // A range first: "since 2016-06 to 2024-03" is a range, "since 2024-03" runs to now.
    const ranged = range.exec(text);
    const started = ranged ? null : since.exec(text);
    if (!ranged && !started) {
      if (/\d/.test(text) && !/^\d{4}(-\d{1,2})?$/.test(text) && !named.test(text)) {
        const months = parseMonths(text, words);
        if (months.ok) {
          if (months.value === 0) return fail(said.jobAtLeastAMonth);
          spans.push({ months: months.value });
          continue;
        }
      }
      const alone = yearOnly(text);
      if (alone) return fail(said.jobWhichMonth(alone));
      const single = parseMonth(text, words);
      if (single.ok) {
        // An end to show that can be right: a year on, or this month (a start this month has none).
        const later = addMonths(single.value, 12);
        const end =
          monthIndex(single.value) >= monthIndex(asOf)
            ? null
            : monthIndex(later) <= monthIndex(asOf)
              ? later
              : asOf;
        return fail(said.jobEnd(part, end));
      }
      return fail(said.jobWhen);
    }
    const [startText, endText] = started ? [started[1]!, null] : [ranged![1]!, ranged![2]!];
    for (const side of [startText, endText ?? '']) {
      const year = yearOnly(side);
      if (year) return fail(said.jobWhichMonth(year));
    }
    const start = parseMonth(startText, words);
    if (!start.ok) return fail(said.jobStart);
    if (monthIndex(start.value) > monthIndex(asOf))
      return fail(said.jobStartToCome(words.format.month(start.value)));
    let end: Month | null = null;
    if (endText !== null && !now.test(endText.trim())) {
      const parsed = parseMonth(endText, words);
      if (!parsed.ok) return fail(said.jobEndMonth);
      if (monthIndex(parsed.value) > monthIndex(asOf)) {
        return fail(said.jobEndToCome(words.format.month(parsed.value)));
      }
      if (monthIndex(parsed.value) < monthIndex(start.value)) {
        return fail(
          said.jobEndsBeforeStart(words.format.month(parsed.value), words.format.month(start.value)),
        );
      }
      end = parsed.value;
    }
    spans.push({ start: start.value, end });
  }
  if (spans.filter((s) => 'start' in s && s.end === null).length > 1) return fail(said.jobOneOngoing);
  return { ok: true, value: spans };
}

/** Hours a week, paid unless the answer says so: "40", "full time", "10 unpaid", "12 volunteer". */
export function parseWeeklyHours(
  raw: string,
  words: WizardMessages = wizardEn,
): Parsed<{ hours: number; paid: boolean }> {
  const said = words.answers;
  const text = raw
    .trim()
    .toLowerCase()
    .replace(
      new RegExp(said.hourWords.map((w) => (w.startsWith('/') ? literal(w) : anyOf([w]))).join('|'), 'gu'),
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  if (new RegExp(`^${anyOf(said.fullTime)}$`, 'u').test(text))
    return { ok: true, value: { hours: 40, paid: true } };
  const match = new RegExp(`^(\\d+(?:\\.\\d+)?)\\s*(${anyOf([...said.unpaid, ...said.paid])})?$`, 'u').exec(
    text,
  );
  if (!match) return fail(said.weeklyHours);
  const hours = Number(match[1]);
  if (!Number.isFinite(hours) || hours < 1 || hours > 80) return fail(said.weeklyHours);
  return { ok: true, value: { hours, paid: !match[2] || said.paid.includes(match[2]) } };
}

/** A strict yes or no: y, yes, n, no (any case); anything else is asked again. */
export function parseYesNo(
  raw: string,
  fallback: boolean | undefined,
  words: WizardMessages = wizardEn,
): Parsed<boolean> {
  const text = raw.trim().toLowerCase();
  if (text === '' && fallback !== undefined) return { ok: true, value: fallback };
  if (words.answers.yes.includes(text)) return { ok: true, value: true };
  if (words.answers.no.includes(text)) return { ok: true, value: false };
  return fail(words.answers.yesNo);
}
