import { VERSION } from './version.js';

const argv = process.argv.slice(2);
// `--version` is the one call that needs neither commander nor chalk: answer it before loading them
// (they cost ~15 ms of a ~70 ms start; see bench/startup.mjs).
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('./program.js');
  process.exitCode = await main(argv);
}
