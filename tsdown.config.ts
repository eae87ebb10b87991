import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type UserConfig } from 'tsdown';
import { embedBuiltinData } from './scripts/embed-data.js';

// Validate the built-in data first: an invalid data file fails the build, not a user's run.
embedBuiltinData();

/**
 * A command's start-up is mostly loading modules: Node 20's ESM loader spends about a millisecond
 * on each file it loads, however small, so the profile commands load a few large chunks instead
 * of some thirty small ones (docs/architecture.md, start-up). Each group becomes one chunk (with
 * the modules it imports); what no group takes is split automatically, one chunk per dynamic
 * import, as before: zod and the data schemas, the validate machinery, the wizard and inquirer,
 * the batch, the HTML and Markdown renderers, the explorer.
 */
const under = (...paths: string[]) => {
  const pattern = new RegExp(`[\\\\/](${paths.join('|').replaceAll('/', '[\\\\/]')})`);
  // The type declarations are built in the same pass, as modules of their own: they keep their bundle.
  return (id: string) => !/\.d\.[cm]?ts$/.test(id) && pattern.test(id);
};
const CHUNKS = [
  // What every command needs: the core helpers and the CLI's errors and streams.
  {
    name: 'base',
    priority: 30,
    test: under(
      'src/core/',
      'src/cli/(errors|fs-errors|context|as-of|version)\\.ts$',
      'src/render/diagnostics/report\\.ts$',
    ),
  },
  // The built-in data and its index: every command that reads data.
  {
    name: 'data',
    priority: 25,
    // Only the English data: the Spanish text (src/generated/i18n-es.json) loads when it is used.
    test: under('src/generated/builtin-data', 'src/cli/load-data\\.ts$', 'src/data/model\\.ts$'),
  },
  // The profile commands' work, shared with the library: the profile reader (YAML, the quick
  // check), the engine and its English words, and the text renderer.
  {
    name: 'engine',
    priority: 20,
    test: under(
      'src/cli/(profile-work|read-profile|read-input)\\.ts$',
      'src/profile/(read|normalize|ids)\\.ts$',
      'src/data/(state-licensure|exam-ids|yaml-source)\\.ts$',
      'src/api/evaluate\\.ts$',
      'src/engine/(?!route-check|witness)',
      // English words only: another language is a chunk of its own, loaded by import(). The
      // planner's words go with the planner: eligibility never loads them.
      'src/messages/(?!wizard|es/|en/roadmap/|roadmap\\.ts$)',
      'src/render/(text/|format\\.ts$|sanitize\\.ts$|timeline-model\\.ts$)',
      'node_modules/(yaml|chalk)/',
    ),
  },
  // The planner, for roadmap, report and the wizard.
  {
    name: 'planner',
    priority: 15,
    test: under(
      'src/roadmap/',
      'src/data/(band-choice|state-licensure-text)\\.ts$',
      'src/messages/(en/roadmap/|roadmap\\.ts$)',
      'src/cli/(plan-work|plan-in-language|roadmap-language)\\.ts$',
    ),
  },
];

// Two bundles from one source: the library API as ES modules (with its type declarations), and the
// CLI as CommonJS chunks under dist/cli/, because only CommonJS code can reuse V8's compiled code on
// Node 20 (src/cli/compile-cache.ts). Every runtime library is a devDependency that gets inlined, so
// the published package installs with no dependencies at all. The two builds run side by side, so
// the output folder is emptied here, once, rather than by each.
rmSync('dist', { recursive: true, force: true });

const common = {
  platform: 'node',
  target: 'node20.19',
  fixedExtension: false,
  clean: false,
  sourcemap: false,
  deps: { alwaysBundle: [/.*/], onlyBundle: false },
  // The type bundler dominates build time; that is expected, not worth a warning on every build.
  checks: { pluginTimings: false },
  plugins: [jsonAsParse(), yamlAsEsm(), lazyChildProcess(), asciiOnly()],
  outputOptions: { codeSplitting: { groups: CHUNKS } },
} satisfies UserConfig;

export default defineConfig([
  { ...common, entry: { index: 'src/index.ts' }, format: 'esm', outDir: 'dist', dts: true },
  {
    ...common,
    entry: { main: 'src/cli/main.ts' },
    format: 'cjs',
    outDir: 'dist/cli',
    dts: false,
    // CommonJS on purpose (above), so tsdown's advice to prefer ES modules does not apply here.
    checks: { ...common.checks, legacyCjs: false },
    plugins: [...common.plugins, builtinsRequired()],
  },
]);

/**
 * The embedded data as `JSON.parse('…')` rather than an object literal: V8 parses JSON text
 * several times faster than the same data as JavaScript, and this is on every command's start.
 * The JSON text is kept to ASCII (`\u` escapes, which JSON.parse reads back): a few dozen dashes
 * in 350 KB would otherwise make V8 hold the whole string two bytes a character, doubling the
 * cached code to read on every start.
 */
function jsonAsParse() {
  return {
    name: 'casemgr-path:json-as-parse',
    transform: {
      filter: { id: /[\\/]generated[\\/][^\\/]+\.json$/ },
      handler(code: string) {
        return {
          code: `export default JSON.parse(${JSON.stringify(escapeNonAscii(JSON.stringify(JSON.parse(code))))});`,
          moduleType: 'js',
        };
      },
    },
  };
}

/**
 * In the CommonJS bundle, `import('node:fs/promises')` and the like become `require()`: V8 drops
 * the dynamic-import hook of a function whose code comes from the compile cache (Node 20), so such
 * an import would work on a first run and fail on the next. The bundler already turns imports of
 * the bundle's own chunks into `require()`. Any other `import(` left in code fails the build.
 */
function builtinsRequired() {
  return {
    name: 'casemgr-path:builtins-required',
    renderChunk(code: string, chunk: { fileName: string }) {
      const out = code.replace(/\bimport\((["'])(node:[a-z_/]+)\1\)/g, 'Promise.resolve(require("$2"))');
      for (const line of out.split('\n')) {
        const text = line.trim();
        if (text.startsWith('*') || text.startsWith('//') || text.startsWith('/*')) continue;
        if (/(?<![\w$.])import\(/.test(text)) {
          throw new Error(`${chunk.fileName}: an import() the compile cache would break: ${text}`);
        }
      }
      return { code: out, map: null };
    },
  };
}

/**
 * Every character past ASCII in the bundle's code written as a `\u` escape (in strings, templates,
 * regular expressions and identifiers it means the same character; in a comment it is only text).
 * An all-ASCII file is read by Node without decoding and held by V8 one byte a character, so each
 * chunk loads a little faster. A character right after a backslash would change meaning when
 * escaped, so that fails the build instead.
 */
function asciiOnly() {
  return {
    name: 'casemgr-path:ascii-only',
    // After the bundler's own last pass over the code (which would write the characters back).
    generateBundle(
      _options: unknown,
      bundle: Record<string, { type: string; fileName: string; code?: string }>,
    ) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || file.code === undefined) continue;
        file.code = file.code.replace(/\\?[^\x00-\x7f]/g, (match) => {
          if (match.startsWith('\\')) {
            throw new Error(
              `${file.fileName}: a backslash before ${JSON.stringify(match)} cannot be escaped safely`,
            );
          }
          return escapeNonAscii(match);
        });
      }
    },
  };
}

/** `—` → `\u2014`; astral characters as their two UTF-16 halves, which strings and patterns read alike. */
function escapeNonAscii(text: string): string {
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Replaces `find` in a dependency's source, and fails the build when the source no longer has it. */
function patch(code: string, id: string, find: string, replace: string): string {
  if (!code.includes(find)) {
    throw new Error(`${id} changed: "${find}" is not there any more; update the patch in tsdown.config.ts`);
  }
  return code.replace(find, replace);
}

/**
 * yaml as its ES-module build (the one under yaml/browser) instead of its CommonJS one: bundled as
 * modules, it is hoisted and tree-shaken instead of run file by file behind a require() wrapper,
 * which starts every profile command a few milliseconds sooner. The two builds are the same code
 * but for two Node touches, put back here so that nothing changes: a warning goes through
 * process.emitWarning, and LOG_STREAM prints the parser's tokens (yaml's own debugging switch).
 */
const YAML_ESM = join(
  dirname(createRequire(import.meta.url).resolve('yaml/package.json')),
  'browser',
  'index.js',
);

function yamlAsEsm() {
  const browser = /[\\/]node_modules[\\/]yaml[\\/]browser[\\/]dist[\\/]/;
  return {
    name: 'casemgr-path:yaml-as-esm',
    resolveId: {
      filter: { id: /^yaml$/ },
      handler: () => YAML_ESM,
    },
    transform: {
      filter: { id: browser },
      handler(code: string, id: string) {
        if (/[\\/]log\.js$/.test(id)) {
          return patch(
            code,
            id,
            'console.warn(warning);',
            "if (typeof process.emitWarning === 'function') process.emitWarning(warning); else console.warn(warning);",
          );
        }
        if (/[\\/]compose[\\/]composer\.js$/.test(id)) {
          return patch(
            code,
            id,
            '*next(token) {',
            '*next(token) {\n        if (process.env.LOG_STREAM) console.dir(token, { depth: null });',
          );
        }
        return null;
      },
    },
  };
}

/**
 * commander loads node:child_process when it loads, for the executable subcommands this CLI does
 * not have: that is some 2.5 ms of every command's start. It is loaded when first used instead.
 */
function lazyChildProcess() {
  return {
    name: 'casemgr-path:lazy-child-process',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ },
      handler(code: string, id: string) {
        return patch(
          code,
          id,
          "const childProcess = require('node:child_process');",
          "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
        );
      },
    },
  };
}
