import type { Diagnostic } from '../core/diagnostic.js';
import { checkTranslations } from '../data/i18n/check.js';
import {
  mergeTranslations,
  type ParsedTranslations,
  parseTranslations,
  TRANSLATED_LANGS,
} from '../data/i18n/parse.js';
import { mergeLayers, type ParsedLayer, type ParseOptions, parseDataLayer } from '../data/parse-data.js';
import { FAMILY_NAMES } from '../data/schema/families.js';
import { validateLayer } from '../validate-layer.js';
import { displayPath, packageDataDir } from './package-paths.js';
import { readDataDir, readTranslationDirs } from './read-data-dir.js';

/** One data set to check: its parsed layer, plus every problem found on the way. */
export interface CheckedData {
  layer: ParsedLayer;
  /** The translations of each language the data set has (`i18n/<lang>/`). */
  translations: Map<string, ParsedTranslations>;
  /** Every file looked at, in order, as displayed. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** Reads and parses a folder's translations, one language at a time. */
export async function parseTranslationDirs(
  dir: string,
): Promise<{ translations: Map<string, ParsedTranslations>; problems: Diagnostic[] }> {
  const { languages, problems } = await readTranslationDirs(displayPath(dir), TRANSLATED_LANGS);
  const translations = new Map<string, ParsedTranslations>();
  for (const [lang, inputs] of languages) translations.set(lang, parseTranslations(lang, inputs));
  return { translations, problems };
}

/** The translation checks of every language, once the data itself has no error. */
function translationDiagnostics(
  layer: ParsedLayer,
  translations: ReadonlyMap<string, ParsedTranslations>,
): Diagnostic[] {
  return [...translations.values()].flatMap((parsed) => checkTranslations(layer, parsed));
}

/** Reads and parses one folder. Display paths are relative to the working folder where possible. */
export async function parseDataDir(
  dir: string,
  options: ParseOptions = {},
): Promise<{ layer: ParsedLayer; problems: Diagnostic[] }> {
  const { inputs, problems } = await readDataDir(displayPath(dir));
  const layer = parseDataLayer(inputs, options);
  layer.files.push(...problems.map((p) => p.file));
  return { layer, problems };
}

/** A complete data set has one file per family; say which are missing instead of a flood of dangling ids. */
function missingFamilies(dir: string, files: readonly string[], builtin: boolean): Diagnostic[] {
  const present = new Set(files.map((file) => (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/i, '')));
  return FAMILY_NAMES.filter((family) => !present.has(family)).map((family) => ({
    file: `${displayPath(dir)}/${family}.yaml`,
    line: 1,
    column: 1,
    severity: 'error' as const,
    code: 'missing-file',
    path: '',
    message: builtin
      ? `missing: the built-in data has no ${family}.yaml`
      : `missing: a complete data set has ${family}.yaml (to check an overlay, use --data ${displayPath(dir)})`,
  }));
}

/** Checks one folder as a complete data set on its own. */
export async function checkCompleteDir(dir: string, asOf: string, builtin = false): Promise<CheckedData> {
  const [{ layer, problems }, i18n] = await Promise.all([parseDataDir(dir), parseTranslationDirs(dir)]);
  return {
    layer,
    translations: i18n.translations,
    files: [...layer.files, ...[...i18n.translations.values()].flatMap((t) => t.files)],
    diagnostics: [
      ...problems,
      ...layer.diagnostics,
      ...missingFamilies(dir, layer.files, builtin),
      ...validateLayer(layer, asOf, [...problems, ...layer.diagnostics]),
      ...i18n.problems,
      ...translationDiagnostics(layer, i18n.translations),
    ],
  };
}

/** Checks the built-in data with a maintainer's overlay on top (same id replaces, new id adds). */
export async function checkOverlay(overlayDir: string, asOf: string): Promise<CheckedData> {
  const [base, top, baseI18n, topI18n] = await Promise.all([
    parseDataDir(packageDataDir()),
    parseDataDir(overlayDir, { partial: true }),
    parseTranslationDirs(packageDataDir()),
    parseTranslationDirs(overlayDir),
  ]);
  const layer = mergeLayers(base.layer, top.layer);
  const translations = new Map(baseI18n.translations);
  for (const [lang, parsed] of topI18n.translations) {
    const under = translations.get(lang);
    translations.set(lang, under ? mergeTranslations(under, parsed) : parsed);
  }
  return {
    layer,
    translations,
    files: [...layer.files, ...[...translations.values()].flatMap((t) => t.files)],
    diagnostics: [
      ...base.problems,
      ...top.problems,
      ...layer.diagnostics,
      ...validateLayer(layer, asOf, [...base.problems, ...top.problems, ...layer.diagnostics]),
      ...baseI18n.problems,
      ...topI18n.problems,
      ...translationDiagnostics(layer, translations),
    ],
  };
}
