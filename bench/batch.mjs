#!/usr/bin/env node
// Batch benchmark: the BUILT binary's `report` over a JSONL caseload (one Markdown report per
// client, plus summary.csv and errors.csv), next to a floor measured in the same run: a plain Node
// process that merely writes the same number of files with the same sizes (so the same total
// size) into a fresh folder, one after another; the fastest of three floor runs counts. Prints
// clients/s, floor files/s, their ratio and the peak RSS of each process, for each caseload size.
//
//   npm run build && node bench/batch.mjs            N = 1,000 and 10,000
//   node bench/batch.mjs --full                      N = 1,000, 10,000 and 100,000
//   node bench/batch.mjs 5000 20000                  any sizes
//   KEEP=1 node bench/batch.mjs 1000                 keep the temp folder to look at
//   node bench/batch.mjs 5000 --before DIR           also DIR's build (another checkout, built) on
//                                                    the same caseload, in the same run
//
// Clients are the generated profiles of bench/lib/profiles.mjs (deterministic, varied), with about
// 1% invalid lines so the error path runs too. Peak memory is each child's own getrusage maxRSS,
// read in the child at exit through a tiny --require hook (portable; no /usr/bin/time needed).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, generateProfiles } from './lib/profiles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The launcher of a build: bin/casemgr-path.cjs, or bin/casemgr-path.js in a checkout from before the
// CLI was bundled as CommonJS (an older build given to --before).
const launcher = (dir) =>
  ['casemgr-path.cjs', 'casemgr-path.js']
    .map((name) => join(dir, 'bin', name))
    .find((path) => existsSync(path)) ?? join(dir, 'bin', 'casemgr-path.cjs');
const bin = launcher(root);
const built = (dir) =>
  existsSync(join(dir, 'dist', 'cli', 'main.cjs')) || existsSync(join(dir, 'dist', 'cli.js'));
if (!built(root)) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const beforeRoot = beforeAt >= 0 ? resolve(args[beforeAt + 1] ?? '') : undefined;
if (beforeRoot && !built(beforeRoot)) {
  console.error(`${join(beforeRoot, 'dist')} is missing: run \`npm run build\` there first`);
  process.exit(2);
}
const sizes = args
  .filter((_arg, i) => beforeAt < 0 || i !== beforeAt + 1)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) sizes.push(1_000, 10_000, ...(args.includes('--full') ? [100_000] : []));

/** One client a line; every hundredth line is a profile the validator refuses (an unknown license). */
async function writeJsonl(file, n) {
  const out = createWriteStream(file);
  const chunk = 5_000;
  for (let from = 0; from < n; from += chunk) {
    const profiles = generateProfiles(Math.min(chunk, n - from), 20261101 + from);
    for (const [i, profile] of profiles.entries()) {
      const line = (from + i) % 100 === 99 ? { ...profile, licenses: [{ type: 'rnn' }] } : profile;
      if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}

/** Runs `node --require hook ...argv` and returns its wall time, exit code, stderr and peak RSS. */
function runChild(argv, dir, name) {
  const rssFile = join(dir, `${name}-rss.txt`);
  const hook = join(dir, `${name}-rss-hook.cjs`);
  writeFileSync(
    hook,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', hook, ...argv], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr.on('data', (data) => {
    stderr += data;
  });
  return once(child, 'close').then(([code]) => ({
    code,
    seconds: (performance.now() - started) / 1000,
    maxRssKb: Number(readFileSync(rssFile, 'utf8')),
    stderr: stderr.trim(),
  }));
}

/** Sizes of every file under `dir` (recursively). */
function fileSizes(dir) {
  const sizes = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) sizes.push(statSync(join(entry.parentPath ?? entry.path, entry.name)).size);
  }
  return sizes;
}

/** The floor: a plain Node process writing one file per size, one after another, nothing else. */
const FLOOR = `
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const [sizesFile, out] = process.argv.slice(1);
const sizes = JSON.parse(readFileSync(sizesFile, 'utf8'));
mkdirSync(out, { recursive: true });
const text = 'x'.repeat(Math.max(0, ...sizes));
sizes.forEach((size, i) => writeFileSync(join(out, 'file-' + i + '.md'), text.slice(0, size)));
`;

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (kb) => fmt(kb / 1024, 1);
const rows = [];
console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; report --format md, as of ${AS_OF}\n`,
);
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'casemgr-bench-'));
  try {
    const jsonl = join(dir, 'clients.jsonl');
    await writeJsonl(jsonl, n);
    const out = join(dir, 'out');
    const report = await runChild(
      [bin, 'report', '--profiles', jsonl, '--out', out, '--format', 'md', '--as-of', AS_OF],
      dir,
      'report',
    );
    if (report.code !== 0 && report.code !== 1)
      throw new Error(`report exited ${report.code}: ${report.stderr}`);
    const written = fileSizes(out);
    const bytes = written.reduce((sum, size) => sum + size, 0);
    rmSync(out, { recursive: true, force: true });
    let previous;
    if (beforeRoot) {
      const beforeOut = join(dir, 'out-before');
      previous = await runChild(
        [
          launcher(beforeRoot),
          'report',
          '--profiles',
          jsonl,
          '--out',
          beforeOut,
          '--format',
          'md',
          '--as-of',
          AS_OF,
        ],
        dir,
        'before',
      );
      if (previous.code !== 0 && previous.code !== 1)
        throw new Error(`--before report exited ${previous.code}: ${previous.stderr}`);
      rmSync(beforeOut, { recursive: true, force: true });
    }
    const sizesFile = join(dir, 'sizes.json');
    writeFileSync(sizesFile, JSON.stringify(written));
    // The floor runs three times and its fastest run counts: on a shared machine the slower runs
    // measure the neighbors' disk traffic, not what writing the files costs.
    let floor;
    for (let attempt = 0; attempt < 3; attempt++) {
      const target = join(dir, `floor-${attempt}`);
      const run = await runChild(['-e', FLOOR, sizesFile, target], dir, 'floor');
      if (run.code !== 0) throw new Error(`floor exited ${run.code}: ${run.stderr}`);
      rmSync(target, { recursive: true, force: true });
      if (!floor || run.seconds < floor.seconds) floor = run;
    }
    rows.push({ n, report, floor, files: written.length, bytes });
    if (previous) rows.push({ n, report: previous, floor, files: written.length, bytes, before: true });
    console.log(`  N=${fmt(n)}: ${report.stderr.split('\n').at(-1)}`);
  } finally {
    if (process.env.KEEP) console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  '\n| clients | files (MB) | report s | clients/s | floor s | floor files/s | ratio (clients/s ÷ floor files/s) | peak RSS report / floor (MB) |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { n, report, floor, files, bytes, before } of rows) {
  const clientsPerSecond = n / report.seconds;
  const floorPerSecond = files / floor.seconds;
  console.log(
    `| ${fmt(n)}${before ? ' (--before)' : ''} | ${fmt(files)} (${fmt(bytes / 1e6, 1)}) | ${fmt(report.seconds, 1)} | ${fmt(clientsPerSecond)} | ` +
      `${fmt(floor.seconds, 2)} | ${fmt(floorPerSecond)} | ${fmt(clientsPerSecond / floorPerSecond, 3)}× | ` +
      `${mb(report.maxRssKb)} / ${mb(floor.maxRssKb)} |`,
  );
}
