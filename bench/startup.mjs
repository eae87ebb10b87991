#!/usr/bin/env node
// Start-up benchmark: how long each command takes from spawn to exit, next to a bare `node -e 0`
// measured in the same run (hyperfine is not installed everywhere, so this is a small harness).
// Usage: node bench/startup.mjs [runs]   (default 20; BENCH_RUNS works too). Needs a build (dist/).
//        node bench/startup.mjs [runs] --before DIR   also times DIR's build (another checkout,
//        built) in the same rounds, so a before and an after column share the machine's load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The launcher of a build: bin/casemgr-path.cjs, or bin/casemgr-path.js in a checkout from before the
// CLI was bundled as CommonJS (an older build given to --before).
const launcher = (dir) =>
  ['casemgr-path.cjs', 'casemgr-path.js']
    .map((name) => join(dir, 'bin', name))
    .find((path) => existsSync(path)) ?? join(dir, 'bin', 'casemgr-path.cjs');
const bin = launcher(root);
const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const beforeRoot = beforeAt >= 0 ? resolve(args[beforeAt + 1] ?? '') : undefined;
const positional = args.filter((arg, i) => !arg.startsWith('--') && (beforeAt < 0 || i !== beforeAt + 1));
const runs = Number(positional[0] ?? process.env.BENCH_RUNS ?? 20);

// A build is there when its dist/ is: dist/cli/main.cjs now, dist/cli.js before the CLI was
// bundled as CommonJS (an older checkout given to --before).
for (const dir of [root, ...(beforeRoot ? [beforeRoot] : [])]) {
  if (!existsSync(join(dir, 'dist', 'cli', 'main.cjs')) && !existsSync(join(dir, 'dist', 'cli.js'))) {
    console.error(`bench: ${join(dir, 'dist')} is missing; run \`npm run build\` there first`);
    process.exit(2);
  }
}

// The compile cache (src/cli/compile-cache.ts) goes to a folder of this run's own, filled by the
// warm-up round below, so that the timed rounds are what a person's second and later runs cost.
// The "no compile cache" rows are what a first run costs (or a machine where it cannot be written).
const cacheHome = mkdtempSync(join(tmpdir(), 'casemgr-startup-cache-'));
process.on('exit', () => rmSync(cacheHome, { recursive: true, force: true }));
const env = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome };
delete env.GITHUB_ACTIONS;
delete env.NODE_DISABLE_COMPILE_CACHE;
const noCache = { ...env, NODE_DISABLE_COMPILE_CACHE: '1' };

function once(args, caseEnv = env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: caseEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: result.status };
}

function stats(times) {
  const sorted = [...times].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0] };
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

// A bare ES module: what Node's ES-module loader costs before any code (the CLI itself is CommonJS
// from its launcher on, and loads no ES module; the row is kept beside the older figures).
const floorDir = mkdtempSync(join(tmpdir(), 'casemgr-startup-'));
process.on('exit', () => rmSync(floorDir, { recursive: true, force: true }));
writeFileSync(join(floorDir, 'empty.mjs'), '');
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'node empty.mjs (an ES module, nothing in it)', args: [join(floorDir, 'empty.mjs')] },
  { name: 'casemgr-path --version', args: [bin, '--version'] },
  { name: 'casemgr-path --help (commander)', args: [bin, '--help'] },
  { name: 'casemgr-path explore', args: [bin, 'explore'] },
  { name: 'casemgr-path validate', args: [bin, 'validate'] },
];
const notes = [];
// The profile commands, each on the same example profile (maria.yaml when present).
const profile = examples.includes('maria.yaml')
  ? 'examples/maria.yaml'
  : examples[0] && join('examples', examples[0]);
for (const command of ['eligibility', 'roadmap']) {
  if (!helpLists(command)) notes.push(`${command}: skipped, the command does not exist yet`);
  else if (!profile) notes.push(`${command}: skipped, no examples/*.yaml profile to run it on`);
  else
    cases.push({
      name: `casemgr-path ${command} --profile ${profile}`,
      args: [bin, command, '--profile', profile, '--as-of', '2026-11'],
    });
}
for (const c of cases.filter((c) => c.args[0] === bin && c.args.includes('--profile'))) {
  cases.push({ name: `${c.name}, no compile cache`, args: c.args, env: noCache });
}
// The same commands of the --before build (run from this checkout, on the same profile file).
if (beforeRoot) {
  const beforeBin = launcher(beforeRoot);
  for (const c of cases.filter((c) => c.args.includes(bin) && !c.env)) {
    cases.push({ name: `before: ${c.name}`, args: c.args.map((arg) => (arg === bin ? beforeBin : arg)) });
  }
  notes.push(`before: the build in ${beforeRoot}`);
}

console.log(`start-up, ${runs} rounds (each runs every command once, in turn), node ${process.version}`);
// Rounds interleave the commands, so a burst of load on a shared machine hits them all alike.
for (const c of cases) once(c.args, c.env); // warm the file-system and compile caches; not counted
const times = cases.map(() => []);
const statuses = cases.map(() => 0);
for (let round = 0; round < runs; round++) {
  cases.forEach((c, index) => {
    const run = once(c.args, c.env);
    times[index].push(run.ms);
    statuses[index] = run.status ?? 1;
  });
}
const results = cases.map((c, index) => ({ ...c, ...stats(times[index]), status: statuses[index] }));
const baseline = results[0];
const width = Math.max(...results.map((r) => r.name.length));
console.log(`${'command'.padEnd(width)}  median ms  min ms  × node -e 0 (median, min)  exit`);
for (const r of results) {
  const ratios = `${(r.median / baseline.median).toFixed(2)}, ${(r.min / baseline.min).toFixed(2)}`;
  console.log(
    `${r.name.padEnd(width)}  ${r.median.toFixed(1).padStart(9)}  ${r.min.toFixed(1).padStart(6)}  ${ratios.padStart(25)}  ${String(r.status).padStart(4)}`,
  );
}
for (const note of notes) console.log(`note: ${note}`);
