import { VERSION } from './version.js';

// A reader that stops early (`| head`) closes the pipe: that is not an error, so end quietly, but
// with the command's own exit code (a failing `validate | head` must still fail under pipefail).
// What is left to print is dropped.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
  throw error;
});

const argv = process.argv.slice(2);
// `--version` is the one call that needs neither commander nor chalk: answer it before loading them
// (they cost ~15 ms of a ~70 ms start; see bench/startup.mjs).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('./program.js');
  process.exitCode = await main(argv);
}
