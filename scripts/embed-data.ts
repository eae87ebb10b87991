import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../src/core/diagnostic.js';
import { currentMonth } from '../src/core/month.js';
import { checkTranslations } from '../src/data/i18n/check.js';
import { parseTranslations, TRANSLATED_LANGS } from '../src/data/i18n/parse.js';
import { resolveTranslations, translationTable } from '../src/data/i18n/resolve.js';
import { dataSetOf } from '../src/data/model.js';
import { isDataFileName, parseDataLayer } from '../src/data/parse-data.js';
import { validateLayer } from '../src/validate-layer.js';

/**
 * Validates the built-in data and writes it as one JSON file that the CLI bundle embeds, so a
 * normal run never re-parses or re-validates YAML. Each language's translations
 * (`data/i18n/<lang>/`) are checked too and written as `src/generated/i18n-<lang>.json`: the fresh
 * translation of every text that has one, ready to lay over the data. Throws (failing the build)
 * on any error; warnings (a text not translated yet, a stale translation) do not stop it.
 */
export function embedBuiltinData(root = join(dirname(fileURLToPath(import.meta.url)), '..')): string {
  const dataDir = join(root, 'data');
  const inputs = readdirSync(dataDir)
    .filter(isDataFileName)
    .sort()
    .map((name) => ({ file: `data/${name}`, bytes: readFileSync(join(dataDir, name)) }));
  const layer = parseDataLayer(inputs);
  const translations = TRANSLATED_LANGS.map((lang) => {
    const folder = join(dataDir, 'i18n', lang);
    const files = existsSync(folder) ? readdirSync(folder).filter(isDataFileName).sort() : [];
    return parseTranslations(
      lang,
      files.map((name) => ({ file: `data/i18n/${lang}/${name}`, bytes: readFileSync(join(folder, name)) })),
    );
  });
  const resolutions = translations.map((parsed) => resolveTranslations(layer.lists, parsed));
  const diagnostics = [
    ...layer.diagnostics,
    ...validateLayer(layer, currentMonth()),
    ...translations.flatMap((parsed, i) => checkTranslations(layer, parsed, resolutions[i])),
  ];
  if (hasErrors(diagnostics)) {
    const lines = diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file}:${d.line}:${d.column}  ${d.message}  ${d.path}`);
    throw new Error(`the built-in data has errors:\n${lines.join('\n')}`);
  }
  const out = join(root, 'src', 'generated', 'builtin-data.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(dataSetOf(layer)));
  translations.forEach((parsed, i) => {
    writeFileSync(
      join(root, 'src', 'generated', `i18n-${parsed.lang}.json`),
      JSON.stringify(translationTable(resolutions[i]!)),
    );
  });
  return out;
}
