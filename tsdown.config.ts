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
  noExternal: [/.*/],
});
