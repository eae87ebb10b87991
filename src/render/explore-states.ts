import { formatNumber } from '../core/number.js';
import type { Data } from '../data/model.js';
import type { Source } from '../data/schema/common.js';
import type { State } from '../data/schema/families.js';
import { licensureFor, type StateLicensure } from '../data/state-licensure.js';
import {
  type ExploreStatesMessages,
  enExploreStates,
  type StateLevel,
} from '../messages/en/explore-states.js';
import { wrap } from './plain-text.js';

export { enExploreStates } from '../messages/en/explore-states.js';

/**
 * `explore states`: a comparison table of every state in the data (80 columns, abbreviated, with
 * a legend), and `explore states XX`: one state in readable text with its gaps and sources.
 */

const EXAM_SHORT: Record<string, string> = {
  'aswb-associate': 'Assoc',
  'aswb-bachelors': 'Bach',
  'aswb-masters': 'Mast',
  'aswb-advanced-generalist': 'AdvG',
  'aswb-clinical': 'Clin',
  nce: 'NCE',
  ncmhce: 'NCMHCE',
};

/** A title cut to the table: markers say registration (*) or voluntary certification (†). */
function shortTitle(licensure: StateLicensure): string {
  if (licensure.available === false) return '-';
  if (licensure.title === null) return '?';
  const title = licensure.title
    .replace(/^Registered (\w+ )?/, '')
    .replace(/ \(clinical\)$/, '-cl')
    .replace(/ \(.*\)$/, '');
  const mark =
    licensure.kind === 'registration' ? '*' : licensure.kind === 'voluntary-certification' ? '+' : '';
  return `${title}${mark}`;
}

function shortExam(licensure: StateLicensure, words: ExploreStatesMessages): string {
  if (licensure.exams === null) return '?';
  const ids = licensure.exams.map((id) => EXAM_SHORT[id] ?? id);
  const base = ids.length === 0 ? words.noExam : ids.join(licensure.exams_mode === 'any' ? '/' : '+');
  return licensure.state_exams.length > 0 ? `${base}+st` : base;
}

function shortMonths(licensure: StateLicensure, words: ExploreStatesMessages): string {
  const { min_months: min, max_months: max } = licensure;
  if (min === null && max === null) return '?';
  if (min === 'none' && max === 'none') return words.anyDuration;
  const low = typeof min === 'number' ? String(min) : min === 'none' ? '0' : '?';
  if (typeof max === 'number') return `${low}-${max}`;
  return max === 'none' ? `${low}+` : `${low}-?`;
}

function shortNlc(state: State, words: ExploreStatesMessages): string {
  const { member, since } = state.nursing.nlc;
  if (member === null) return '?';
  if (!member) return words.notInCompact;
  return words.inCompact(since?.slice(0, 4));
}

/** Each column's width: the headings (in every language) and the cells fit, and the table fits 80 columns. */
const COLUMNS = [2, 5, 7, 7, 5, 6, 7, 5, 5, 8] as const;

function row(cells: readonly string[]): string {
  return cells
    .map((cell, index) => {
      const size = COLUMNS[index]!;
      return index === 4 || index === 8 ? cell.padStart(size) : cell.padEnd(size);
    })
    .join('  ')
    .trimEnd();
}

/** `explore states`: every state side by side. */
export function renderStatesTable(
  data: Data,
  width = 80,
  words: ExploreStatesMessages = enExploreStates,
): string {
  const hours = (value: number | null) => (value === null ? '?' : formatNumber(value));
  const rows = data.states.map((state) => {
    const at = (id: string) => licensureFor(data, state.code, id);
    const clinical = at('lcsw');
    const counselor = at('lpc');
    return row([
      state.code,
      shortTitle(at('lbsw')),
      shortTitle(at('lmsw')),
      shortTitle(clinical),
      hours(clinical.supervised_hours),
      shortMonths(clinical, words),
      shortExam(clinical, words),
      counselor.source === 'state' ? (counselor.title ?? '?') : '?',
      counselor.source === 'state' ? hours(counselor.supervised_hours) : '?',
      shortNlc(state, words),
    ]);
  });
  return [
    words.tableTitle(data.states.length),
    '',
    row(words.columns),
    ...rows,
    '',
    ...wrap(words.legend, width),
    ...words.legendKeys,
    '',
    words.oneState(data.states[0]?.code ?? 'TX'),
    '',
  ].join('\n');
}

function sourceLines(sources: readonly Source[], width: number, words: ExploreStatesMessages): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const source of sources) {
    const key = source.url ?? source.title;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(
      ...wrap(words.source(source.title, Boolean(source.official), source.as_of), width, '  ', '- '),
    );
    // A web address is never broken: it gets a line of its own, however long.
    if (source.url) lines.push(`    ${source.url}`);
  }
  return lines;
}

function credentialLines(
  data: Data,
  level: StateLevel,
  licensure: StateLicensure,
  width: number,
  words: ExploreStatesMessages,
): string[] {
  // Every label in a column of its own, as wide as the language's longest label and two spaces.
  const labelWidth = Math.max(...Object.values(words.levels).map((label) => label.length)) + 2;
  const lead = words.levels[level].padEnd(labelWidth);
  const indent = ' '.repeat(2 + lead.length);
  const lines = wrap(words.title(licensure), width, '  ', lead);
  if (licensure.available === false) {
    if (licensure.note) lines.push(...wrap(licensure.note, width, indent));
    return lines;
  }
  const facts: string[] = [];
  if (licensure.kind !== 'license') facts.push(words.notALicense(licensure.kind));
  if (licensure.associate_title) facts.push(words.hoursEarnedAs(licensure.associate_title));
  if (level === 'clinical' || level === 'counseling') facts.push(words.supervision(licensure));
  else if (typeof licensure.min_months === 'number') facts.push(words.afterMonths(licensure.min_months));
  facts.push(words.exams(data, licensure));
  for (const fact of facts) lines.push(...wrap(fact, width, indent));
  if (licensure.note) lines.push(...wrap(licensure.note, width, indent));
  return lines;
}

/** `explore states XX`: one state in full. */
export function renderState(
  data: Data,
  state: State,
  width = 80,
  words: ExploreStatesMessages = enExploreStates,
): string {
  const at = (id: string) => licensureFor(data, state.code, id);
  const levels = [
    ['bachelor', at('lbsw')],
    ['master', at('lmsw')],
    ['clinical', at('lcsw')],
  ] as const;
  const counselor = at('lpc');
  const nlc = state.nursing.nlc;
  // Said once: two levels that share a title (Ohio's LSW) share their gap too.
  const gaps = [
    ...new Set(
      [...levels.map(([, licensure]) => licensure), counselor]
        .filter((licensure) => licensure.fallback_note !== null)
        .map((licensure) => words.gap(licensure)),
    ),
  ];
  const out = [
    words.stateTitle(state),
    '',
    ...wrap(state.summary, width),
    '',
    words.socialWork,
    ...wrap(words.board(levels[0][1].board), width, '  '),
    ...levels.flatMap(([level, licensure]) => credentialLines(data, level, licensure, width, words)),
    '',
    words.counseling,
    ...wrap(words.board(counselor.board), width, '  '),
    ...credentialLines(data, 'counseling', counselor, width, words),
    '',
    words.nursing,
    ...wrap(words.compact(nlc), width, '  '),
    ...(nlc.note ? wrap(nlc.note, width, '  ') : []),
    ...wrap(words.nursingBoard(state.nursing.board), width, '  '),
  ];
  if (gaps.length > 0) {
    out.push('', words.notInData, ...gaps.flatMap((gap) => wrap(gap, width, '  ', '- ')));
  }
  const sources = [
    ...state.social_work.board.sources,
    ...levels.flatMap(([, licensure]) => licensure.sources),
    ...counselor.sources,
    ...nlc.sources,
  ];
  out.push('', words.sources, ...sourceLines(sources, width, words), '');
  return out.join('\n');
}

/** `explore states XX` for a US state the data does not cover: the national defaults, said plainly. */
export function renderStateNotInData(
  data: Data,
  code: string,
  width = 80,
  words: ExploreStatesMessages = enExploreStates,
): string {
  const rows = ['lbsw', 'lmsw', 'lcsw', 'lpc'].map((id) => licensureFor(data, code, id));
  const lines = rows.flatMap((licensure) => {
    const facts = [words.exams(data, licensure)];
    if (licensure.national_range.hours) {
      const { min, max } = licensure.national_range.hours;
      facts.push(words.nationalHours(min, max));
    }
    return [
      ...wrap(licensure.name ?? '', width, '  ', `${(licensure.title ?? '').padEnd(6)}`),
      ...facts.flatMap((fact) => wrap(fact, width, '        ')),
    ];
  });
  return [
    words.notCoveredTitle(code),
    '',
    ...wrap(words.notCovered(code), width),
    '',
    ...lines,
    '',
    ...wrap(words.covered(data.states.map((state) => state.code)), width),
    words.nationalInFull,
    '',
  ].join('\n');
}
