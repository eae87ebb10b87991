import type { Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Source } from '../data/schema/common.js';
import {
  compactMemberAt,
  licensureFor,
  type NurseLicenseReach,
  nurseLicenseValidIn,
  plannedSupervisionMonths,
  type StateLicensure,
  stateFor,
  supervisionSetByHours,
  titleIn,
} from '../data/state-licensure.js';
import type { Profile } from '../profile/schema.js';
import { ASSUME, type PlanContext } from './context.js';
import { type DraftSet, sourceRefs } from './draft.js';
import { fixed, given, type Phrase, phrase } from './phrases/index.js';

/**
 * Makes license steps state-specific: the state's title, exams, supervised practice and board
 * (national defaults with a visible note when the state is not in the data), plus licensure by
 * endorsement for a license held in a state the person's state does not recognize. Pure.
 */

export interface StateLicenseFacts {
  licensure: StateLicensure;
  /** False only when the state is known to have no credential at this level. */
  available: boolean;
  /** The title to show (LSW, ASW, LMSW (clinical)); the national abbreviation otherwise. */
  short: string;
  /** Exam ids to plan: the state's, or the national default when the state's are not known. */
  exams: string[];
  examsMode: 'all' | 'any';
  /** The state's exam for the title is not in our sources: the board may set one (Ohio's law does). */
  examUnknown: boolean;
  /** Months of supervised practice to plan, or null when the license needs none. */
  supervisionMonths: number | null;
  /** "Get your LCSW license in Texas", "Register as an ASW in California". */
  title: Phrase;
  /** Sentences for the license step: the state's title, exams, board, and what is not known. */
  licenseWhy: readonly Phrase[];
  /**
   * What the license is, for its step: the license's state summary where the state's own facts
   * are given beside it and the data has one (no "most states ask…" in a New York plan); else the
   * national summary where it can stand beside the state's facts: not where the state does not
   * ask for the national exam it names (a California registration), or its exam is unknown
   * (Michigan's clinical designation), so that no national default sits next to "ask the board".
   * Null when neither fits.
   */
  summary: string | null;
  /** Sentences for the supervised-practice step. */
  supervisionWhy: readonly Phrase[];
  /** The same, when `credited` months already count and `left` remain. */
  supervisionWhyLeft: (left: number, credited: number) => Phrase[];
  /** What the state asks of the supervised practice and its own note on it (empty when neither). */
  supervisionAsks: readonly Phrase[];
  sources: readonly Source[];
}

export function stateLicenseTitle(licensure: StateLicensure): Phrase {
  return phrase('state.title', {
    title: licensure.title ?? licensure.license.toUpperCase(),
    where: licensure.state_name ?? licensure.state ?? null,
    kind: licensure.source === 'state' ? licensure.kind : 'license',
  });
}

/**
 * A credential the person holds, named as its state issues it ("LSW license" for an Illinois
 * `lmsw`, "ASW registration", "CSW certification"): the state's title (or the national
 * abbreviation) and the kind of credential.
 */
export function heldCredential(
  data: Data,
  held: { type: string; state?: string },
  profileState?: string,
): Phrase {
  const license = data.byId.licenses.get(held.type);
  if (!license) return phrase('state.held-credential', { title: held.type.toUpperCase(), kind: 'license' });
  const licensure = licensureFor(data, held.state ?? profileState, license.id);
  const fromState = licensure.source === 'state';
  const title = titleIn(licensure, license.abbreviation);
  return phrase('state.held-credential', {
    title,
    kind: license.kind ?? (fromState ? licensure.kind : 'license'),
  });
}

/** Facts already worked out, per data set: one plan asks for the same license in its state many times. */
const factsCache = new WeakMap<Data, Map<string, Readonly<StateLicenseFacts>>>();

/** The license `licenseId` as the person's state grants it (the same object for the same question). */
export function stateLicenseFacts(
  data: Data,
  profile: Pick<Profile, 'state'>,
  licenseId: string,
): Readonly<StateLicenseFacts> {
  let known = factsCache.get(data);
  if (!known) {
    known = new Map();
    factsCache.set(data, known);
  }
  const key = `${profile.state ?? ''}|${licenseId}`;
  let facts = known.get(key);
  if (!facts) {
    // Frozen through its lists too: every plan of this data shares the object, so a plan that
    // added to one of them would change the next person's plan.
    const worked = workOutFacts(data, profile, licenseId);
    for (const list of [worked.licenseWhy, worked.supervisionWhy, worked.supervisionAsks, worked.sources]) {
      Object.freeze(list);
    }
    facts = Object.freeze(worked);
    known.set(key, facts);
  }
  return facts;
}

function workOutFacts(data: Data, profile: Pick<Profile, 'state'>, licenseId: string): StateLicenseFacts {
  const licensure = licensureFor(data, profile.state, licenseId);
  const national = data.byId.licenses.get(licenseId)!;
  const fromState = licensure.source === 'state';
  const stateName = licensure.state_name ?? licensure.state;
  // A state whose exam our sources do not give is asked, never handed the national default as a
  // requirement (the reading of docs/data-provenance.md); only a state not in the data falls back.
  const examUnknown = fromState && licensure.exams === null;
  const exams = examUnknown ? [] : (licensure.exams ?? national.exams);
  const examsMode = licensure.exams === null ? 'any' : licensure.exams_mode;
  const short = titleIn(licensure, national.abbreviation);
  const stateNote = national.state_note ? [given(national.state_note)] : [];

  const identity: Phrase[] = [];
  if (licensure.own_title && licensure.name && licensure.title !== national.abbreviation) {
    identity.push(
      phrase('state.calls-it', {
        state: String(stateName),
        title: String(licensure.title),
        name: licensure.name,
        national: national.abbreviation,
      }),
    );
  }
  // The summary names the national exam (one of them, for the LPC): it stands only where the
  // state asks for it too.
  const summaryFits =
    !examUnknown &&
    (!fromState || national.exams.length === 0 || national.exams.some((id) => exams.includes(id)));
  // A state's own registration (California's ASW) says what it is in its summary already.
  const saysItself = summaryFits && national.state !== undefined && national.kind === 'registration';
  if (fromState && licensure.kind === 'registration' && !saysItself)
    identity.push(fixed('state.registration'));
  if (fromState && licensure.kind === 'voluntary-certification') {
    identity.push(phrase('state.voluntary', { state: String(stateName) }));
  }
  const examNames = exams.map((id) => data.byId.exams.get(id)?.name ?? id);
  if (examUnknown) {
    identity.push(
      phrase('state.exam-unknown', { state: String(stateName), board: licensure.board?.name ?? null }),
    );
  } else if (fromState && examNames.length === 0 && licensure.state_exams.length === 0) {
    identity.push(phrase('state.no-exam', { state: String(stateName) }));
  } else if (fromState && (licensure.state_exams.length > 0 || exams.join() !== national.exams.join())) {
    identity.push(
      phrase('state.exam', {
        exams: { names: examNames, mode: examsMode, stateExams: licensure.state_exams },
      }),
    );
  }
  const board = licensure.board
    ? [phrase('state.board', { name: licensure.board.name, url: licensure.board.url ?? null })]
    : [];
  // With no state, or a state not in the data, the national note on state differences stays.
  // Said from the facts of the gap, so each language words it (the English is the note itself).
  const fallback = licensure.fallback_note && licensure.state ? [phrase('state.gap', { licensure })] : [];
  // A fallback note already says whom to ask; otherwise name the board.
  // An associate license (the NC LCSWA) is the one the hours are earned under: issued before them.
  const stated = national.tier === 'associate' ? null : plannedSupervisionMonths(licensure);
  const needsSupervision = national.supervised_months !== null || stated !== null;
  const supervisionMonths = needsSupervision ? (stated ?? national.supervised_months?.min ?? null) : null;
  // The state's own note (what kind of practice counts, which figure a guide gives): said once,
  // with the supervised practice where there is one, else with the license.
  const ownNote = (fromState || licensure.note_from_board) && licensure.note ? [given(licensure.note)] : [];
  const noteWithPractice = supervisionMonths !== null;
  const licenseWhy = [
    ...identity,
    ...(noteWithPractice ? [] : ownNote),
    ...(fallback.length > 0 ? fallback : fromState ? board : stateNote),
  ];
  let supervisionWhy: Phrase[] = [];
  let supervisionWhyLeft = (_left: number, _credited: number) => [...supervisionWhy];
  let supervisionAsks: Phrase[] = [];
  if (supervisionMonths !== null && fromState) {
    const asks = phrase('state.supervision-asks', { state: String(stateName), licensure });
    // The state's own figure is not in the sources we cite: the national minimum is planned.
    const nationalMinimum = stated === null;
    const fromHours = nationalMinimum ? null : supervisionSetByHours(licensure);
    const after = fallback.length > 0 ? fallback : board;
    supervisionAsks = [asks, ...ownNote];
    supervisionWhy = [
      asks,
      ...ownNote,
      phrase('state.supervision-allows', { months: supervisionMonths, nationalMinimum, fromHours }),
      ...after,
    ];
    supervisionWhyLeft = (left, credited) => [
      asks,
      ...ownNote,
      phrase('state.supervision-left', {
        credited: Math.floor(credited),
        left,
        months: supervisionMonths,
        nationalMinimum,
        fromHours,
      }),
      ...after,
    ];
  } else if (supervisionMonths !== null) {
    supervisionWhy = [
      phrase('state.supervision-national', {
        abbreviation: national.abbreviation,
        hours: national.supervised_hours?.min ?? null,
        months: supervisionMonths,
      }),
      ...stateNote,
      ...fallback,
    ];
  }

  return {
    licensure,
    available: licensure.available !== false,
    short,
    exams,
    examsMode,
    examUnknown,
    supervisionMonths,
    title: stateLicenseTitle(licensure),
    licenseWhy,
    summary:
      fromState && national.state_summary ? national.state_summary : summaryFits ? national.summary : null,
    supervisionWhy,
    supervisionWhyLeft,
    supervisionAsks,
    // A state's own record carries its own sources; of the national ones, a page that speaks for
    // one other state only (the Tennessee board on the RN) is left out, unless nothing else is left.
    sources: fromState ? licensure.sources : forState(national.sources, profile.state),
  };
}

export interface EndorsementNeed {
  license: string;
  held: string;
  target: string;
  reach: NurseLicenseReach;
  /** The license held in the other state is inactive: it carries nowhere, the compact's included. */
  inactive: boolean;
  title: Phrase;
  why: Phrase[];
  sources: Source[];
  /** Study for the exams the state's endorsement rule asks for and the profile lacks (0 if none). */
  studyMonths: number;
}

/**
 * Licenses the person holds in another state than the profile's, which the profile's state does
 * not recognize as they are. Only the Nurse Licensure Compact carries an RN license across a state
 * line in our data; every other license needs licensure by endorsement.
 */
export function endorsementsNeeded(data: Data, profile: Profile, asOf?: Month): EndorsementNeed[] {
  const target = profile.state;
  if (!target) return [];
  const targetState = stateFor(data, target);
  const targetName = targetState?.name ?? target;
  const out: EndorsementNeed[] = [];
  for (const held of profile.licenses) {
    if (held.status === 'restricted' || !held.state || held.state === target) continue;
    const license = data.byId.licenses.get(held.type);
    if (!license) continue;
    const heldName = stateFor(data, held.state)?.name ?? held.state;
    let reach: NurseLicenseReach;
    let explanation: Phrase;
    const inactive = held.status === 'inactive';
    // The national license's pages speak of getting it in the first place (one state's exam route),
    // not of endorsement: a nurse's step cites the compact facts of the states instead.
    const sources = license.id === 'rn' && targetState ? [] : [...license.sources];
    if (license.id === 'rn') {
      reach = nurseLicenseValidIn(data, held.state, target, asOf);
      if (reach === 'same-state') continue;
      explanation =
        reach === 'compact'
          ? // The compact lets a nurse practice across member states, but a new home state issues its own license.
            phrase('state.endorse-compact', { held: heldName, target: targetName })
          : phrase('state.nurse-reach', {
              reach: reach === 'endorsement-needed' ? 'endorsement-needed' : 'unknown',
              held: heldName,
              target: targetName,
              outside: [held.state, target]
                .filter((code) => compactMemberAt(stateFor(data, code), asOf) === false)
                .map((code) => stateFor(data, code)?.name ?? code.toUpperCase()),
              asOf: asOf ?? null,
            });
      if (targetState) sources.push(...targetState.nursing.nlc.sources);
    } else {
      reach = 'endorsement-needed';
      explanation = phrase('state.endorse-needed', {
        abbreviation: license.abbreviation,
        held: heldName,
        target: targetName,
      });
    }
    const local = licensureFor(data, target, license.id);
    const localTitle = local.source === 'state' && local.title ? local.title : license.abbreviation;
    // The target state's own pages speak for its license; the national record's sources are other
    // states' rules (Texas, New York, Florida for the LPC).
    if (license.id !== 'rn' && local.source === 'state' && local.sources.length > 0)
      sources.splice(0, sources.length, ...local.sources, ...(local.endorsement_exams ?? []));
    const examsNotPassed = license.id === 'rn' ? [] : examsNotPassedFor(data, profile, local);
    const studyMonths =
      local.endorsement_exams !== null && examsNotPassed.length > 0
        ? Math.max(
            ...examsLacking(profile, local).map(
              (id) => data.byId.exams.get(id)?.prep_months ?? ASSUME.unnamedExamMonths,
            ),
          )
        : 0;
    out.push({
      license: license.id,
      held: held.state,
      target,
      reach,
      inactive,
      title: phrase('state.endorse-title', {
        title: localTitle,
        state: targetName,
        compact: reach === 'compact',
        inactive,
      }),
      why: [
        // An inactive license carries nowhere: the compact's or endorsement's terms do not apply
        // to it as they stand, and which board acts first is the target board's to say.
        ...(inactive
          ? [
              phrase('state.endorse-inactive', {
                abbreviation: license.abbreviation,
                held: heldName,
                target: targetName,
              }),
            ]
          : [explanation, phrase('state.endorse-still-counts', { held: heldName })]),
        ...(examsNotPassed.length > 0
          ? [
              phrase('state.endorse-exams', {
                title: localTitle,
                state: targetName,
                exams: examsNotPassed,
                required: local.endorsement_exams !== null,
                months: Math.ceil(studyMonths),
              }),
            ]
          : []),
        ...(local.board?.url
          ? [phrase('state.board', { name: local.board.name, url: local.board.url })]
          : []),
        phrase('state.endorse-board', { months: ASSUME.licenseProcessingMonths }),
      ],
      sources,
      studyMonths: Math.ceil(studyMonths),
    });
  }
  return out;
}

/**
 * The exams the target state names for its title that the profile does not show passed (Illinois's
 * LCPC names the NCMHCE beside the NCE): whether an endorsement asks for them is the board's to say.
 */
function examsNotPassedFor(data: Data, profile: Profile, local: StateLicensure): string[] {
  return examsLacking(profile, local).map((id) => data.byId.exams.get(id)?.name ?? id);
}

function examsLacking(profile: Profile, local: StateLicensure): string[] {
  if (local.source !== 'state' || !local.exams) return [];
  const passed = (id: string) => profile.exams_passed.includes(id);
  if (local.exams_mode === 'any' && local.exams.some(passed)) return [];
  return local.exams.filter((id) => !passed(id));
}

/** Adds a step for each license the person's state does not recognize (see endorsementsNeeded). */
export function addEndorsementSteps(ctx: PlanContext, drafts: DraftSet): string[] {
  return endorsementsNeeded(ctx.data, ctx.profile, ctx.asOf).map((need) =>
    drafts.add({
      id: `endorse-${need.license}-${need.target.toLowerCase()}`,
      kind: 'license',
      title: need.title,
      why: need.why,
      cost: null,
      sources: sourceRefs(need.sources),
      // The exams the state's endorsement rule asks for are studied for before the license.
      duration: ASSUME.licenseProcessingMonths + need.studyMonths,
      after: [],
      gains: { credential: need.license },
    }),
  );
}

/**
 * The roadmap caveat for a state the data does not cover, when the plan holds a license step:
 * its titles, exams and hours are national defaults.
 */
export function stateFallbackCaveat(ctx: PlanContext, drafts: DraftSet): Phrase | null {
  const code = ctx.profile.state;
  if (!code || stateFor(ctx.data, code)) return null;
  const licensed = drafts
    .all()
    .some((d) => !d.fixed && !d.keeps && (d.kind === 'license' || d.id.startsWith('supervised-')));
  if (!licensed) return null;
  return phrase('state.fallback', { code });
}

/** The sources that speak for `state` or for no one state; all of them if none would be left. */
function forState(sources: readonly Source[], state: string | null | undefined): Source[] {
  if (!state) return [...sources];
  const code = state.toUpperCase();
  const kept = sources.filter((s) => s.state === undefined || s.state === code);
  return kept.length > 0 ? kept : [...sources];
}
