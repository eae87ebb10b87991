import { formatMonth } from '../../core/month.js';
import { formatNumber } from '../../core/number.js';
import type { Data } from '../../data/model.js';
import type { State } from '../../data/schema/families.js';
import type { StateLicensure } from '../../data/state-licensure.js';
import { examsText, supervisionText, titleText } from './state-licensure-text.js';

/** The four credentials a state's page shows, by the part of the state's record they come from. */
export type StateLevel = 'bachelor' | 'master' | 'clinical' | 'counseling';

/**
 * The words of `explore states` (the comparison table) and `explore states XX` (one state in
 * full) around the data's own text. A second language implements the same interface
 * (`es/explore-states.ts`).
 */
export interface ExploreStatesMessages {
  /** The table's ten column headings; each fits its column (2, 5, 7, 7, 5, 6, 7, 5, 5, 8). */
  columns: readonly string[];
  /** Table cells: an exam the state does not ask for, no time limit, in the compact (since a year). */
  noExam: string;
  anyDuration: string;
  inCompact(year: string | undefined): string;
  notInCompact: string;
  tableTitle(states: number): string;
  /** What the columns and marks mean: a paragraph to wrap, then lines kept as they are. */
  legend: string;
  legendKeys: readonly string[];
  oneState(code: string): string;

  stateTitle(state: State): string;
  socialWork: string;
  counseling: string;
  nursing: string;
  notInData: string;
  sources: string;
  /** Each credential's label at the start of its lines. */
  levels: Readonly<Record<StateLevel, string>>;
  /** "LCSW (Licensed Clinical Social Worker)", or that there is no credential at this level. */
  title(licensure: StateLicensure): string;
  /** A registration or a voluntary certification: "a registration, not a license". */
  notALicense(kind: StateLicensure['kind']): string;
  hoursEarnedAs(title: string): string;
  /** "3,000 supervised hours over at least 24 months, within 72 months". */
  supervision(licensure: StateLicensure): string;
  afterMonths(months: number): string;
  /** "exam: ASWB Clinical exam and California law and ethics exam"; "no exam"; "not known". */
  exams(data: Data, licensure: StateLicensure): string;
  /** The board's line: "Board of Behavioral Sciences (BBS) · https://www.bbs.ca.gov". */
  board(board: StateLicensure['board']): string;
  /** The Nurse Licensure Compact, in one sentence. */
  compact(nlc: State['nursing']['nlc']): string;
  nursingBoard(board: State['nursing']['board']): string;
  /** One line of NOT IN THE SOURCES WE CITE: what is unknown, whom to ask. */
  gap(licensure: StateLicensure): string;
  source(title: string, official: boolean, asOf: string): string;

  /** `explore states WA`, a US state the data does not cover. */
  notCoveredTitle(code: string): string;
  notCovered(code: string): string;
  nationalHours(min: number, max: number): string;
  covered(codes: readonly string[]): string;
  nationalInFull: string;
}

export const enExploreStates: ExploreStatesMessages = {
  columns: ['', 'BSW', 'MSW', 'Clin.', 'Hours', 'Months', 'Exam', 'Couns', 'Hours', 'NLC'],
  noExam: 'none',
  anyDuration: 'any',
  inCompact: (year) => (year ? `yes ${year}` : 'yes'),
  notInCompact: 'no',
  tableTitle: (states) => `State licensure · ${states} states · other states use national defaults`,
  legend:
    'BSW, MSW, Clin.: the social work title open to each degree, then the clinical license ' +
    'with its supervised Hours, Months (least-most) and Exam. Couns: the independent counselor ' +
    'license and its hours. NLC: in the Nurse Licensure Compact (the year it began).',
  legendKeys: [
    '- none at this level   ? not in sources: ask the board   * a registration',
    '+ a voluntary certification   24+ no upper limit   any: no time limit',
    'Clin: ASWB Clinical exam   +st: a state exam as well   Intern: clinical intern',
  ],
  oneState: (code) => `One state in full: casemgr-path explore states ${code}`,

  stateTitle: (state) => `${state.name} (${state.code}) · state licensure`,
  socialWork: 'SOCIAL WORK',
  counseling: 'COUNSELING',
  nursing: 'NURSING',
  notInData: 'NOT IN THE SOURCES WE CITE',
  sources: 'SOURCES',
  levels: { bachelor: "Bachelor's", master: "Master's", clinical: 'Clinical', counseling: 'License' },
  title: titleText,
  notALicense: (kind) => `a ${kind.replace('-', ' ')}, not a license`,
  hoursEarnedAs: (title) => `hours earned as ${title}`,
  supervision: supervisionText,
  afterMonths: (months) => `after at least ${months} months of supervised experience`,
  exams: (data, licensure) => `exam: ${examsText(data, licensure) ?? 'not known'}`,
  board: (board) =>
    board
      ? `${board.name}${board.url ? ` · ${board.url}` : ' · web address not in the sources we cite'}`
      : 'board: not in the sources we cite',
  compact: (nlc) =>
    nlc.member === null
      ? 'Whether it is in the Nurse Licensure Compact is not in the sources we cite.'
      : nlc.member
        ? `In the Nurse Licensure Compact${nlc.since ? ` (multistate licenses from ${formatMonth(nlc.since)})` : ''}: a multistate RN license from another member state is valid here.`
        : 'Not in the Nurse Licensure Compact: a nurse licensed elsewhere applies for licensure by endorsement.',
  nursingBoard: (board) =>
    board
      ? `Board of nursing: ${board.name}${board.url ? ` · ${board.url}` : ''}`
      : 'Board of nursing: not in the sources we cite; RN requirements follow the national route (approved program, NCLEX-RN).',
  // The planner says the same note after its steps (data/state-licensure.ts writes it once).
  gap: (licensure) => `${licensure.title}: ${licensure.fallback_note}`,
  source: (title, official, asOf) => `${title} (${official ? 'official' : 'third-party'}, ${asOf})`,

  notCoveredTitle: (code) => `${code} · not in our state data`,
  notCovered: (code) =>
    `${code} is not in our state data yet, so casemgr-path plans with the national defaults below; titles, exams and hours differ by state. Check with the ${code} social work, counseling and nursing boards.`,
  nationalHours: (min, max) => `${formatNumber(min)} to ${formatNumber(max)} supervised hours, by state`,
  covered: (codes) => `The states we cover: ${codes.join(', ')}.`,
  nationalInFull: 'National defaults in full: casemgr-path explore licenses',
};
