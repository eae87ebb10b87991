#!/usr/bin/env node
// Planner benchmark: `planRoadmap` plans per second over a realistic mix of profiles, next to
// baselines measured in the same run, in interleaved rounds (each round runs every contender
// once; each figure is the median round, with the range in brackets).
//
//   npm run build && node bench/plan.mjs              7 rounds
//   node bench/plan.mjs 11                             rounds
//   node bench/plan.mjs --before ../old-checkout       also that checkout's build, in the same rounds
//
// The mix: every example in examples/*.yaml and every roadmap scenario in tests/scenarios/roadmap
// (people written by hand, each at its own as-of month; the examples at 2026-11), plus 300
// generated profiles (bench/lib/profiles.mjs). The eligibility report each plan starts from is
// computed beforehand, so only the planner is timed. The in-run baseline is `evaluate()` over the
// same profiles (all nine certifications, worded): the work a plan needs before it can start.
// With --before DIR, DIR's dist/index.js plans the same profiles in the same rounds, and the bench
// checks that both builds give the same roadmaps (JSON) before timing them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { AS_OF, generateProfiles } from './lib/profiles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const beforeDir = beforeAt >= 0 ? resolve(args[beforeAt + 1] ?? '') : undefined;
const positional = args.filter((arg, i) => !arg.startsWith('--') && (beforeAt < 0 || i !== beforeAt + 1));
const roundsArg = Number(positional[0]);
const ROUNDS = Number.isInteger(roundsArg) && roundsArg > 0 ? roundsArg : 7;

async function loadBuild(dir, label) {
  const dist = join(dir, 'dist', 'index.js');
  if (!existsSync(dist)) {
    console.error(`${label}: ${dist} is missing: run \`npm run build\` there first`);
    process.exit(2);
  }
  const api = await import(pathToFileURL(dist).href);
  const { data } = await api.loadData();
  return { api, data };
}

const ours = await loadBuild(root, 'this checkout');
const before = beforeDir ? await loadBuild(beforeDir, '--before') : undefined;

// ── The mix ─────────────────────────────────────────────────────────────────────────────────
const written = [];
for (const name of readdirSync(join(root, 'examples'))
  .filter((n) => /\.ya?ml$/.test(n))
  .sort())
  written.push({ name, asOf: AS_OF, input: parse(readFileSync(join(root, 'examples', name), 'utf8')) });
const exampleCount = written.length;
const scenarios = join(root, 'tests', 'scenarios', 'roadmap');
if (existsSync(scenarios)) {
  for (const name of readdirSync(scenarios)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const scenario = parse(readFileSync(join(scenarios, name), 'utf8'));
    written.push({ name, asOf: String(scenario.as_of), input: scenario.profile });
  }
}
const generated = generateProfiles(300).map((input, i) => ({ name: `generated #${i}`, asOf: AS_OF, input }));

/** A profile the build accepts (a generated national id in a state with its own title loses its states). */
function validated({ api, data }, input) {
  try {
    return api.validateProfile(input, data);
  } catch {
    const { state: _state, ...rest } = input;
    return api.validateProfile(
      { ...rest, licenses: (rest.licenses ?? []).map(({ state: _s, ...license }) => license) },
      data,
    );
  }
}

function prepare(build, cases) {
  return cases.map((c) => {
    const profile = validated(build, c.input);
    return { ...c, profile, report: build.api.evaluate(profile, build.data, { asOf: c.asOf }) };
  });
}
/** Whether the build takes this profile at all (a --before build may not know a newer id). */
function accepts(build, c) {
  try {
    validated(build, c.input);
    return true;
  } catch {
    return false;
  }
}
// With --before, only the cases both builds take are timed, so each build plans the same people.
const both = (cases) => (before ? cases.filter((c) => accepts(ours, c) && accepts(before, c)) : cases);
const writtenBoth = both(written);
const generatedBoth = both(generated);
const leftOut = written.length + generated.length - writtenBoth.length - generatedBoth.length;
const mixes = {
  written: { ours: prepare(ours, writtenBoth), before: before && prepare(before, writtenBoth) },
  generated: { ours: prepare(ours, generatedBoth), before: before && prepare(before, generatedBoth) },
};

let sameRoadmaps = null;
if (before) {
  sameRoadmaps = { same: 0, total: 0 };
  for (const mix of Object.values(mixes)) {
    mix.ours.forEach((c, i) => {
      const b = mix.before[i];
      const mine = JSON.stringify(ours.api.planRoadmap(c.profile, ours.data, c.report, { asOf: c.asOf }));
      const theirs = JSON.stringify(
        before.api.planRoadmap(b.profile, before.data, b.report, { asOf: b.asOf }),
      );
      sameRoadmaps.total++;
      if (mine === theirs) sameRoadmaps.same++;
    });
  }
}

// ── Timing ──────────────────────────────────────────────────────────────────────────────────
let sink = 0;
/** Runs `body` over the cases `repeat` times; returns cases per second. */
function timed(body, cases, repeat) {
  const start = performance.now();
  for (let r = 0; r < repeat; r++) for (const c of cases) sink ^= body(c) & 1;
  return (cases.length * repeat) / ((performance.now() - start) / 1000);
}
const plan =
  ({ api, data }) =>
  (c) =>
    api.planRoadmap(c.profile, data, c.report, { asOf: c.asOf }).steps.length;
const evaluateAll =
  ({ api, data }) =>
  (c) =>
    api.evaluate(c.profile, data, { asOf: c.asOf }).certifications.length;

const contenders = {};
for (const [mix, cases] of Object.entries(mixes)) {
  // Written cases are few: repeat them so a round lasts long enough to time.
  const repeat = mix === 'written' ? 10 : 1;
  contenders[`plan ${mix}`] = () => timed(plan(ours), cases.ours, repeat);
  if (before) contenders[`before ${mix}`] = () => timed(plan(before), cases.before, repeat);
  contenders[`evaluate ${mix}`] = () => timed(evaluateAll(ours), cases.ours, repeat);
}
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (const run of Object.values(contenders)) run(); // warm-up, not counted
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(contenders)) samples[name].push(run());
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ── Report ──────────────────────────────────────────────────────────────────────────────────
const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; median of ${ROUNDS} interleaved rounds (range in brackets)`,
);
console.log(
  `mix: written = ${exampleCount} examples at ${AS_OF} and ${written.length - exampleCount} roadmap scenarios at their own as-of; ` +
    `generated = ${generated.length} generated profiles at ${AS_OF}`,
);
if (leftOut > 0)
  console.log(`left out: ${leftOut} profile(s) the --before build does not take (an id it lacks)`);
if (sameRoadmaps)
  console.log(`roadmaps identical to --before (JSON): ${fmt(sameRoadmaps.same)}/${fmt(sameRoadmaps.total)}`);
const rows = [];
for (const mix of Object.keys(mixes)) {
  rows.push([`planRoadmap, ${mix}`, `plan ${mix}`, 'plans']);
  if (before) rows.push([`planRoadmap, ${mix}, --before build`, `before ${mix}`, 'plans']);
  rows.push([`baseline: evaluate() all 9, ${mix}`, `evaluate ${mix}`, 'reports']);
}
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, name, unit] of rows) {
  const rate = median(samples[name]);
  const range = `${fmt(Math.min(...samples[name]))}–${fmt(Math.max(...samples[name]))}`;
  console.log(
    `  ${label.padEnd(width)}  ${fmt(rate).padStart(8)} ${unit}/s  ${(1000 / rate).toFixed(3).padStart(7)} ms each  [${range}]`,
  );
}
for (const mix of Object.keys(mixes)) {
  const planRate = median(samples[`plan ${mix}`]);
  const line = [
    `${mix}: planRoadmap ÷ evaluate() time ${(median(samples[`evaluate ${mix}`]) / planRate).toFixed(2)}×`,
  ];
  if (before)
    line.push(`speed-up over --before ${(planRate / median(samples[`before ${mix}`])).toFixed(2)}×`);
  console.log(`  ${line.join('; ')}`);
}
if (sink === -1) console.log(sink);
if (sameRoadmaps && sameRoadmaps.same !== sameRoadmaps.total) process.exitCode = 1;
