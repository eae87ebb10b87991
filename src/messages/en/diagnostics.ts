import type { Diagnostic } from '../../core/diagnostic.js';
import type { ReportSummary } from '../../render/diagnostics/report.js';

/**
 * The words of `validate`'s human format (stylish) around the diagnostics: severities and the
 * summary line; and the messages a second language says in its own words (`es/diagnostics.ts`):
 * the translation checks (src/data/i18n/check.ts), which the person translating acts on, and the
 * stale-source warning, which a clean checkout prints. The data checks' other messages are said in
 * English only (docs/i18n.md says why).
 */
export interface DiagnosticsMessages {
  /** Each severity's word in the stylish column. */
  severity: Readonly<Record<'error' | 'warning', string>>;
  /** "13 files, no problems" */
  clean(files: number): string;
  /** "10 errors, 1 warning in 9 of 12 files" */
  problems(summary: ReportSummary): string;
  /** After the summary when only warnings fail the run (--strict). */
  strictFails: string;
  said: SaidMessages;
}

/** A message from what its check found. `lang` is a translation's language code. */
export interface SaidMessages {
  /** A source whose `as_of` is more than `months` months before the month validate judges by. */
  staleSource(v: { asOf: string; months: number }): string;
  unknownId(v: { list: string; id: string; suggestion: string | undefined }): string;
  unknownPath(v: { list: string; id: string; path: string; suggestion: string | undefined }): string;
  /** `english` and `translated`: the placeholders' names, without their braces. */
  placeholders(v: { lang: string; english: readonly string[]; translated: readonly string[] }): string;
  stale(v: { lang: string; hash: string }): string;
  figures(v: { lang: string; missing: readonly string[] }): string;
  fileMissing(v: { lang: string; texts: number; file: string }): string;
  textMissing(v: { lang: string; key: string; file: string; hash: string }): string;
}

/**
 * A diagnostic's message as facts: which message, and its values. A diagnostic carries it beside
 * its English `message`, so that a human format can say it in another language.
 */
export type DiagnosticSaying = {
  [K in keyof SaidMessages]: { key: K; values: Parameters<SaidMessages[K]>[0] };
}[keyof SaidMessages];

/** The message `saying` stands for, in `words`. */
export function say(words: SaidMessages, saying: DiagnosticSaying): string {
  return (words[saying.key] as (values: DiagnosticSaying['values']) => string)(saying.values);
}

/** A diagnostic's English message with the facts it says (checks build their messages with it). */
export function saidInEnglish(saying: DiagnosticSaying): Pick<Diagnostic, 'message' | 'said'> {
  return { message: say(enSaid, saying), said: saying };
}

const LANGUAGES: Readonly<Record<string, string>> = { es: 'Spanish' };
const language = (lang: string) => LANGUAGES[lang] ?? lang;
const hint = (suggestion: string | undefined) => (suggestion ? ` (did you mean "${suggestion}"?)` : '');
const listOf = (items: readonly string[]) => (items.length === 0 ? 'none' : items.join(', '));
const braced = (names: readonly string[]) => listOf(names.map((name) => `{${name}}`));
const plural = (count: number, one: string) => `${count} ${count === 1 ? one : `${one}s`}`;

export const enSaid: SaidMessages = {
  staleSource: ({ asOf, months }) => `source as_of ${asOf} is older than ${months} months`,
  unknownId: ({ list, id, suggestion }) => `${list} has no record "${id}"${hint(suggestion)}`,
  unknownPath: ({ list, id, path, suggestion }) =>
    `${list} "${id}" has no text at ${path}${hint(suggestion)}`,
  placeholders: ({ lang, english, translated }) =>
    `placeholders differ from the English: the English has ${braced(english)}, the ${language(lang)} ${braced(translated)}`,
  stale: ({ lang, hash }) =>
    `the English changed since this was translated: review the ${language(lang)}, then set source_hash: ${hash} (until then the English is shown)`,
  figures: ({ lang, missing }) =>
    `the English says ${listOf(missing)}, the ${language(lang)} does not: check the figures`,
  fileMissing: ({ lang, texts, file }) =>
    `no ${language(lang)} yet for this file's ${texts === 1 ? 'text' : `${texts} texts`} (${file} does not exist)`,
  textMissing: ({ lang, key, file, hash }) =>
    `no ${language(lang)} yet: add ${key} to ${file} with source_hash: ${hash}`,
};

export const enDiagnostics: DiagnosticsMessages = {
  severity: { error: 'error', warning: 'warning' },
  clean: (files) => `${plural(files, 'file')}, no problems`,
  problems: (s) =>
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} in ${s.files_with_problems} of ${plural(s.files, 'file')}`,
  strictFails: ' (--strict: warnings fail)',
  said: enSaid,
};
