import type { DiagnosticsMessages, SaidMessages } from '../en/diagnostics.js';
import { plural } from './format.js';

/**
 * `validate --lang es` in its human format: the severities, the summary line, the messages of the
 * translation checks (the person translating reads and acts on them) and the stale-source
 * warning. The data checks' other messages stay in English, each whole (docs/i18n.md); keys,
 * paths and values in them are the data's own, the same in both languages.
 */

/** A translation's language, as Spanish names it. */
const LANGUAGES: Readonly<Record<string, string>> = { es: 'español' };
const language = (lang: string) => LANGUAGES[lang] ?? lang;
const hint = (suggestion: string | undefined) => (suggestion ? ` (¿quiso decir "${suggestion}"?)` : '');
const listOf = (items: readonly string[]) => (items.length === 0 ? 'ninguno' : items.join(', '));
/** "el inglés tiene {name}", "el español no tiene ninguno" */
const has = (who: string, names: readonly string[]) =>
  names.length === 0
    ? `${who} no tiene ninguno`
    : `${who} tiene ${names.map((name) => `{${name}}`).join(', ')}`;

const said: SaidMessages = {
  staleSource: ({ asOf, months }) =>
    `la fuente es de ${asOf} (as_of): tiene más de ${months} meses de antigüedad`,
  unknownId: ({ list, id, suggestion }) => `${list} no tiene ningún registro "${id}"${hint(suggestion)}`,
  unknownPath: ({ list, id, path, suggestion }) =>
    `${list} "${id}" no tiene ningún texto en ${path}${hint(suggestion)}`,
  placeholders: ({ lang, english, translated }) =>
    `los marcadores {…} no coinciden con el inglés: ${has('el inglés', english)}; ${has(`el ${language(lang)}`, translated)}`,
  stale: ({ lang, hash }) =>
    `el inglés cambió después de esta traducción: revise el ${language(lang)} y luego ponga source_hash: ${hash} (mientras tanto se muestra el inglés)`,
  figures: ({ lang, missing }) =>
    `el inglés dice ${listOf(missing)} y el ${language(lang)} no: revise las cifras`,
  fileMissing: ({ lang, texts, file }) =>
    `todavía no hay ${language(lang)} para ${texts === 1 ? 'el texto' : `los ${texts} textos`} de este archivo (${file} no existe)`,
  textMissing: ({ lang, key, file, hash }) =>
    `todavía no hay ${language(lang)}: agregue ${key} a ${file} con source_hash: ${hash}`,
};

export const esDiagnostics: DiagnosticsMessages = {
  severity: { error: 'error', warning: 'aviso' },
  clean: (files) => `${plural(files, 'archivo')}, sin problemas`,
  problems: (s) =>
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'aviso')} en ${s.files_with_problems} de ${plural(s.files, 'archivo')}`,
  strictFails: ' (--strict: los avisos hacen fallar la revisión)',
  said,
};
