import { dirname, join } from 'node:path';
import envPaths from 'env-paths';
import { enableCompileCache } from './compile-cache.js';

// A reader that stops early (`| head`) closes the pipe: that is not an error, so end quietly, but
// with the command's own exit code (a failing `validate | head` must still fail under pipefail).
// What is left to print is dropped.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
  throw error;
});

// This file is the entry of the CLI's CommonJS bundle (dist/cli/main.cjs) and its chunks sit beside
// it. It imports almost nothing itself, so that every chunk loads after the cache is in place. The
// chunks' names change with their content; the cache's folder is per Node version and platform.
enableCompileCache(
  dirname(__filename),
  join(envPaths('casemgr-path', { suffix: '' }).cache, 'compile-cache', `${process.version}-${process.arch}`),
);

const argv = process.argv.slice(2);
// `--version` is the one call that needs neither commander nor chalk: answer it before loading them
// (they cost ~15 ms of a ~70 ms start; see bench/startup.mjs).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  import('./version.js').then(({ VERSION }) => process.stdout.write(`${VERSION}\n`));
} else {
  import('./program.js')
    .then(({ main }) => main(argv))
    .then((code) => {
      process.exitCode = code;
    });
}
