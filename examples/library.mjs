// Using casemgr-path from a script: the same functions the CLI runs.
//   npm install casemgr-path        (inside this repository: npm run build first)
//   node examples/library.mjs
import {
  evaluate,
  loadData,
  ProfileError,
  parseProfile,
  planRoadmap,
  profileFromCsvRow,
  renderJson,
  renderMarkdown,
  validateProfile,
} from 'casemgr-path';

const asOf = '2026-11';

// The built-in data. loadData({ dir: 'my-data' }) overlays a folder of YAML files on it instead,
// and throws a DataError listing every problem when that folder is invalid.
const { data } = await loadData();

// 1. A profile built in code: validateProfile fills in the defaults, or throws a ProfileError.
const maria = validateProfile(
  {
    version: 1,
    name: 'Maria Lopez',
    state: 'TX',
    education: [{ level: 'associate', field: 'nursing' }],
    licenses: [{ type: 'rn', state: 'TX' }],
    experience: [
      { role: 'case-manager', setting: 'hospital', months: 13, supervised_by: 'licensed', ongoing: true },
    ],
    goals: { certification: 'ccm' },
  },
  data,
);

// 2. A profile from YAML or JSON text: parseProfile returns the problems instead of throwing,
//    each with its line and column.
const kim = parseProfile(
  'kim.yaml',
  [
    'version: 1',
    'name: Kim Jo',
    'education:',
    '  - level: master',
    '    field: social-work',
    '    program_accreditation: cswe',
  ].join('\n'),
  data,
);
if (!kim.ok)
  throw new Error(kim.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`).join('\n'));

// 3. One row of a counselor's spreadsheet, as its column names and cell texts.
const row = profileFromCsvRow(
  {
    name: 'Ann Lee',
    degree_level: 'bachelor',
    degree_field: 'social work',
    degree_program_accreditation: 'CSWE',
    cm_role: 'case-manager',
    cm_months: '30',
    cm_ongoing: 'yes',
  },
  { row: 2, data },
);
if (!row.ok) throw new Error(row.errors.map((e) => `row ${e.row}, ${e.column}: ${e.message}`).join('\n'));

// What each person qualifies for now, and what time alone opens.
for (const profile of [maria, kim.profile, row.profile]) {
  const report = evaluate(profile, data, { asOf });
  const eligible = report.certifications.filter((c) => c.eligible).map((c) => c.id);
  const soon = report.certifications
    .filter((c) => c.status === 'not-yet')
    .map((c) => `${c.id} from ${c.eligible_from}`);
  console.log(
    `${profile.name}: eligible now for ${eligible.join(', ') || 'none yet'}; ${soon.join(', ') || 'nothing'} by waiting`,
  );
}

// The dated roadmap, and the same renderings the CLI writes (renderJson is the JSON contract).
const roadmap = planRoadmap(maria, data, evaluate(maria, data, { asOf }), { asOf });
const next = roadmap.steps.find((step) => step.status === 'next');
console.log(`Next for ${roadmap.profile.name}: ${next?.title} (${next?.start})`);
console.log(`Markdown: ${renderMarkdown(roadmap).split('\n')[0]}`);
console.log(
  `JSON keys: ${Object.keys(JSON.parse(renderJson(roadmap)))
    .slice(0, 4)
    .join(', ')}`,
);

// 4. Errors are classes with the located problems behind them, never bare strings.
try {
  validateProfile({ version: 1, licenses: [{ type: 'rnn' }] }, data);
} catch (error) {
  if (!(error instanceof ProfileError)) throw error;
  console.log(`ProfileError: ${error.diagnostics[0].path}: ${error.diagnostics[0].message.split(';')[0]}`);
}
