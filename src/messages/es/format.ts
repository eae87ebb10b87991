/**
 * Spanish number, date and list wording, as US Spanish readers expect it (es-US): the decimal
 * point and the thousands comma of US forms and agencies' Spanish materials ("2,080 horas",
 * "7.5 meses", "$1,234"), never Spain's "1.234,5", which a US reader would misread. Months in
 * lower case, as Spanish writes them: "noviembre de 2026" in a sentence, "nov. 2026" where space
 * is short.
 */

import { type Month, monthIndex } from '../../core/month.js';
import { formatNumber, formatUsd, formatUsdRange, formatWhole } from '../../core/number.js';
import type { LocaleFormat } from '../locale-format.js';

/** The month names, January first. */
export const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const MONTHS_SHORT = [
  'ene.',
  'feb.',
  'mar.',
  'abr.',
  'may.',
  'jun.',
  'jul.',
  'ago.',
  'sept.',
  'oct.',
  'nov.',
  'dic.',
];

/** "noviembre de 2026" */
export function formatMonth(month: Month): string {
  const index = monthIndex(month);
  return `${MONTHS[index % 12]} de ${Math.floor(index / 12)}`;
}

/** "nov. 2026" */
export function formatMonthShort(month: Month): string {
  const index = monthIndex(month);
  return `${MONTHS_SHORT[index % 12]} ${Math.floor(index / 12)}`;
}

/** 7.5, 12, 2,253: es-US writes numbers as US English does (core/number.ts). */
export function formatAmount(value: number): string {
  return formatNumber(value, 1);
}

/** Whole hours; what you have rounds down, what you need rounds up. */
export const formatHours = formatWhole;

/**
 * The regular plural of a Spanish noun phrase whose noun comes first ("hora de práctica" →
 * "horas de práctica"): a vowel adds -s, -z becomes -ces, a stressed final -ón/-és loses its
 * accent (acción → acciones, inglés → ingleses), a one-syllable -s adds -es (mes → meses), a
 * longer unstressed -s stays (la crisis, las crisis), another consonant adds -es. Words that gain
 * or keep an accent are irregular here: give their plural (examen → exámenes, país → países).
 */
export function pluralOf(phrase: string): string {
  const [head = '', ...rest] = phrase.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  return `${pluralWord(head)}${tail}`;
}

function pluralWord(word: string): string {
  if (/[aeiouáéó]$/i.test(word)) return `${word}s`;
  if (/z$/i.test(word)) return `${word.slice(0, -1)}ces`;
  if (/[áéíóú][ns]$/i.test(word)) return `${word.slice(0, -2)}${unaccent(word.at(-2)!)}${word.at(-1)}es`;
  if (/[sx]$/i.test(word)) return syllables(word) > 1 ? word : `${word}es`;
  return `${word}es`;
}

/** Vowel groups: near enough to syllables for the plural of a word ending in -s. */
function syllables(word: string): number {
  return word.match(/[aeiouáéíóúü]+/gi)?.length ?? 0;
}

function unaccent(letter: string): string {
  return { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' }[letter] ?? letter;
}

/** "1 mes", "0 meses", "2.5 meses": Spanish uses the singular for exactly one, as English does. */
export function plural(count: number, one: string, many = pluralOf(one)): string {
  return `${formatAmount(count)} ${Math.abs(count - 1) < 1e-9 ? one : many}`;
}

/** "y" before a word that starts with the sound /i/ becomes "e" (madre e hija; not "e hielo"). */
export function and(next: string): string {
  return /^(h?i|h?í)(?![aeiouáéó])/i.test(next.trim()) ? 'e' : 'y';
}

/** "o" before a word that starts with the sound /o/ becomes "u" (siete u ocho, mujer u hombre). */
export function or(next: string): string {
  return /^h?[oó]/i.test(next.trim()) ? 'u' : 'o';
}

/** "a, b y c" (Spanish puts no comma before the last "y"). */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(', ')} ${and(last)} ${last}`;
}

/** "a, b o c" */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(', ')} ${or(last)} ${last}`;
}

export const esFormat: LocaleFormat = {
  month: formatMonth,
  monthShort: formatMonthShort,
  amount: formatAmount,
  hours: formatHours,
  money: formatUsd,
  moneyRange: formatUsdRange,
  count: plural,
  joinAnd,
  joinOr,
};
