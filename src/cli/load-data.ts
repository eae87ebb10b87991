import type { Lang } from '../core/lang.js';
import { currentMonth } from '../core/month.js';
import { type Data, dataSetOf, indexData } from '../data/model.js';
import type { DataSet } from '../data/schema/families.js';
import builtin from '../generated/builtin-data.json' with { type: 'json' };
import type { GlobalOptions, Io } from './context.js';
import { processIo, wantsColor } from './context.js';
import { CliError, EXIT } from './errors.js';

let builtinData: Data | undefined;
const builtinTranslated = new Map<Lang, Data>();

/**
 * The data a command works on. Without --data: the built-in data, validated at build time and
 * embedded, so nothing is parsed or checked at run time. With --data DIR: the package's data
 * files with DIR overlaid, parsed and checked; any error is printed and fails the command.
 */
export async function loadCliData(
  globals: GlobalOptions,
  io: Io = processIo,
  lang: Lang = 'en',
): Promise<Data> {
  if (!globals.data) {
    if (lang !== 'en') return builtinIn(lang);
    builtinData ??= indexData(builtin as unknown as DataSet);
    return builtinData;
  }
  const [{ checkOverlay }, { formatStylish }] = await Promise.all([
    import('./data-layers.js'),
    import('../render/diagnostics/stylish.js'),
  ]);
  const checked = await checkOverlay(globals.data, currentMonth());
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const color = wantsColor(io.stderr, io.env, globals.color);
    io.stderr.write(formatStylish({ files: checked.files, diagnostics: errors, strict: false }, { color }));
    throw new CliError(
      `the data in ${globals.data} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}; fix ${errors.length === 1 ? 'it' : 'them'} or run without --data`,
      EXIT.failed,
    );
  }
  const set = dataSetOf(checked.layer);
  const translations = lang === 'en' ? undefined : checked.translations.get(lang);
  if (!translations) return indexData(set);
  const [{ resolveTranslations, translationTable }, { translateDataSet }] = await Promise.all([
    import('../data/i18n/resolve.js'),
    import('../data/i18n/apply.js'),
  ]);
  return indexData(
    translateDataSet(set, translationTable(resolveTranslations(checked.layer.lists, translations))),
  );
}

/**
 * The built-in data with its text in `lang`: the translations checked and resolved at build time
 * (`src/generated/i18n-<lang>.json`), laid over the data. Loaded only when the language is used.
 */
async function builtinIn(lang: Lang): Promise<Data> {
  const known = builtinTranslated.get(lang);
  if (known) return known;
  const [{ builtinSpanish }, { translateDataSet }] = await Promise.all([
    import('./builtin-es.js'),
    import('../data/i18n/apply.js'),
  ]);
  const data = indexData(translateDataSet(builtin as unknown as DataSet, builtinSpanish));
  builtinTranslated.set(lang, data);
  return data;
}
