import { z } from 'zod';
import { type Diagnostic, didYouMean, formatPath } from '../../core/diagnostic.js';
import { LANGS } from '../../core/lang.js';
import type { DataFileInput } from '../parse-data.js';
import { FAMILIES, FAMILY_NAMES, type FamilyName } from '../schema/families.js';
import { decodeSource, type ParsedSource, parseYamlSource } from '../yaml-source.js';
import { issuesToDiagnostics, withKeyHints } from '../zod-diagnostics.js';

/**
 * The translation files of one language: `data/i18n/<lang>/<family>.yaml`, one per data file,
 * keyed by list, record id and the field's path inside the record:
 *
 *     certifications:
 *       ccm:
 *         summary:
 *           source_hash: 3f9c2a1b     # the English this translates (see hash.ts)
 *           text: La credencial …
 */

const Translation = z.strictObject({
  source_hash: z
    .string()
    .regex(/^[0-9a-f]{8}$/, 'source_hash is the eight hex digits validate gives for the English text'),
  text: z.string().min(1, 'a translation needs its text'),
});

const RecordTranslations = z.record(z.string(), Translation);
const ListTranslations = z.record(z.string(), RecordTranslations);

/** One translated field, where it was written. */
export interface TranslationEntry {
  lang: string;
  list: string;
  id: string;
  /** The field's path inside the record, as written (`routes[0].title`). */
  path: string;
  sourceHash: string;
  text: string;
  source: ParsedSource;
}

export interface ParsedTranslations {
  lang: string;
  entries: TranslationEntry[];
  /** Families that have a translation file (their texts are then checked one by one). */
  families: Set<FamilyName>;
  files: string[];
  diagnostics: Diagnostic[];
}

/** Languages a data folder may translate into: every language but the data's own English. */
export const TRANSLATED_LANGS = LANGS.filter((lang) => lang !== 'en');

function fileDiagnostic(file: string, code: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', code, path: '', message };
}

/** Parses the translation files of one language, each file on its own. */
export function parseTranslations(lang: string, inputs: readonly DataFileInput[]): ParsedTranslations {
  const out: ParsedTranslations = { lang, entries: [], families: new Set(), files: [], diagnostics: [] };
  for (const input of inputs) {
    out.files.push(input.file);
    const base = (input.file.split(/[\\/]/).pop() ?? input.file).replace(/\.ya?ml$/i, '');
    if (!(FAMILY_NAMES as readonly string[]).includes(base)) {
      const hint = didYouMean(
        `${base}.yaml`,
        FAMILY_NAMES.map((f) => `${f}.yaml`),
      );
      out.diagnostics.push(
        fileDiagnostic(
          input.file,
          'unknown-file',
          `not a translation file this tool knows${hint || `; they are named as the data files (${FAMILY_NAMES.join(', ')}).yaml`}`,
        ),
      );
      continue;
    }
    const family = base as FamilyName;
    const decoded = decodeSource(input.file, input.bytes);
    if (!decoded.ok) {
      out.diagnostics.push(decoded.diagnostic);
      continue;
    }
    const source = parseYamlSource(input.file, decoded.text);
    out.diagnostics.push(...source.diagnostics);
    if (source.fatal) continue;
    out.families.add(family);
    const root = source.value ?? {};
    const lists = FAMILIES[family].lists as readonly string[];
    const envelope = z.strictObject(
      Object.fromEntries(lists.map((list) => [list, ListTranslations.optional()])),
    );
    const shape = envelope.safeParse(root);
    if (!shape.success) {
      // "did you mean" draws on the list names and the keys of a translation.
      const hints = z.strictObject({ ...envelope.shape, ...Translation.shape });
      out.diagnostics.push(...issuesToDiagnostics(source, root, withKeyHints(shape.error.issues, hints)));
    }
    if (!root || typeof root !== 'object' || Array.isArray(root)) continue;
    for (const list of lists) {
      const records = (root as Record<string, unknown>)[list];
      if (!records || typeof records !== 'object') continue;
      for (const [id, fields] of Object.entries(records as Record<string, unknown>)) {
        if (!fields || typeof fields !== 'object') continue;
        for (const [path, value] of Object.entries(fields as Record<string, unknown>)) {
          // Reported above by the envelope; only well-formed translations are used.
          const parsed = Translation.safeParse(value);
          if (!parsed.success) continue;
          out.entries.push({
            lang,
            list,
            id,
            path,
            sourceHash: parsed.data.source_hash,
            text: parsed.data.text,
            source,
          });
        }
      }
    }
  }
  return out;
}

/** Where an entry's text is written: for diagnostics that point into the translation file. */
export function entryAt(entry: TranslationEntry, key: 'text' | 'source_hash' | null = 'text') {
  const at = [entry.list, entry.id, entry.path, ...(key ? [key] : [])];
  return { file: entry.source.file, ...entry.source.locate(at), path: formatPath(at) };
}

/** Overlays one language's translations: an entry for the same list, id and path replaces the base one. */
export function mergeTranslations(base: ParsedTranslations, top: ParsedTranslations): ParsedTranslations {
  const key = (e: TranslationEntry) => `${e.list}\u0000${e.id}\u0000${e.path}`;
  const byKey = new Map(base.entries.map((entry) => [key(entry), entry]));
  for (const entry of top.entries) byKey.set(key(entry), entry);
  return {
    lang: base.lang,
    entries: [...byKey.values()],
    families: new Set([...base.families, ...top.families]),
    files: [...base.files, ...top.files],
    diagnostics: [...base.diagnostics, ...top.diagnostics],
  };
}
