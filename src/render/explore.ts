import type { Data } from '../data/model.js';
import { type ExploreMessages, enExplore } from '../messages/en/explore.js';
import { recordTitle } from './explore-title.js';
import { clip, wrap } from './plain-text.js';

/** The families `explore` shows, by the name people type, with the lists that hold their records. */
export const EXPLORE_FAMILIES = {
  specializations: { lists: ['specializations'] },
  certifications: { lists: ['certifications'] },
  licenses: { lists: ['licenses'] },
  exams: { lists: ['exams'] },
  degrees: { lists: ['degrees'] },
  coursework: { lists: ['coursework'] },
  ladder: { lists: ['levels'] },
  salaries: { lists: ['bands', 'bls'] },
  outlook: { lists: ['occupations'] },
  skills: { lists: ['skills'] },
  organizations: { lists: ['organizations'] },
  states: { lists: ['states'] },
} as const satisfies Record<string, { lists: readonly (keyof Data)[] }>;
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
export function renderFamilies(data: Data, width = 80, words: ExploreMessages = enExplore): string {
  const rows = EXPLORE_FAMILY_NAMES.map(
    (family) =>
      [family, String(familyRecords(data, family).length), words.families[family]] as [
        string,
        string,
        string,
      ],
  );
  return [words.dataTitle, '', ...table(rows, width), '', ...wrap(words.familiesHint, width), ''].join('\n');
}

/** `explore FAMILY`: its records as an aligned id / title table. */
export function renderFamilyList(
  data: Data,
  family: ExploreFamily,
  width = 80,
  words: ExploreMessages = enExplore,
): string {
  const records = familyRecords(data, family);
  const rows = records.map((record) => [String(record.id), recordTitle(record, words)] as [string, string]);
  return [
    `${family} · ${records.length} · ${words.families[family]}`,
    '',
    ...(rows.length > 0 ? table(rows, width) : [`  ${words.noRecords}`]),
    '',
    words.showOne(family, rows[0]?.[0] ?? 'ID'),
    '',
  ].join('\n');
}

export { enExplore } from '../messages/en/explore.js';
export { renderRecord } from './explore-record.js';
export { recordTitle } from './explore-title.js';
export { wrap } from './plain-text.js';
