import { type Diagnostic, formatPath, suggest } from '../../core/diagnostic.js';
import { saidInEnglish as said } from '../../messages/en/diagnostics.js';
import type { ParsedLayer } from '../parse-data.js';
import { FAMILIES, FAMILY_NAMES, type FamilyName } from '../schema/families.js';
import { entryAt, type ParsedTranslations } from './parse.js';
import { type EnglishText, entryKey, type Resolution, resolveTranslations } from './resolve.js';
import { figures, placeholders } from './text-fields.js';

const FAMILY_OF_LIST = new Map<string, FamilyName>(
  FAMILY_NAMES.flatMap((family) => FAMILIES[family].lists.map((list) => [list, family] as const)),
);

/**
 * `validate`'s checks of one language's translations against the English data:
 *
 * - error: a translation of a record or a field that does not exist, or whose `{placeholders}`
 *   differ from the English;
 * - warning: a translation whose English changed since (its `source_hash` no longer matches; the
 *   English is shown until it is reviewed), or that drops or changes a figure of the English;
 * - warning: an English text with no translation. While a language is partial, a data file with
 *   no translation file at all gets one warning that counts its texts; once a translation file
 *   exists, each text it still lacks gets its own warning, at the English, with the hash to use.
 */
export function checkTranslations(
  layer: ParsedLayer,
  translations: ParsedTranslations,
  resolution: Resolution = resolveTranslations(layer.lists, translations),
): Diagnostic[] {
  const lang = translations.lang;
  const folder = `i18n/${translations.lang}`;
  const out: Diagnostic[] = [...translations.diagnostics];
  const rejected = layer.rejectedIds ?? new Map<string, Set<string>>();

  for (const entry of resolution.orphans) {
    if (rejected.get(entry.list)?.has(entry.id)) continue;
    const records = layer.lists.get(entry.list) ?? [];
    const record = records.find((r) => r.id === entry.id);
    if (!record) {
      const ids = records.map((r) => r.id as string);
      out.push({
        ...entryAt(entry, null),
        ...entry.source.locate([entry.list, entry.id], 'key'),
        path: formatPath([entry.list, entry.id]),
        severity: 'error',
        code: 'translation-unknown-id',
        ...said({
          key: 'unknownId',
          values: { list: entry.list, id: entry.id, suggestion: suggest(entry.id, ids) },
        }),
      });
      continue;
    }
    const paths = resolution.texts
      .filter((t) => t.list === entry.list && t.id === entry.id)
      .map((t) => t.path);
    out.push({
      ...entryAt(entry, null),
      ...entry.source.locate([entry.list, entry.id, entry.path], 'key'),
      severity: 'error',
      code: 'translation-unknown-path',
      ...said({
        key: 'unknownPath',
        values: { list: entry.list, id: entry.id, path: entry.path, suggestion: suggest(entry.path, paths) },
      }),
    });
  }

  for (const text of resolution.texts) {
    const entry = resolution.byPath.get(entryKey(text));
    if (!entry) continue;
    const english = placeholders(text.text);
    const translated = placeholders(entry.text);
    if (english.join() !== translated.join()) {
      out.push({
        ...entryAt(entry),
        severity: 'error',
        code: 'translation-placeholders',
        ...said({ key: 'placeholders', values: { lang, english, translated } }),
      });
    }
    if (entry.sourceHash !== text.hash) {
      out.push({
        ...entryAt(entry, 'source_hash'),
        severity: 'warning',
        code: 'translation-stale',
        ...said({ key: 'stale', values: { lang, hash: text.hash } }),
      });
      continue;
    }
    const missing = missingFigures(text.text, entry.text);
    if (missing.length > 0) {
      out.push({
        ...entryAt(entry),
        severity: 'warning',
        code: 'translation-figures',
        ...said({ key: 'figures', values: { lang, missing } }),
      });
    }
  }

  // Untranslated texts: one warning per family without a file, else one per text.
  const untranslated = new Map<FamilyName, EnglishText[]>();
  for (const text of resolution.texts) {
    // A stale translation is said above; a text translated elsewhere (the same English) is fine.
    if (resolution.used(text) || resolution.byPath.has(entryKey(text))) continue;
    if (rejected.get(text.list)?.has(text.id)) continue;
    const family = FAMILY_OF_LIST.get(text.list);
    if (!family) continue;
    untranslated.set(family, [...(untranslated.get(family) ?? []), text]);
  }
  for (const [family, texts] of untranslated) {
    if (!translations.families.has(family)) {
      const origin = layer.origins.get(texts[0]!.record);
      out.push({
        file: origin?.source.file ?? `${family}.yaml`,
        line: 1,
        column: 1,
        severity: 'warning',
        code: 'translation-missing',
        path: '',
        ...said({
          key: 'fileMissing',
          values: { lang, texts: texts.length, file: `${folder}/${family}.yaml` },
        }),
      });
      continue;
    }
    for (const text of texts) {
      const origin = layer.origins.get(text.record);
      const at = origin ? origin.source.locate([...origin.path, ...text.segments]) : { line: 1, column: 1 };
      out.push({
        file: origin?.source.file ?? `${family}.yaml`,
        ...at,
        severity: 'warning',
        code: 'translation-missing',
        path: origin ? formatPath([...origin.path, ...text.segments]) : text.path,
        ...said({
          key: 'textMissing',
          values: {
            lang,
            key: `${text.list}.${text.id}."${text.path}"`,
            file: `${folder}/${family}.yaml`,
            hash: text.hash,
          },
        }),
      });
    }
  }
  return out;
}

/** Figures of the English that the translation does not have (each as often as the English has it). */
function missingFigures(english: string, translated: string): string[] {
  const have = new Map<string, number>();
  for (const n of figures(translated)) have.set(n, (have.get(n) ?? 0) + 1);
  const missing: string[] = [];
  for (const n of figures(english)) {
    const left = have.get(n) ?? 0;
    if (left > 0) have.set(n, left - 1);
    else missing.push(n);
  }
  return [...new Set(missing)];
}
