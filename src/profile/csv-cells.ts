import { LICENSE_STATUSES, US_STATES } from '../core/vocabulary.js';

/**
 * Cell readers for the CSV columns. Spreadsheets are forgiving about case, spacing and dates;
 * these readers are too, and say in plain words what they expected when a cell cannot be read.
 */

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (message: string): CellResult<never> => ({ ok: false, message });

function quoted(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}

export function readText(raw: string): CellResult<string> {
  return ok(raw);
}

/** An id or a vocabulary word: "Social Work" and "social_work" both read as `social-work`. */
export function readId(raw: string): CellResult<string> {
  return ok(
    raw
      .toLowerCase()
      .replace(/[\s_]+/g, '-')
      .replace(/-+/g, '-'),
  );
}

const LANG_WORDS: Record<string, string> = {
  english: 'en',
  ingles: 'en',
  inglés: 'en',
  spanish: 'es',
  espanol: 'es',
  español: 'es',
};

/** A language: `es`, `ES`, `Spanish`, `español` (and `es-US`, `es_MX`) read as `es`; likewise `en`. */
export function readLang(raw: string): CellResult<string> {
  const word = raw.trim().toLowerCase();
  const code = /^([a-z]{2})(?:[-_][a-z]{2})?$/.exec(word)?.[1];
  return ok(LANG_WORDS[word] ?? code ?? word);
}

export function readState(raw: string): CellResult<string> {
  return ok(raw.toUpperCase());
}

const TRUE_WORDS = new Set(['yes', 'y', 'true', 't', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'f', '0']);

export function readBoolean(raw: string): CellResult<boolean> {
  const word = raw.toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail(`expected yes or no, got ${quoted(raw)}`);
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A number; "1,200" (thousands separators, as spreadsheets export them) reads as 1200. */
export function readNumber(raw: string): CellResult<number> {
  if (PLAIN_NUMBER.test(raw)) return ok(Number(raw));
  if (GROUPED_NUMBER.test(raw)) return ok(Number(raw.replace(/,/g, '')));
  return fail(`expected a number, got ${quoted(raw)}`);
}

const pad = (month: number) => String(month).padStart(2, '0');

/**
 * A month. Besides YYYY-MM, accepts what spreadsheets turn it into: a full date (2022-05-01,
 * 5/1/2022 read the US way) or M/YYYY. The day, when given, is dropped.
 */
export function readMonth(raw: string): CellResult<string> {
  let year: number | undefined;
  let month: number | undefined;
  let match = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/.exec(raw);
  if (match) {
    year = Number(match[1]);
    month = Number(match[2]);
  } else {
    match = /^(\d{1,2})\/(?:\d{1,2}\/)?(\d{4})$/.exec(raw);
    if (match) {
      month = Number(match[1]);
      year = Number(match[2]);
    }
  }
  if (year === undefined || month === undefined || month < 1 || month > 12) {
    return fail(`expected a month as YYYY-MM (for example 2022-05), got ${quoted(raw)}`);
  }
  return ok(`${year}-${pad(month)}`);
}

/** A list in one cell: `rn;lcsw` (commas work too, when the cell is quoted). */
export function readList(raw: string): CellResult<string[]> {
  const items = raw
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return ok(items.map((item) => (readId(item) as { value: string }).value));
}

export interface LicenseCell {
  type: string;
  state?: string;
  status?: string;
}

const STATES: readonly string[] = US_STATES;
const STATUSES: readonly string[] = LICENSE_STATUSES;

/**
 * The `licenses` cell: `rn;lcsw:TX;lpn:inactive;rn:CA:restricted`. After an id, each `:part` is
 * either a state code or a status; the two never look alike, so their order does not matter.
 */
export function readLicenses(raw: string): CellResult<LicenseCell[]> {
  const out: LicenseCell[] = [];
  for (const item of raw.split(/[;,]/)) {
    const parts = item.split(':').map((part) => part.trim());
    if (parts.every((part) => part === '')) continue;
    const [id, ...suffixes] = parts;
    if (!id) return fail(`${quoted(item.trim())}: a license starts with its id, for example rn or lcsw:TX`);
    const license: LicenseCell = { type: (readId(id) as { value: string }).value };
    for (const suffix of suffixes) {
      const upper = suffix.toUpperCase();
      const lower = suffix.toLowerCase();
      if (STATES.includes(upper) && license.state === undefined) license.state = upper;
      else if (STATUSES.includes(lower) && license.status === undefined) license.status = lower;
      else {
        return fail(
          `${quoted(item.trim())}: after the license id, expected a state code (such as TX) and/or a status (${STATUSES.join(', ')}), got ${quoted(suffix)}`,
        );
      }
    }
    out.push(license);
  }
  return ok(out);
}
