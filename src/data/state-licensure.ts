import { HOURS_PER_FULL_TIME_MONTH } from '../core/vocabulary.js';
import { examIds } from './exam-ids.js';
import { mergeSources } from './merge-sources.js';
import type { Data } from './model.js';
import type { Source } from './schema/common.js';
import type { License } from './schema/families.js';
import type { Rule } from './schema/rules.js';
import type {
  AssociateTitle,
  ClinicalLevel,
  CounselorLicense,
  DurationMonths,
  Reactivation,
  Renewal,
  SocialWorkLevel,
  State,
  StateBoard,
  TitleKind,
} from './schema/states.js';

/**
 * Per-state licensure, read from states.yaml with licenses.yaml as the national default. Pure:
 * no I/O, so the planner, the explorer and tests call it directly.
 */

export type LicensureSource = 'state' | 'national-default';

export type EarlyStateExam = NonNullable<ClinicalLevel['early_state_exam']>;

export interface StateLicensure {
  license: string;
  /** The state asked about (upper case), or null when none was given. */
  state: string | null;
  state_name: string | null;
  source: LicensureSource;
  /** false: the state has no credential at this level; null: not known. */
  available: boolean | null;
  kind: TitleKind;
  /**
   * The title lets the holder practice (and assess clients) on their own. False for every
   * registration, voluntary certification and associate license.
   */
  independent_practice: boolean;
  /** The licenses.yaml id the state's title has (ca-asw for the CA master's level); null: none. */
  state_license: string | null;
  /** Short title (LBSW, LISW, LMHC); null when the state has nothing at this level. */
  title: string | null;
  /**
   * `title` is the state's own name for the credential: from its entry, or a state title for a
   * license whose rules are otherwise national (the Texas and California LVN).
   */
  own_title: boolean;
  name: string | null;
  associate_title: string | null;
  /** Exam ids; [] = no exam; null = not known. */
  exams: string[] | null;
  exams_mode: 'all' | 'any';
  state_exams: string[];
  /** `board-first`: the board approves you to sit the exam once you apply; null: not in our sources. */
  exam_approval: 'board-first' | null;
  /** Licensure by endorsement asks for the title's exams too: the rule that says so; null when not in our sources. */
  endorsement_exams: Source[] | null;
  /** The board's fee to apply for the title; null when our sources do not give it. */
  application_fee_usd: number | null;
  /** A state exam taken while the associate credential is held, before the national exam. */
  early_state_exam: EarlyStateExam | null;
  /** The national exam is passed while the associate credential is held, within these months of its issue. */
  exam_within_associate_months: number | null;
  supervised_hours: number | null;
  /** National defaults only: the spread of hours and minimum months across states. */
  national_range: { hours: { min: number; max: number } | null; months: { min: number; max: number } | null };
  min_months: DurationMonths;
  max_months: DurationMonths;
  supervision_hours: number | null;
  /** The minimum as the rule words it, in weeks (Florida's 100), beside `min_months`. */
  min_weeks: number | null;
  /** Supervision as a monthly rate (Texas LPC: 4 hours a month), where the rule gives one. */
  supervision_hours_per_month: number | null;
  /** The supervision figures only third-party pages give (not the board or the law); [] if none. */
  third_party_figures: readonly ThirdPartyFigure[];
  /** The supervised work the state counts toward the title, as rule data; null where not given. */
  practice: Rule | null;
  associate_expires_months: number | null;
  /** How long each issue of the associate credential lasts (renewed in between); null when not given. */
  associate_issued_months: number | null;
  /** The licenses.yaml id of the associate credential, when it has one of its own. */
  associate_license: string | null;
  /** How to reactivate an inactive or lapsed title; [] when our sources do not say. */
  reactivation: Reactivation[];
  /** How often the title renews and its CE per cycle; null when our sources do not say. */
  renewal: Renewal | null;
  board: { name: string; url: string | null } | null;
  /** The state's own note (what is unusual or missing), when it has one. */
  note: string | null;
  /**
   * `note` is the state board's own note on a license the state does not retitle (its board of
   * nursing's on a first RN license: Texas's fingerprint check), not the national record's.
   */
  note_from_board?: true;
  /** Set when national defaults stand in, or when some value is unknown: says whom to ask. */
  fallback_note: string | null;
  /** What `fallback_note` says, as facts, so that a view can say it in another language. */
  gap: LicensureGap | null;
  sources: Source[];
}

export type ThirdPartyFigure = 'supervised_hours' | 'min_months' | 'max_months' | 'supervision_hours';

/** `uncovered`: no part of a state record speaks for the license (the LMFT): national facts only. */
type Section = 'bachelor' | 'master' | 'clinical' | 'counseling' | 'nursing' | 'uncovered';

/** A value a state's entry leaves unknown (null), in the order `fallback_note` names them. */
export type UnknownFact =
  | 'available'
  | 'exams'
  | 'supervised_hours'
  | 'min_months'
  | 'max_months'
  | 'supervision_hours';

/**
 * Why national defaults stand in (`national_default`; the state, its name and the title say for
 * which), or which values the state's entry leaves unknown; and which board to ask when the
 * entry names none.
 */
export interface LicensureGap {
  national_default: boolean;
  unknown: UnknownFact[];
  board_of: 'social-work' | 'counseling' | 'nursing';
}

/** The national license's exam approval (the NCLEX's authorization to test), for a state title that keeps its exams. */
function nationalApproval(license: License, exams: string[] | null): 'board-first' | null {
  if (!license.exam_approval || exams === null) return null;
  const same = exams.length === license.exams.length && exams.every((id) => license.exams.includes(id));
  return same ? license.exam_approval : null;
}

function boardOf(section: Section): LicensureGap['board_of'] {
  if (section === 'uncovered') return 'counseling';
  return section === 'counseling' || section === 'nursing' ? section : 'social-work';
}

/** Which part of a state record speaks for a license, from the license's discipline and tier. */
export function sectionOf(license: License): Section {
  // A license the data only credits has no state entry: reading it from the counselor entry
  // would make California's LPCC speak for the LMFT.
  if (license.planned === false) return 'uncovered';
  if (license.discipline === 'nursing') return 'nursing';
  if (license.discipline === 'counseling') return 'counseling';
  if (license.tier === 'bachelor' || license.tier === 'master' || license.tier === 'clinical')
    return license.tier;
  return 'clinical';
}

export function stateFor(data: Data, code: string | undefined | null): State | undefined {
  return code ? data.byId.states.get(code.toLowerCase()) : undefined;
}

const DISCIPLINE_BOARD: Record<Section, string> = {
  bachelor: 'social work board',
  master: 'social work board',
  clinical: 'social work board',
  counseling: 'counseling board',
  nursing: 'board of nursing',
  uncovered: 'licensing board',
};

/** "check with the Texas BHEC at https://…", or the generic board when none is known. */
export function checkWith(board: { name: string; url: string | null } | null, fallback: string): string {
  if (!board) return `check with ${fallback}`;
  return board.url
    ? `check with the ${board.name} at ${board.url}`
    : `check with the ${board.name} (its web address is not in the sources we cite)`;
}

const UNKNOWN_LABELS: [UnknownFact, string][] = [
  ['available', 'whether the state has this credential'],
  ['exams', 'the exam'],
  ['supervised_hours', 'the supervised-hour total'],
  ['min_months', 'the minimum duration'],
  ['max_months', 'the maximum duration'],
  ['supervision_hours', 'the hours of supervision'],
];

function nationalDefault(license: License, code: string | null, stateName: string | null): StateLicensure {
  const section = sectionOf(license);
  const where = stateName ?? code;
  const differ = 'these are national defaults, and titles, exams and hours differ by state';
  const fallback_note = !where
    ? `No state given: ${differ}; add your state to see its rules.`
    : stateName && section === 'nursing'
      ? // A nursing license's title and exam are the same everywhere; what a state adds is its board's.
        `Our data for ${stateName} holds none of its board's own rules for the ${license.abbreviation}: the steps follow the national path to it (its exam is the same in every state), and each board sets its own application steps, checks and fees; check with the ${stateName} ${DISCIPLINE_BOARD[section]}.`
      : stateName
        ? `Our data for ${stateName} does not cover the ${license.abbreviation}: ${differ}; check with the ${stateName} ${DISCIPLINE_BOARD[section]}.`
        : `${where} is not in our state data yet: ${differ}; check with the ${where} ${DISCIPLINE_BOARD[section]}.`;
  return {
    license: license.id,
    state: code,
    state_name: stateName,
    source: 'national-default',
    available: true,
    kind: license.kind ?? 'license',
    independent_practice: license.independent_practice,
    state_license: license.id,
    title: license.abbreviation,
    own_title: false,
    name: license.name,
    associate_title: null,
    exams: [...license.exams],
    exams_mode: license.exams.length > 1 ? 'any' : 'all',
    state_exams: [],
    exam_approval: license.exam_approval ?? null,
    endorsement_exams: null,
    application_fee_usd: null,
    early_state_exam: null,
    exam_within_associate_months: null,
    min_weeks: null,
    supervision_hours_per_month: null,
    third_party_figures: [],
    practice: null,
    supervised_hours: null,
    national_range: { hours: license.supervised_hours, months: license.supervised_months },
    min_months: license.supervised_months?.min ?? null,
    max_months: null,
    supervision_hours: null,
    associate_expires_months: null,
    associate_issued_months: null,
    associate_license: null,
    reactivation: [],
    renewal: null,
    board: null,
    note: license.state_note ?? null,
    fallback_note,
    gap: { national_default: true, unknown: [], board_of: boardOf(section) },
    sources: license.sources,
  };
}

function boardView(board: StateBoard | null): { name: string; url: string | null } | null {
  return board ? { name: board.name, url: board.url } : null;
}

/** The associate credential's title and id, resolving `level: master` to that level's title. */
function associateOf(
  state: State,
  associate: AssociateTitle | undefined,
): { title: string | null; license: string | null; expires: number | null; issued: number | null } {
  if (!associate) return { title: null, license: null, expires: null, issued: null };
  if ('level' in associate) {
    const level = state.social_work[associate.level];
    return {
      title: level.title,
      license: level.license,
      expires: level.expires_months ?? null,
      issued: null,
    };
  }
  return {
    title: associate.title,
    license: associate.license,
    expires: associate.expires_months ?? null,
    issued: associate.issued_months ?? null,
  };
}

function fromState(
  license: License,
  state: State,
  entry: SocialWorkLevel | ClinicalLevel | CounselorLicense,
  board: StateBoard | null,
  section: Section,
): StateLicensure {
  // Bachelor's and master's levels state supervision only when the state asks for some.
  const supervision: Partial<ClinicalLevel> = entry;
  const associate = associateOf(state, entry.associate);
  const result: StateLicensure = {
    license: license.id,
    state: state.code,
    state_name: state.name,
    source: 'state',
    available: 'available' in entry ? entry.available : true,
    kind: entry.kind ?? 'license',
    independent_practice: entry.independent_practice ?? false,
    state_license: entry.license,
    title: entry.title,
    own_title: true,
    name: entry.name,
    associate_title: associate.title,
    exams: examIds(entry.exam),
    exams_mode: entry.exams_mode ?? 'all',
    state_exams: entry.state_exams ?? [],
    exam_approval: entry.exam_approval ?? nationalApproval(license, examIds(entry.exam)),
    endorsement_exams: 'endorsement_exams' in entry ? (entry.endorsement_exams?.sources ?? null) : null,
    application_fee_usd: entry.application_fee_usd ?? null,
    early_state_exam: entry.early_state_exam ?? null,
    exam_within_associate_months:
      'exam_within_associate_months' in entry ? (entry.exam_within_associate_months ?? null) : null,
    supervised_hours: supervision.supervised_hours ?? null,
    national_range: { hours: null, months: null },
    min_months: supervision.min_months ?? null,
    max_months: supervision.max_months ?? null,
    supervision_hours: supervision.supervision_hours ?? null,
    min_weeks: supervision.min_weeks ?? null,
    supervision_hours_per_month: supervision.supervision_hours_per_month ?? null,
    third_party_figures: supervision.third_party_figures ?? [],
    practice: ('practice' in entry ? entry.practice : undefined) ?? null,
    associate_expires_months: associate.expires,
    associate_issued_months: associate.issued,
    associate_license: associate.license,
    reactivation: entry.reactivation ?? [],
    renewal: entry.renewal ?? null,
    board: boardView(board),
    note: entry.note ?? null,
    fallback_note: null,
    gap: null,
    sources: entry.sources,
  };
  if (result.available === false) return result;
  const asked = (key: keyof StateLicensure) => (key === 'exams' ? 'exam' in entry : key in entry);
  // A limit the rule sets another way is not unknown: the associate credential's expiry caps
  // the duration, and a monthly supervision rate stands for a total.
  const coveredOtherwise = (key: UnknownFact) =>
    (key === 'max_months' && result.associate_expires_months !== null) ||
    (key === 'supervision_hours' && result.supervision_hours_per_month !== null);
  const missing = UNKNOWN_LABELS.filter(
    ([key]) => asked(key) && result[key] === null && !coveredOtherwise(key),
  );
  const unknown = missing.map(([, label]) => label);
  if (unknown.length > 0) {
    result.gap = {
      national_default: false,
      unknown: missing.map(([key]) => key),
      board_of: boardOf(section),
    };
    result.fallback_note = `Not in the sources we cite for ${state.name}: ${unknown.join(', ')}; ${checkWith(
      result.board,
      `the ${state.name} ${DISCIPLINE_BOARD[section]}`,
    )}.`;
  }
  return result;
}

/**
 * The licensure facts for `licenseId` in `stateCode`: the state's own when states.yaml has them,
 * the national default from licenses.yaml otherwise (with a `fallback_note` saying so).
 */
export function licensureFor(
  data: Data,
  stateCode: string | undefined | null,
  licenseId: string,
): StateLicensure {
  const license = data.byId.licenses.get(licenseId);
  if (!license) throw new RangeError(`unknown license id: ${licenseId}`);
  const code = stateCode ? stateCode.toUpperCase() : null;
  const state = stateFor(data, code);
  const section = sectionOf(license);
  if (section === 'uncovered') return nationalDefault(license, code, state?.name ?? null);
  if (state && section !== 'nursing') {
    const own = associateLicensure(license, state);
    if (own) return own;
  }
  if (!state || section === 'nursing') {
    const result = nationalDefault(license, code, state?.name ?? null);
    if (state && section === 'nursing') {
      result.reactivation = state.nursing.reactivation ?? [];
      // The state's board of nursing and its renewal rule are the RN's: a state whose practical
      // nurses have a board of their own (California's LVNs) would otherwise be misnamed.
      if (license.tier !== 'practical') {
        result.board = boardView(state.nursing.board);
        result.renewal = state.nursing.renewal ?? null;
        if (state.nursing.licensure_note) {
          result.note = state.nursing.licensure_note;
          result.note_from_board = true;
        }
        // A state whose board the data names is not "not covered": say what it gives, and whom to ask.
        if (result.board) {
          result.fallback_note = `Our data for ${state.name} names its board of nursing and gives only some of its rules for the ${license.abbreviation}: the rest are national defaults; ${checkWith(result.board, `the ${state.name} board of nursing`)}.`;
          // The state's own board pages stand in for another state's, cited nationally as an
          // example of licensure by examination (Tennessee's, in a Texas plan).
          result.sources = mergeSources(
            result.sources.filter(
              (src) => !src.state || src.state.toUpperCase() === state.code.toUpperCase(),
            ),
            state.nursing.board?.sources ?? [],
          );
        }
      }
      // Asked of every initial nursing license, RN and LPN alike (Texas's jurisprudence exam).
      const stateExams = state.nursing.state_exams ?? [];
      if (stateExams.length > 0) {
        result.state_exams = stateExams;
        result.sources = mergeSources(result.sources, state.nursing.board?.sources ?? []);
      }
      const practical = state.nursing.practical_title;
      if (practical && license.tier === 'practical') {
        result.title = practical.title;
        result.name = practical.name;
        result.own_title = true;
        result.sources = [...result.sources, ...practical.sources];
      }
    }
    return result;
  }
  if (section !== 'counseling') {
    return fromState(license, state, state.social_work[section], state.social_work.board, section);
  }
  // A state whose counselor license is not in the data falls back like a state not in the data.
  if (!state.counseling) return nationalDefault(license, code, state.name);
  return fromState(license, state, state.counseling, state.counseling.board, section);
}

/**
 * A state's own associate credential (NC LCSWA, TX LPC Associate) asked for by its id: its own
 * facts, with the board and the supervised practice of the title it leads to.
 */
function associateLicensure(license: License, state: State): StateLicensure | undefined {
  const parents = [
    { entry: state.social_work.clinical, board: state.social_work.board, section: 'clinical' as const },
    ...(state.counseling
      ? [{ entry: state.counseling, board: state.counseling.board, section: 'counseling' as const }]
      : []),
  ];
  for (const { entry, board, section } of parents) {
    const associate = entry.associate;
    if (!associate || 'level' in associate || associate.license !== license.id) continue;
    const base = fromState(license, state, entry, board, section);
    return {
      ...base,
      kind: associate.kind,
      independent_practice: false,
      state_license: associate.license,
      title: associate.title,
      name: associate.name,
      associate_title: null,
      associate_license: null,
      exams: examIds(associate.exam),
      exams_mode: 'all',
      state_exams: [],
      exam_approval: associate.exam_approval ?? null,
      endorsement_exams: null,
      // The clinical title's fee is not the associate's.
      application_fee_usd: null,
      early_state_exam: null,
      exam_within_associate_months: null,
      min_weeks: null,
      supervision_hours_per_month: null,
      associate_expires_months: associate.expires_months ?? null,
      associate_issued_months: associate.issued_months ?? null,
      reactivation: [],
      renewal: null,
      note: associate.note ?? null,
      fallback_note:
        associate.exam === 'unknown'
          ? `Not in the sources we cite for ${state.name}: the exam; ${checkWith(base.board, `the ${state.name} ${DISCIPLINE_BOARD[section]}`)}.`
          : null,
      gap:
        associate.exam === 'unknown'
          ? { national_default: false, unknown: ['exams'], board_of: boardOf(section) }
          : null,
      sources: associate.sources,
    };
  }
  return undefined;
}

/**
 * Months to plan for the supervised practice: the state's minimum duration, or the time the
 * hours take at full time when that is longer (or when no minimum is set). Null when neither is
 * known.
 */
export function plannedSupervisionMonths(licensure: StateLicensure): number | null {
  const minimum = typeof licensure.min_months === 'number' ? licensure.min_months : null;
  const hours = licensure.supervised_hours;
  const fullTime = hours === null ? null : Math.ceil(hours / HOURS_PER_FULL_TIME_MONTH);
  if (minimum === null) return fullTime;
  return fullTime === null ? minimum : Math.max(minimum, fullTime);
}

/**
 * The supervised hours whose full-time months set `plannedSupervisionMonths` (North Carolina's
 * LCMHC: 3,000 hours and no minimum duration), so the plan can say where its months come from;
 * null when the state's minimum duration sets them, or nothing is known.
 */
export function supervisionSetByHours(licensure: StateLicensure): number | null {
  const hours = licensure.supervised_hours;
  const planned = plannedSupervisionMonths(licensure);
  if (hours === null || planned === null) return null;
  const minimum = typeof licensure.min_months === 'number' ? licensure.min_months : null;
  return minimum !== null && minimum >= planned ? null : hours;
}

/** The license's short title as `licensure`'s state calls it, else the national abbreviation. */
export function titleIn(licensure: StateLicensure, abbreviation: string): string {
  return licensure.own_title && licensure.title ? licensure.title : abbreviation;
}

export type NurseLicenseReach = 'compact' | 'same-state' | 'endorsement-needed' | 'unknown';

/** In the compact at `asOf`: true, false, or null when not known (state not in the data). */
export function compactMemberAt(state: State | undefined, asOf?: string): boolean | null {
  if (!state) return null;
  const { member, since } = state.nursing.nlc;
  if (member !== true) return member;
  if (asOf && since && since > asOf) return false;
  return true;
}

/**
 * Whether an RN license held in `heldState` lets a nurse work in `targetState`: a multistate
 * license when both are compact members, the same license in the same state, licensure by
 * endorsement when either is known not to be in the compact, and unknown otherwise.
 * (The compact also asks that the home state be where the nurse lives; that is the board's check.)
 */
export function nurseLicenseValidIn(
  data: Data,
  heldState: string | undefined | null,
  targetState: string | undefined | null,
  asOf?: string,
): NurseLicenseReach {
  if (!heldState || !targetState) return 'unknown';
  if (heldState.toUpperCase() === targetState.toUpperCase()) return 'same-state';
  const held = compactMemberAt(stateFor(data, heldState), asOf);
  const target = compactMemberAt(stateFor(data, targetState), asOf);
  if (held === false || target === false) return 'endorsement-needed';
  if (held === true && target === true) return 'compact';
  return 'unknown';
}

/** One sentence for a person, naming both states, on what `nurseLicenseValidIn` found. */
export function explainNurseReach(
  data: Data,
  heldState: string,
  targetState: string,
  reach: NurseLicenseReach,
  asOf?: string,
): string {
  const nameOf = (code: string) => stateFor(data, code)?.name ?? code.toUpperCase();
  const held = nameOf(heldState);
  const target = nameOf(targetState);
  switch (reach) {
    case 'same-state':
      return `Your ${held} RN license is a ${target} license.`;
    case 'compact':
      return `${held} and ${target} are both in the Nurse Licensure Compact: a multistate license from your home state lets you practice in ${target}.`;
    case 'endorsement-needed': {
      const outside = [heldState, targetState]
        .filter((code) => compactMemberAt(stateFor(data, code), asOf) === false)
        .map(nameOf);
      const verb = outside.length > 1 ? 'are' : 'is';
      return `${outside.join(' and ')} ${verb} not in the Nurse Licensure Compact${asOf ? ` as of ${asOf}` : ''}: to work in ${target} you apply to its board of nursing for licensure by endorsement.`;
    }
    default:
      return `Whether your ${held} RN license covers ${target} is not in the sources we cite; check with the ${target} board of nursing.`;
  }
}
