#!/usr/bin/env node
// Engine benchmark: the library's `evaluate` next to json-rules-engine 7.3 and to the same rules
// hand-written in plain JS, over the same generated profiles, in one run.
//
//   npm run build && node bench/engine.mjs          3,000 profiles, 5 rounds
//   node bench/engine.mjs 6000 7                    profiles, rounds
//   node bench/engine.mjs --before ../old-checkout  also that checkout's build, in the same rounds
//   node bench/engine.mjs --fresh                   each round on fresh copies of the profiles
//
// 1. CCM + ACM-RN + ACM-SW, three ways:
//    - ours: `evaluate(profile, data, { asOf, certifications })` (full explanation trees);
//    - json-rules-engine: one Engine holding one rule per route of the same three certifications,
//      translated from the loaded data's rule trees (all/any/not kept; each predicate a custom
//      operator, each experience condition a fact derived from the profile), one `engine.run` a profile;
//    - hand-written: three plain functions with the rules' constants written in.
//    The verdict compared is "eligible now" per certification; the counts of agreement are printed.
// 2. All nine certifications with explanations; explain() (structured, no words) and verdicts()
//    (verdict and eligible_from only, no trees) when the build exports them; planRoadmap.
//
// With --before DIR, DIR's dist/index.js runs the same evaluate/explain/verdicts contenders in the
// same rounds, in a worker thread (a heap of its own: one build's garbage or caches cannot slow the
// other's collector), after the bench has checked that both builds give the same evaluate() JSON.
// With --fresh, each round validates the generated profiles again (outside the timing) for every
// contender of ours, so no build can reuse work it kept from an earlier round's profile objects.
//
// Rounds interleave the contenders, so a burst of load on a shared machine hits them all alike;
// each figure is the median round. Only the public exports are used (loadData, evaluate,
// planRoadmap, and validateProfile when present to normalize the generated profiles; explain and
// verdicts are timed too when the build exports them).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Engine } from 'json-rules-engine';
import {
  digests,
  engineContenders,
  loadBuild,
  sunk,
  THREE,
  timedSync,
  validated,
} from './lib/engine-build.mjs';
import { AS_OF, generateProfiles } from './lib/profiles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const beforeDir = beforeAt >= 0 ? resolve(args[beforeAt + 1] ?? '') : undefined;
const FRESH = args.includes('--fresh');
const [countArg, roundsArg] = args
  .filter((arg, i) => !arg.startsWith('--') && (beforeAt < 0 || i !== beforeAt + 1))
  .map(Number);
const COUNT = Number.isInteger(countArg) && countArg > 0 ? countArg : 3_000;
const ROUNDS = Number.isInteger(roundsArg) && roundsArg > 0 ? roundsArg : 5;

const thisBuild = await loadBuild(root, 'this checkout');
const { api, data } = thisBuild;
const { evaluate, planRoadmap } = api;
const generated = generateProfiles(COUNT);
let profiles = generated.map((profile) => validated(thisBuild, profile));

/** The --before build, timed in a worker thread: one request at a time. */
async function startBefore(dir) {
  const worker = new Worker(new URL('./lib/engine-worker.mjs', import.meta.url), {
    workerData: { dir, count: COUNT },
  });
  let pending = null;
  worker.on('message', (message) => pending?.(message));
  worker.on('error', (error) => {
    console.error(`--before: ${error.message}`);
    process.exit(2);
  });
  const next = () => new Promise((resolve) => (pending = resolve));
  const { names } = await next();
  const ask = (message) => {
    const answer = next();
    worker.postMessage(message);
    return answer;
  };
  return { names, ask, stop: () => worker.terminate() };
}
const before = beforeDir ? await startBefore(beforeDir) : undefined;

// ── Shared predicate semantics (the engine's, restated in plain JS) ─────────────────────────
const EPSILON = 1e-6;
const HOURS_PER_FULL_TIME_MONTH = (40 * 52) / 12;
const RANK = { 'high-school': 0, associate: 1, diploma: 1, bachelor: 2, master: 3, doctorate: 4 };
const monthIndex = (text) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
const AT = monthIndex(AS_OF);
const licenseRecords = new Map((data.licenses ?? []).map((license) => [license.id, license]));
const independent = (type) => licenseRecords.get(type)?.independent_practice === true;

function degreeMet(entry, c) {
  if (c.min_level && RANK[entry.level] < RANK[c.min_level]) return false;
  if (c.levels && !c.levels.includes(entry.level)) return false;
  if (c.fields && !c.fields.includes(entry.field)) return false;
  if (c.program_accreditation && !c.program_accreditation.includes(entry.program_accreditation)) return false;
  if (c.accredited && !entry.accredited) return false;
  if (c.field_experience && !entry.field_experience) return false;
  if (!c.include_in_progress && entry.status !== 'completed') return false;
  return true;
}

function licenseMet(license, c) {
  return (
    c.types.includes(license.type) &&
    (c.statuses ?? ['active']).includes(license.status) &&
    (!c.independent_practice || independent(license.type))
  );
}

/** Calendar months an entry has run at AS_OF (the engine's span rules; no window in these rules). */
function monthsAt(entry) {
  const start = entry.start ? monthIndex(entry.start) : null;
  if (entry.ongoing) return start !== null ? Math.max(0, AT - start) : entry.months;
  if (start !== null) return Math.max(0, Math.min(start + entry.months, AT) - start);
  return entry.months;
}

/** The amount of experience a condition counts, in the unit its minimum is given in. */
function experienceAmount(experience, c) {
  let amount = 0;
  for (const entry of experience) {
    if (c.roles && !c.roles.includes(entry.role)) continue;
    if (c.settings && !c.settings.includes(entry.setting)) continue;
    if (c.supervised_by && !c.supervised_by.includes(entry.supervised_by)) continue;
    if (c.paid && !entry.paid) continue;
    const months = monthsAt(entry);
    if (months <= 0) continue;
    const fte = months * Math.min(entry.hours_per_week / 40, 1);
    amount +=
      c.min_hours !== undefined ? fte * HOURS_PER_FULL_TIME_MONTH : c.min_months !== undefined ? months : fte;
  }
  return amount;
}
const experienceNeed = (c) => c.min_hours ?? c.min_months ?? c.min_fte_months;

// ── json-rules-engine: the data's rule trees, translated ────────────────────────────────────
const UNSUPPORTED = ['after_degree', 'within_months', 'currently_employed', 'full_time_hours'];
const experienceConditions = new Map();
function toCondition(rule) {
  if (rule.all) return { all: rule.all.map((r) => toCondition(r)) };
  if (rule.any) return { any: rule.any.map((r) => toCondition(r)) };
  if (rule.not) return { not: toCondition(rule.not) };
  if (rule.degree) return { fact: 'education', operator: 'hasDegree', value: rule.degree };
  if (rule.license) return { fact: 'licenses', operator: 'hasLicense', value: rule.license };
  if (rule.certification)
    return { fact: 'certifications', operator: 'containsAny', value: rule.certification.ids };
  if (rule.exam) return { fact: 'exams_passed', operator: 'containsAny', value: rule.exam.ids };
  if (rule.ce) return { fact: 'ce_hours', operator: 'atLeast', value: rule.ce.min_hours };
  if (rule.experience) {
    const c = rule.experience;
    const unsupported = UNSUPPORTED.filter((key) => c[key] !== undefined);
    if (unsupported.length > 0) throw new Error(`bench: experience ${unsupported.join(', ')} not translated`);
    // Each experience condition becomes a fact of its own, derived from the profile before the run
    // (plain values: measured faster in json-rules-engine than a parameterized fact function).
    const id = `experience-${experienceConditions.size + 1}`;
    experienceConditions.set(id, c);
    return { fact: id, operator: 'atLeast', value: experienceNeed(c) };
  }
  throw new Error(`bench: rule ${Object.keys(rule).join(',')} not translated`);
}

const jre = new Engine([], { allowUndefinedFacts: false });
jre.addOperator('hasDegree', (education, c) => education.some((entry) => degreeMet(entry, c)));
jre.addOperator('hasLicense', (licenses, c) => licenses.some((license) => licenseMet(license, c)));
jre.addOperator('containsAny', (held, ids) => held.some((id) => ids.includes(id)));
jre.addOperator('atLeast', (have, need) => have + EPSILON >= need);
let jreRules = 0;
for (const certification of data.certifications.filter((c) => THREE.includes(c.id))) {
  for (const route of certification.routes) {
    jre.addRule({
      name: route.id,
      conditions: toCondition(route.rule),
      event: { type: 'eligible', params: { certification: certification.id } },
    });
    jreRules++;
  }
}

async function jreVerdicts(profile) {
  const facts = {
    education: profile.education,
    licenses: profile.licenses,
    certifications: profile.certifications,
    exams_passed: profile.exams_passed,
    ce_hours: profile.ce_hours,
  };
  for (const [id, condition] of experienceConditions)
    facts[id] = experienceAmount(profile.experience, condition);
  const { events } = await jre.run(facts);
  const eligible = new Set(events.map((event) => event.params.certification));
  return THREE.map((id) => eligible.has(id));
}

// ── Hand-written: the same three rules as plain functions ───────────────────────────────────
const CCM_FIELDS = [
  'social-work',
  'nursing',
  'psychology',
  'counseling',
  'rehabilitation-counseling',
  'human-services',
  'sociology',
  'gerontology',
  'public-health',
  'health-sciences',
];
const CCM_ROLES = [
  'case-manager',
  'case-management-supervisor',
  'care-coordinator',
  'disability-manager',
  'rehabilitation-counselor',
];
const ACM_ROLES = [
  'case-manager',
  'case-management-supervisor',
  'care-coordinator',
  'utilization-review',
  'social-worker',
];
const ACM_SETTINGS = ['hospital', 'health-system', 'home-health', 'long-term-care', 'physician-practice'];

function fteMonths(p, roles, supervisors) {
  let total = 0;
  for (const e of p.experience) {
    if (!e.paid || !roles.includes(e.role) || (supervisors && !supervisors.includes(e.supervised_by)))
      continue;
    total += monthsAt(e) * Math.min(e.hours_per_week / 40, 1);
  }
  return total;
}
function acmHours(p) {
  let total = 0;
  for (const e of p.experience) {
    if (!e.paid || e.supervised_by === 'none') continue;
    if (!ACM_ROLES.includes(e.role) || !ACM_SETTINGS.includes(e.setting)) continue;
    total += monthsAt(e) * Math.min(e.hours_per_week / 40, 1) * HOURS_PER_FULL_TIME_MONTH;
  }
  return total;
}
const activeLicense = (p, types, needIndependent) =>
  p.licenses.some(
    (l) => l.status === 'active' && types.includes(l.type) && (!needIndependent || independent(l.type)),
  );
function handCcm(p) {
  const education =
    activeLicense(p, ['rn', 'lbsw', 'lmsw', 'lcsw', 'lpc'], true) ||
    p.education.some(
      (d) =>
        d.status === 'completed' &&
        RANK[d.level] >= 2 &&
        CCM_FIELDS.includes(d.field) &&
        d.accredited &&
        d.field_experience,
    ) ||
    p.certifications.some((id) => id === 'crc' || id === 'cdms');
  if (!education) return false;
  return (
    fteMonths(p, CCM_ROLES, ['ccm']) + EPSILON >= 12 ||
    fteMonths(p, CCM_ROLES, null) + EPSILON >= 24 ||
    fteMonths(p, ['case-management-supervisor'], null) + EPSILON >= 12
  );
}
const handAcmRn = (p) => activeLicense(p, ['rn'], false) && acmHours(p) + EPSILON >= 2080;
const handAcmSw = (p) =>
  (p.education.some(
    (d) =>
      d.status === 'completed' &&
      RANK[d.level] >= 2 &&
      d.field === 'social-work' &&
      d.program_accreditation === 'cswe',
  ) ||
    activeLicense(p, ['lbsw', 'lmsw', 'lcsw'], false)) &&
  acmHours(p) + EPSILON >= 2080;
const handVerdicts = (p) => [handCcm(p), handAcmRn(p), handAcmSw(p)];

// ── Agreement on every generated profile ────────────────────────────────────────────────────
const oursVerdicts = (p) => {
  const byId = new Map(
    evaluate(p, data, { asOf: AS_OF, certifications: THREE }).certifications.map((c) => [c.id, c.eligible]),
  );
  return THREE.map((id) => byId.get(id) === true);
};
let agreeJre = 0;
let agreeHand = 0;
let agreeVerdicts = 0;
const eligibleCounts = [0, 0, 0];
const disagreements = [];
for (const [index, profile] of profiles.entries()) {
  const ours = oursVerdicts(profile);
  const theirs = await jreVerdicts(profile);
  const hand = handVerdicts(profile);
  ours.forEach((ok, i) => {
    if (ok) eligibleCounts[i]++;
  });
  if (ours.every((ok, i) => ok === theirs[i])) agreeJre++;
  else if (disagreements.length < 3) disagreements.push({ index, with: 'json-rules-engine', ours, theirs });
  if (ours.every((ok, i) => ok === hand[i])) agreeHand++;
  else if (disagreements.length < 3) disagreements.push({ index, with: 'hand-written', ours, theirs: hand });
  if (typeof api.verdicts === 'function') {
    // verdicts() must give evaluate()'s verdict fields exactly, for all nine certifications.
    const alone = api.verdicts(profile, data, { asOf: AS_OF }).certifications;
    const full = evaluate(profile, data, { asOf: AS_OF }).certifications;
    const fields = (c) => [c.id, c.name, c.eligible, c.status, c.route, c.eligible_from, c.held];
    if (JSON.stringify(alone.map(fields)) === JSON.stringify(full.map(fields))) agreeVerdicts++;
    else if (disagreements.length < 3) disagreements.push({ index, with: 'verdicts()', ours, theirs: '' });
  }
}
let sameAsBefore = 0;
if (before) {
  const now = digests(thisBuild, profiles);
  const then = (await before.ask({ type: 'digests' })).digests;
  for (const [i, digest] of now.entries()) if (digest === then[i]) sameAsBefore++;
}

// ── Timing ──────────────────────────────────────────────────────────────────────────────────
let sink = 0;
/** Runs an async `body` over the profiles; returns profiles per second. */
async function timed(body, list) {
  const start = performance.now();
  for (const p of list) sink ^= (await body(p)) ? 1 : 0;
  return list.length / ((performance.now() - start) / 1000);
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const planProfiles = profiles.slice(0, Math.min(300, profiles.length));
const planReports = planProfiles.map((p) => evaluate(p, data, { asOf: AS_OF }));
const contenders = {
  ...engineContenders(thisBuild, () => profiles),
  jre: () => timed(jreVerdicts, profiles),
  hand: () => timedSync(handVerdicts, profiles, 50),
  plan: () => {
    const start = performance.now();
    planProfiles.forEach((p, i) => {
      sink ^= planRoadmap(p, data, planReports[i], { asOf: AS_OF }).steps.length & 1;
    });
    return planProfiles.length / ((performance.now() - start) / 1000);
  },
};
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (const name of before?.names ?? []) samples[`before ${name}`] = [];
for (let round = -1; round < ROUNDS; round++) {
  // Round -1 warms up and is not counted.
  if (FRESH) profiles = generated.map((profile) => validated(thisBuild, profile));
  for (const [name, run] of Object.entries(contenders)) {
    const value = await run();
    if (round >= 0) samples[name].push(value);
  }
  if (before) {
    const { rates, sink: theirs } = await before.ask({ type: 'round', fresh: FRESH });
    sink ^= theirs;
    if (round >= 0) for (const [name, value] of Object.entries(rates)) samples[`before ${name}`].push(value);
  }
}
before?.stop();
const rate = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));

// ── Report ──────────────────────────────────────────────────────────────────────────────────
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const spread = (name) => `${fmt(Math.min(...samples[name]))}–${fmt(Math.max(...samples[name]))}`;
console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; ${fmt(COUNT)} generated profiles, as of ${AS_OF}; ` +
    `median of ${ROUNDS} interleaved rounds (range in brackets); ` +
    (FRESH ? 'fresh copies of the profiles each round' : 'the same profile objects every round'),
);
console.log(
  `eligible now among them: CCM ${eligibleCounts[0]}, ACM-RN ${eligibleCounts[1]}, ACM-SW ${eligibleCounts[2]}`,
);
console.log('\nCCM + ACM-RN + ACM-SW, the same profiles:');
const rows = [
  ['ours: evaluate() with explanations', 'ours'],
  [`json-rules-engine 7.3 (${jreRules} rules, one run a profile)`, 'jre'],
  ['hand-written plain JS', 'hand'],
];
const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, name] of rows)
  console.log(`  ${label.padEnd(width)}  ${fmt(rate[name]).padStart(11)} profiles/s  [${spread(name)}]`);
console.log(`  ratio ours ÷ json-rules-engine: ${(rate.ours / rate.jre).toFixed(2)}×`);
console.log(`  ratio hand-written ÷ ours:      ${(rate.hand / rate.ours).toFixed(0)}×`);
console.log(
  `  verdicts agree (eligible now, all three certifications): ours = json-rules-engine on ${fmt(agreeJre)}/${fmt(COUNT)} profiles; ` +
    `ours = hand-written on ${fmt(agreeHand)}/${fmt(COUNT)}`,
);
for (const d of disagreements)
  console.log(`  disagreement: profile #${d.index} vs ${d.with}: ours ${d.ours} theirs ${d.theirs}`);
console.log('\nThe library beyond the three:');
const nine = data.certifications.length;
const line = (label, name, unit = 'profiles/s') =>
  console.log(`  ${label.padEnd(58)} ${fmt(rate[name]).padStart(9)} ${unit}  [${spread(name)}]`);
line(`evaluate(), all ${nine} certifications with explanations`, 'nine');
if (rate.explain3 !== undefined) {
  line('explain(), structured and without words: CCM + ACM-RN + ACM-SW', 'explain3');
  line(`explain(), structured and without words: all ${nine}`, 'explain9');
} else console.log('  explain() (structured, without words)          not exported by this build');
if (rate.verdicts3 !== undefined) {
  line('verdicts(), verdict and eligible_from only: CCM + ACM-RN + ACM-SW', 'verdicts3');
  line(`verdicts(), verdict and eligible_from only: all ${nine}`, 'verdicts9');
} else {
  console.log(
    '  verdict-only                                  not offered: evaluate() always builds the explanation trees',
  );
}
line(`planRoadmap (report precomputed, ${planProfiles.length} profiles)`, 'plan', 'plans/s   ');
if (rate.explain3 !== undefined) {
  console.log(
    `  ratio explain() ÷ json-rules-engine: ${(rate.explain3 / rate.jre).toFixed(1)}×` +
      (rate.verdicts3 !== undefined
        ? `; verdicts() ÷ json-rules-engine: ${(rate.verdicts3 / rate.jre).toFixed(1)}×`
        : ''),
  );
}
if (typeof api.verdicts === 'function') {
  console.log(
    `  verdicts() = evaluate() (status, route, eligible_from, all ${nine}) on ${fmt(agreeVerdicts)}/${fmt(COUNT)} profiles`,
  );
}

if (before) {
  console.log(`\n--before ${beforeDir}, in the same rounds (its own thread):`);
  console.log(
    `  evaluate() JSON identical (CCM + ACM-RN + ACM-SW): ${fmt(sameAsBefore)}/${fmt(COUNT)} profiles`,
  );
  const pairs = [
    ['evaluate(), CCM + ACM-RN + ACM-SW', 'ours'],
    [`evaluate(), all ${nine}`, 'nine'],
    ['explain(), CCM + ACM-RN + ACM-SW', 'explain3'],
    [`explain(), all ${nine}`, 'explain9'],
    ['verdicts(), CCM + ACM-RN + ACM-SW', 'verdicts3'],
    [`verdicts(), all ${nine}`, 'verdicts9'],
  ];
  for (const [label, name] of pairs) {
    const then = rate[`before ${name}`];
    const now = rate[name];
    const thenText =
      then === undefined ? 'not exported' : `${fmt(then)} profiles/s  [${spread(`before ${name}`)}]`;
    const nowText = now === undefined ? 'not exported' : `${fmt(now)} profiles/s`;
    const ratio = then !== undefined && now !== undefined ? `  ×${(now / then).toFixed(2)}` : '';
    console.log(`  ${label.padEnd(36)} before ${thenText.padEnd(36)} after ${nowText}${ratio}`);
  }
  if (rate['before ours'] !== undefined) {
    console.log(
      `  ratio to json-rules-engine, before → after: evaluate() ${(rate['before ours'] / rate.jre).toFixed(2)}× → ${(rate.ours / rate.jre).toFixed(2)}×` +
        (rate['before explain3'] !== undefined && rate.explain3 !== undefined
          ? `; explain() ${(rate['before explain3'] / rate.jre).toFixed(1)}× → ${(rate.explain3 / rate.jre).toFixed(1)}×`
          : ''),
    );
  }
}
if ((sink ^ sunk()) === -1) console.log(sink);
if (agreeJre !== COUNT || agreeHand !== COUNT) process.exitCode = 1;
if (typeof api.verdicts === 'function' && agreeVerdicts !== COUNT) process.exitCode = 1;
if (before && sameAsBefore !== COUNT) process.exitCode = 1;
