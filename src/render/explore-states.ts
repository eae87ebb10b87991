import { formatMonth } from '../core/month.js';
import { formatNumber } from '../core/number.js';
import type { Data } from '../data/model.js';
import type { Source } from '../data/schema/common.js';
import type { State } from '../data/schema/families.js';
import { licensureFor, type StateLicensure } from '../data/state-licensure.js';
import { examsText, supervisionText, titleText } from '../data/state-licensure-text.js';
import { wrap } from './plain-text.js';

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

function shortExam(licensure: StateLicensure): string {
  if (licensure.exams === null) return '?';
  const ids = licensure.exams.map((id) => EXAM_SHORT[id] ?? id);
  const base = ids.length === 0 ? 'none' : ids.join(licensure.exams_mode === 'any' ? '/' : '+');
  return licensure.state_exams.length > 0 ? `${base}+st` : base;
}

function shortMonths(licensure: StateLicensure): string {
  const { min_months: min, max_months: max } = licensure;
  if (min === null && max === null) return '?';
  if (min === 'none' && max === 'none') return 'any';
  const low = typeof min === 'number' ? String(min) : min === 'none' ? '0' : '?';
  if (typeof max === 'number') return `${low}-${max}`;
  return max === 'none' ? `${low}+` : `${low}-?`;
}

function shortNlc(state: State): string {
  const { member, since } = state.nursing.nlc;
  if (member === null) return '?';
  if (!member) return 'no';
  return since ? `yes ${since.slice(0, 4)}` : 'yes';
}

const COLUMNS = [
  ['', 2],
  ['BSW', 5],
  ['MSW', 7],
  ['Clin.', 7],
  ['Hours', 5],
  ['Months', 6],
  ['Exam', 7],
  ['Couns', 5],
  ['Hours', 5],
  ['NLC', 8],
] as const;

function row(cells: readonly string[]): string {
  return cells
    .map((cell, index) => {
      const [, size] = COLUMNS[index]!;
      return index === 4 || index === 8 ? cell.padStart(size) : cell.padEnd(size);
    })
    .join('  ')
    .trimEnd();
}

/** `explore states`: every state side by side. */
export function renderStatesTable(data: Data, width = 80): string {
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
      shortMonths(clinical),
      shortExam(clinical),
      counselor.source === 'state' ? (counselor.title ?? '?') : '?',
      counselor.source === 'state' ? hours(counselor.supervised_hours) : '?',
      shortNlc(state),
    ]);
  });
  const legend = [
    ...wrap(
      'BSW, MSW, Clin.: the social work title open to each degree, then the clinical license ' +
        'with its supervised Hours, Months (least-most) and Exam. Couns: the independent counselor ' +
        'license and its hours. NLC: in the Nurse Licensure Compact (the year it began).',
      width,
    ),
    '- none at this level   ? not in our data: ask the board   * a registration',
    '+ a voluntary certification   24+ no upper limit   any: no time limit',
    'Clin: ASWB Clinical exam   +st: a state exam as well   Intern: clinical intern',
  ];
  return [
    `State licensure · ${data.states.length} states · other states use national defaults`,
    '',
    row(COLUMNS.map(([title]) => title)),
    ...rows,
    '',
    ...legend,
    '',
    `One state in full: casemgr-path explore states ${data.states[0]?.code ?? 'TX'}`,
    '',
  ].join('\n');
}

function sourceLines(sources: readonly Source[], width: number): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const source of sources) {
    const key = source.url ?? source.title;
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = source.official ? 'official' : 'third-party';
    lines.push(...wrap(`${source.title} (${kind}, ${source.as_of})`, width, '  ', '- '));
    // A web address is never broken: it gets a line of its own, however long.
    if (source.url) lines.push(`    ${source.url}`);
  }
  return lines;
}

function credentialLines(data: Data, label: string, licensure: StateLicensure, width: number): string[] {
  const lead = `${label.padEnd(12)}`;
  const indent = ' '.repeat(2 + lead.length);
  const lines = wrap(titleText(licensure), width, '  ', lead);
  if (licensure.available === false) {
    if (licensure.note) lines.push(...wrap(licensure.note, width, indent));
    return lines;
  }
  const facts: string[] = [];
  if (licensure.kind !== 'license') facts.push(`a ${licensure.kind.replace('-', ' ')}, not a license`);
  if (licensure.associate_title) facts.push(`hours earned as ${licensure.associate_title}`);
  if (label === 'Clinical' || label === 'License') facts.push(supervisionText(licensure));
  else if (typeof licensure.min_months === 'number') {
    facts.push(`after at least ${licensure.min_months} months of supervised experience`);
  }
  facts.push(`exam: ${examsText(data, licensure) ?? 'not known'}`);
  for (const fact of facts) lines.push(...wrap(fact, width, indent));
  if (licensure.note) lines.push(...wrap(licensure.note, width, indent));
  return lines;
}

function boardLine(board: StateLicensure['board'], width: number): string[] {
  if (!board) return wrap('board: not in our data', width, '  ');
  return wrap(
    `${board.name}${board.url ? ` · ${board.url}` : ' · web address not in our data'}`,
    width,
    '  ',
  );
}

/** `explore states XX`: one state in full. */
export function renderState(data: Data, state: State, width = 80): string {
  const at = (id: string) => licensureFor(data, state.code, id);
  const levels = [
    ["Bachelor's", at('lbsw')],
    ["Master's", at('lmsw')],
    ['Clinical', at('lcsw')],
  ] as const;
  const counselor = at('lpc');
  const nlc = state.nursing.nlc;
  const compact =
    nlc.member === null
      ? 'Whether it is in the Nurse Licensure Compact is not in our data.'
      : nlc.member
        ? `In the Nurse Licensure Compact${nlc.since ? ` (multistate licenses from ${formatMonth(nlc.since)})` : ''}: a multistate RN license from another member state is valid here.`
        : 'Not in the Nurse Licensure Compact: a nurse licensed elsewhere applies for licensure by endorsement.';
  const gaps = [...levels.map(([, licensure]) => licensure), counselor]
    .filter((licensure) => licensure.fallback_note !== null)
    .map((licensure) => `${licensure.title}: ${licensure.fallback_note}`);
  const out = [
    `${state.name} (${state.code}) · state licensure`,
    '',
    ...wrap(state.summary, width),
    '',
    'SOCIAL WORK',
    ...boardLine(levels[0][1].board, width),
    ...levels.flatMap(([label, licensure]) => credentialLines(data, label, licensure, width)),
    '',
    'COUNSELING',
    ...boardLine(counselor.board, width),
    ...credentialLines(data, 'License', counselor, width),
    '',
    'NURSING',
    ...wrap(compact, width, '  '),
    ...(nlc.note ? wrap(nlc.note, width, '  ') : []),
    ...wrap(
      state.nursing.board
        ? `Board of nursing: ${state.nursing.board.name}${state.nursing.board.url ? ` · ${state.nursing.board.url}` : ''}`
        : 'Board of nursing: not in our data; RN requirements follow the national route (approved program, NCLEX-RN).',
      width,
      '  ',
    ),
  ];
  if (gaps.length > 0) {
    out.push('', 'NOT IN OUR DATA', ...gaps.flatMap((gap) => wrap(gap, width, '  ', '- ')));
  }
  const sources = [
    ...state.social_work.board.sources,
    ...levels.flatMap(([, licensure]) => licensure.sources),
    ...counselor.sources,
    ...nlc.sources,
  ];
  out.push('', 'SOURCES', ...sourceLines(sources, width), '');
  return out.join('\n');
}

/** `explore states XX` for a US state the data does not cover: the national defaults, said plainly. */
export function renderStateNotInData(data: Data, code: string, width = 80): string {
  const rows = ['lbsw', 'lmsw', 'lcsw', 'lpc'].map((id) => licensureFor(data, code, id));
  const lines = rows.flatMap((licensure) => {
    const facts = [`exam: ${examsText(data, licensure) ?? 'not known'}`];
    if (licensure.national_range.hours) {
      const { min, max } = licensure.national_range.hours;
      facts.push(`${formatNumber(min)} to ${formatNumber(max)} supervised hours, by state`);
    }
    return [
      ...wrap(licensure.name ?? '', width, '  ', `${(licensure.title ?? '').padEnd(6)}`),
      ...facts.flatMap((fact) => wrap(fact, width, '        ')),
    ];
  });
  return [
    `${code} · not in our state data`,
    '',
    ...wrap(
      `${code} is not in our state data yet, so casemgr-path plans with the national defaults below; titles, exams and hours differ by state. Check with the ${code} social work, counseling and nursing boards.`,
      width,
    ),
    '',
    ...lines,
    '',
    ...wrap(`The states we cover: ${data.states.map((state) => state.code).join(', ')}.`, width),
    'National defaults in full: casemgr-path explore licenses',
    '',
  ].join('\n');
}
