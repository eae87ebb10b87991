import type { PathSegment } from '../../core/diagnostic.js';
import { sourceHash } from './hash.js';
import type { ParsedTranslations, TranslationEntry } from './parse.js';
import { type RecordText, recordTexts } from './text-fields.js';

/** One text of the data in another language: list, record id, path inside the record, text. */
export type TranslatedText = [list: string, id: string, path: PathSegment[], text: string];

/** Every English text of a data set, with its record and hash. */
export interface EnglishText extends RecordText {
  list: string;
  id: string;
  record: Record<string, unknown>;
  hash: string;
}

export function englishTexts(lists: ReadonlyMap<string, readonly Record<string, unknown>[]>): EnglishText[] {
  const out: EnglishText[] = [];
  for (const [list, records] of lists) {
    for (const record of records) {
      const id = record.id;
      if (typeof id !== 'string') continue;
      for (const text of recordTexts(list, record)) {
        out.push({ ...text, list, id, record, hash: sourceHash(text.text) });
      }
    }
  }
  return out;
}

const keyOf = (list: string, id: string, path: string) => `${list}\u0000${id}\u0000${path}`;

/** How each English text is translated, if it is. */
export interface Resolution {
  texts: EnglishText[];
  /** English text key → the entry written for its path (fresh or not). */
  byPath: Map<string, TranslationEntry>;
  /** The translation used for a text: its own entry when fresh, else a fresh one of the same English. */
  used(text: EnglishText): TranslationEntry | undefined;
  /** Entries whose record or path does not exist. */
  orphans: TranslationEntry[];
}

/**
 * Matches translations to the English texts. A text uses the entry written for its path when that
 * entry's `source_hash` is the text's own (a fresh translation). Otherwise it uses any fresh entry
 * that translates the same English sentence (the same hash), so a sentence the data repeats, such
 * as a caveat shared by several routes, is translated once. A stale entry is never used: the
 * English is shown until the translation is reviewed.
 */
export function resolveTranslations(
  lists: ReadonlyMap<string, readonly Record<string, unknown>[]>,
  parsed: ParsedTranslations,
): Resolution {
  const texts = englishTexts(lists);
  const textByKey = new Map(texts.map((text) => [keyOf(text.list, text.id, text.path), text]));
  const byPath = new Map<string, TranslationEntry>();
  const orphans: TranslationEntry[] = [];
  const freshByHash = new Map<string, TranslationEntry>();
  for (const entry of parsed.entries) {
    const key = keyOf(entry.list, entry.id, entry.path);
    const text = textByKey.get(key);
    if (!text) {
      orphans.push(entry);
      continue;
    }
    byPath.set(key, entry);
    if (entry.sourceHash === text.hash && !freshByHash.has(text.hash)) freshByHash.set(text.hash, entry);
  }
  const used = (text: EnglishText) => {
    const own = byPath.get(keyOf(text.list, text.id, text.path));
    if (own && own.sourceHash === text.hash) return own;
    return freshByHash.get(text.hash);
  };
  return { texts, byPath, used, orphans };
}

/** The translated texts a data set can use (what the build embeds for each language). */
export function translationTable(resolution: Resolution): TranslatedText[] {
  const out: TranslatedText[] = [];
  for (const text of resolution.texts) {
    const entry = resolution.used(text);
    if (entry) out.push([text.list, text.id, text.segments, entry.text]);
  }
  return out;
}

export function entryKey(text: { list: string; id: string; path: string }): string {
  return keyOf(text.list, text.id, text.path);
}
