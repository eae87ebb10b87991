import type { Data } from '../data/model.js';
import { recordTitle } from './explore-title.js';
import { clip, wrap } from './plain-text.js';

/** The families `explore` shows, by the name people type, with the lists that hold their records. */
export const EXPLORE_FAMILIES = {
  specializations: { lists: ['specializations'], what: 'kinds of case management' },
  certifications: { lists: ['certifications'], what: 'credentials and their eligibility routes' },
  licenses: { lists: ['licenses'], what: 'state licenses (national defaults)' },
  exams: { lists: ['exams'], what: 'licensing exams' },
  degrees: { lists: ['degrees'], what: 'degrees that lead into case management' },
  coursework: { lists: ['coursework'], what: 'courses some routes ask for' },
  ladder: { lists: ['levels'], what: 'career levels, first rung to last' },
  salaries: { lists: ['bands', 'bls'], what: 'pay bands and BLS medians' },
  outlook: { lists: ['occupations'], what: 'BLS job projections' },
  skills: { lists: ['skills'], what: 'skills and how to build them' },
  organizations: { lists: ['organizations'], what: 'certifying bodies, associations, accreditors' },
  states: { lists: ['states'], what: 'licensure by state: titles, exams, hours, boards' },
} as const satisfies Record<string, { lists: readonly (keyof Data)[]; what: string }>;
export type ExploreFamily = keyof typeof EXPLORE_FAMILIES;
export const EXPLORE_FAMILY_NAMES = Object.keys(EXPLORE_FAMILIES) as ExploreFamily[];

/** Other names people type for a family. */
const FAMILY_ALIASES: Record<string, ExploreFamily> = {
  licenses: 'licenses',
  levels: 'ladder',
  careers: 'ladder',
  bands: 'salaries',
  pay: 'salaries',
  jobs: 'outlook',
  orgs: 'organizations',
  organizations: 'organizations',
};

export function resolveFamily(name: string): ExploreFamily | undefined {
  const lower = name.toLowerCase();
  if ((EXPLORE_FAMILY_NAMES as readonly string[]).includes(lower)) return lower as ExploreFamily;
  return FAMILY_ALIASES[lower];
}

type Rec = Record<string, unknown>;

export function familyRecords(data: Data, family: ExploreFamily): Rec[] {
  return EXPLORE_FAMILIES[family].lists.flatMap((list) => data[list] as unknown as Rec[]);
}

/** Below this many columns for the title, each title goes under its id instead of beside it. */
const MIN_TITLE_COLUMNS = 30;

function table(rows: readonly [string, string, string?][], width: number): string[] {
  const first = Math.max(...rows.map((row) => row[0].length));
  if (rows.every((row) => row[2] === undefined)) {
    // Titles wrap within their column; when ids leave too little room, they go under the id.
    if (width - first - 4 < MIN_TITLE_COLUMNS) {
      return rows.flatMap(([a, b]) => [clip(`  ${a}`, width), ...wrap(b, width, '      ')]);
    }
    return rows.flatMap(([a, b]) =>
      wrap(b, width, ' '.repeat(first + 4), '').map((line, index) =>
        index === 0 ? `  ${a.padEnd(first)}  ${line.trimStart()}` : line,
      ),
    );
  }
  const second = rows.some((row) => row[2] !== undefined) ? Math.max(...rows.map((row) => row[1].length)) : 0;
  return rows.map(([a, b, c]) => {
    if (c === undefined) return clip(`  ${a.padEnd(first)}  ${b}`, width);
    return clip(`  ${a.padEnd(first)}  ${b.padStart(second)}  ${c}`, width);
  });
}

/** `explore` with no family: every family, how many records it holds, and what it is. */
export function renderFamilies(data: Data, width = 80): string {
  const rows = EXPLORE_FAMILY_NAMES.map(
    (family) =>
      [family, String(familyRecords(data, family).length), EXPLORE_FAMILIES[family].what] as [
        string,
        string,
        string,
      ],
  );
  return [
    'casemgr-path data',
    '',
    ...table(rows, width),
    '',
    ...wrap(
      'List one family: casemgr-path explore certifications. Show one record: casemgr-path explore certifications ccm',
      width,
    ),
    '',
  ].join('\n');
}

/** `explore FAMILY`: its records as an aligned id / title table. */
export function renderFamilyList(data: Data, family: ExploreFamily, width = 80): string {
  const records = familyRecords(data, family);
  const rows = records.map((record) => [String(record.id), recordTitle(record)] as [string, string]);
  return [
    `${family} · ${records.length} · ${EXPLORE_FAMILIES[family].what}`,
    '',
    ...(rows.length > 0 ? table(rows, width) : ['  (none)']),
    '',
    `Show one: casemgr-path explore ${family} ${rows[0]?.[0] ?? 'ID'}`,
    '',
  ].join('\n');
}

export { renderRecord } from './explore-record.js';
export { recordTitle } from './explore-title.js';
export { wrap } from './plain-text.js';
