// Batch benchmark: N synthetic clients as CSV → the BUILT binary's `report --format json`.
// Prints profiles per second and the peak resident memory of the report process for each N,
// so growth with N is visible (flat memory = streaming works).
//
//   npm run build && node bench/batch.mjs               N = 1,000, 10,000, 100,000
//   node bench/batch.mjs 1000 1000000                   any sizes
//   KEEP=1 node bench/batch.mjs 1000                    keep the temp folder to look at
//
// Peak memory is the child's own getrusage maxRSS, read in the child at exit through a tiny
// --require hook (portable; no /usr/bin/time needed). Synthetic rows are deterministic (seeded)
// and include about 1% bad rows and repeated names, so the error and collision paths run too.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'casemgr-path.js');
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) sizes.push(1_000, 10_000, 100_000);

/** A small seeded generator (mulberry32): the same N gives the same file every time. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = [
  'name',
  'state',
  'degree_level',
  'degree_field',
  'degree_program_accreditation',
  'degree_completed',
  'licenses',
  'certifications',
  'ce_hours',
  'cm_role',
  'cm_setting',
  'cm_months',
  'cm_hours_per_week',
  'cm_supervised_by',
  'cm_ongoing',
  'cm2_role',
  'cm2_setting',
  'cm2_months',
  'goal_certification',
];
const FIRST = ['Maria', 'Kim', 'Ann', 'José', 'Li', 'Sam', 'Aisha', 'Tom', 'Chloé', 'Raj', 'Olga', 'Ben'];
const LAST = [
  'Lopez',
  'Jo',
  'Lee',
  'Núñez',
  'Wang',
  'Smith',
  'Khan',
  "O'Brien",
  'Dubois',
  'Patel',
  'Ivanova',
];
const STATES = ['TX', 'CA', 'NY', 'FL', 'OH', 'WA', 'IL', 'GA'];
const DEGREES = [
  ['associate', 'nursing', 'acen'],
  ['bachelor', 'nursing', 'ccne'],
  ['bachelor', 'social-work', 'cswe'],
  ['master', 'social-work', 'cswe'],
  ['bachelor', 'psychology', 'none'],
  ['master', 'rehabilitation-counseling', 'core'],
  ['bachelor', 'human-services', 'none'],
  ['high-school', '', ''],
  ['master', 'counseling', 'cacrep'],
];
const LICENCES = ['', '', 'rn', 'rn:TX', 'lmsw', 'lcsw:inactive', 'lpn', 'lbsw;lmsw'];
const ROLES = [
  'case-manager',
  'care-coordinator',
  'social-worker',
  'registered-nurse',
  'utilization-review',
  '',
];
const SETTINGS = ['hospital', 'payer', 'community', 'home-health', 'workers-comp', 'community-mental-health'];
const SUPERVISORS = ['ccm', 'licensed', 'none', 'other'];
const GOALS = ['ccm', 'acm-rn', 'acm-sw', 'crc', 'c-swcm', 'cmc', 'cdms', ''];

const csvCell = (text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

async function writeCsv(file, n) {
  const next = random(n);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const out = createWriteStream(file);
  const write = async (line) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write(HEADER.join(','));
  for (let i = 0; i < n; i++) {
    const [level, field, accreditation] = pick(DEGREES);
    const role = pick(ROLES);
    const second = next() < 0.3 ? pick(ROLES.filter(Boolean)) : '';
    const bad = next() < 0.01;
    const row = [
      `${pick(FIRST)} ${pick(LAST)}`,
      pick(STATES),
      level,
      field,
      accreditation,
      `20${10 + Math.floor(next() * 15)}-0${1 + Math.floor(next() * 9)}`,
      pick(LICENCES),
      next() < 0.05 ? 'cdms' : '',
      String(Math.floor(next() * 40)),
      role,
      role ? pick(SETTINGS) : '',
      role ? (bad ? 'a while' : String(Math.round(next() * 600) / 10)) : '',
      role ? pick(['40', '40', '32', '20']) : '',
      role ? pick(SUPERVISORS) : '',
      role ? pick(['yes', 'no']) : '',
      second,
      second ? pick(SETTINGS) : '',
      second ? String(Math.floor(next() * 36)) : '',
      pick(GOALS),
    ];
    await write(row.map(csvCell).join(','));
  }
  out.end();
  await once(out, 'finish');
}

function runReport(csv, outDir, rssFile) {
  const hook = join(dirname(rssFile), 'rss-hook.cjs');
  writeFileSync(
    hook,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--require',
      hook,
      bin,
      'report',
      '--profiles',
      csv,
      '--out',
      outDir,
      '--format',
      'json',
      '--as-of',
      '2026-11',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return once(child, 'close').then(([code]) => ({
    code,
    seconds: (performance.now() - started) / 1000,
    maxRssKb: Number(readFileSync(rssFile, 'utf8')),
    stderr: stderr.trim(),
  }));
}

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rows = [];
console.log(`node ${process.version}, ${process.platform}/${process.arch}; report --format json\n`);
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'casemgr-bench-'));
  try {
    const csv = join(dir, 'clients.csv');
    await writeCsv(csv, n);
    const result = await runReport(csv, join(dir, 'out'), join(dir, 'rss.txt'));
    if (result.code !== 0 && result.code !== 1)
      throw new Error(`report exited ${result.code}: ${result.stderr}`);
    rows.push({ n, ...result });
    console.log(`  N=${fmt(n)}: ${result.stderr}`);
  } finally {
    if (process.env.KEEP) console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\n| profiles | seconds | profiles/s | peak RSS (MB) |');
console.log('| ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${fmt(row.n)} | ${fmt(row.seconds, 1)} | ${fmt(row.n / row.seconds)} | ${fmt(row.maxRssKb / 1024, 1)} |`,
  );
}
