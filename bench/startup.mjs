#!/usr/bin/env node
// Start-up benchmark: how long each command takes from spawn to exit, next to a bare `node -e 0`
// measured in the same run (hyperfine is not installed everywhere, so this is a small harness).
// Usage: node bench/startup.mjs [runs]   (default 20; BENCH_RUNS works too). Needs a build (dist/).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'casemgr-path.js');
const runs = Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 20);

if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

const env = { ...process.env, NO_COLOR: '1' };
delete env.GITHUB_ACTIONS;

function once(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: result.status };
}

function measure(args) {
  once(args); // warm the file-system cache; not counted
  const times = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const run = once(args);
    times.push(run.ms);
    status = run.status ?? 1;
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { median, min: times[0], status };
}

function helpLists(command) {
  const help = spawnSync(process.execPath, [bin, '--help'], { cwd: root, env, encoding: 'utf8' });
  return new RegExp(`^\\s+${command}\\b`, 'm').test(help.stdout);
}

const examples = existsSync(join(root, 'examples'))
  ? readdirSync(join(root, 'examples'))
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
  : [];

const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'casemgr-path --version', args: [bin, '--version'] },
  { name: 'casemgr-path explore', args: [bin, 'explore'] },
  { name: 'casemgr-path validate', args: [bin, 'validate'] },
];
const notes = [];
if (!helpLists('eligibility')) notes.push('eligibility: skipped, the command does not exist yet');
else if (examples.length === 0) notes.push('eligibility: skipped, no examples/*.yaml profile to run it on');
else {
  const profile = join('examples', examples[0]);
  cases.push({
    name: `casemgr-path eligibility --profile ${profile}`,
    args: [bin, 'eligibility', '--profile', profile],
  });
}

console.log(`start-up, ${runs} runs each (after one warm-up run), node ${process.version}`);
const results = cases.map((c) => ({ ...c, ...measure(c.args) }));
const baseline = results[0].median;
const width = Math.max(...results.map((r) => r.name.length));
console.log(`${'command'.padEnd(width)}  median ms  min ms  × node -e 0  exit`);
for (const r of results) {
  const ratio = (r.median / baseline).toFixed(2);
  console.log(
    `${r.name.padEnd(width)}  ${r.median.toFixed(1).padStart(9)}  ${r.min.toFixed(1).padStart(6)}  ${ratio.padStart(11)}  ${String(r.status).padStart(4)}`,
  );
}
for (const note of notes) console.log(`note: ${note}`);
