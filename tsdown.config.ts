import { defineConfig } from 'tsdown';
import { embedBuiltinData } from './scripts/embed-data.js';

// Validate the built-in data first: an invalid data file fails the build, not a user's run.
embedBuiltinData();

// One bundle for the CLI and one for the library API. Every runtime library is a devDependency
// that gets inlined, so the published package installs with no dependencies at all.
export default defineConfig({
  entry: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  outDir: 'dist',
  fixedExtension: false,
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: false,
  deps: { alwaysBundle: [/.*/], onlyBundle: false },
  // The type bundler dominates build time; that is expected, not worth a warning on every build.
  checks: { pluginTimings: false },
  plugins: [jsonAsParse()],
});

/**
 * The embedded data as `JSON.parse('…')` rather than an object literal: V8 parses JSON text
 * several times faster than the same data as JavaScript, and this is on every command's start.
 */
function jsonAsParse() {
  return {
    name: 'casemgr-path:json-as-parse',
    transform: {
      filter: { id: /[\\/]generated[\\/][^\\/]+\.json$/ },
      handler(code: string) {
        return {
          code: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(code)))});`,
          moduleType: 'js',
        };
      },
    },
  };
}
