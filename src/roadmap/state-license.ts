import type { Month } from '../core/month.js';
import { formatNumber } from '../core/number.js';
import type { Data } from '../data/model.js';
import type { Source } from '../data/schema/common.js';
import {
  explainNurseReach,
  licensureFor,
  type NurseLicenseReach,
  nurseLicenseValidIn,
  plannedSupervisionMonths,
  type StateLicensure,
  stateFor,
} from '../data/state-licensure.js';
import { examsText, supervisionText } from '../data/state-licensure-text.js';
import type { Profile } from '../profile/schema.js';
import { ASSUME, type PlanContext } from './context.js';
import { type DraftSet, sourceRefs } from './draft.js';
import { article, capitalize, span } from './labels.js';
import { english, type Phrase, phrase } from './phrases/index.js';

/**
 * Makes license steps state-specific: the state's title, exams, supervised practice and board
 * (national defaults with a visible note when the state is not in the data), plus licensure by
 * endorsement for a license held in a state the person's state does not recognise. Pure.
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
  /** Months of supervised practice to plan, or null when the license needs none. */
  supervisionMonths: number | null;
  /** "Get your LCSW license in Texas", "Register as an ASW in California". */
  title: string;
  /** Sentences for the license step: the state's title, exams, board, and what is not known. */
  licenseWhy: string;
  /** Sentences for the supervised-practice step. */
  supervisionWhy: string;
  /** The same, when `credited` months already count and `left` remain. */
  supervisionWhyLeft: (left: number, credited: number) => string;
  sources: Source[];
}

export function stateLicenseTitle(licensure: StateLicensure): string {
  const title = licensure.title ?? licensure.license.toUpperCase();
  const where = licensure.state_name
    ? ` in ${licensure.state_name}`
    : licensure.state
      ? ` in ${licensure.state}`
      : '';
  if (licensure.source !== 'state') return `Get your ${title} license${where}`;
  switch (licensure.kind) {
    case 'registration':
      return `Register as ${article(title.replace(/^Registered /, ''))}${where}`;
    case 'voluntary-certification':
      return `Get the ${title} certification${where} (voluntary)`;
    default:
      return `Get your ${title} license${where}`;
  }
}

const KIND_NOUN = {
  license: 'license',
  registration: 'registration',
  'voluntary-certification': 'certification',
} as const;

/**
 * A credential the person holds, named as its state issues it: "LSW license" for an Illinois
 * `lmsw`, "ASW registration", "CSW certification".
 */
export function heldCredentialName(
  data: Data,
  held: { type: string; state?: string },
  profileState?: string,
): string {
  const license = data.byId.licenses.get(held.type);
  if (!license) return `${held.type.toUpperCase()} license`;
  const licensure = licensureFor(data, held.state ?? profileState, license.id);
  const fromState = licensure.source === 'state';
  const title = fromState && licensure.title ? licensure.title : license.abbreviation;
  const kind = license.kind ?? (fromState ? licensure.kind : 'license');
  return `${title.replace(/^Registered /, '')} ${KIND_NOUN[kind] ?? 'license'}`;
}

/** The same name as a phrase: the state's title (or the national abbreviation) and the kind of credential. */
export function heldCredential(
  data: Data,
  held: { type: string; state?: string },
  profileState?: string,
): Phrase {
  const license = data.byId.licenses.get(held.type);
  if (!license) return phrase('state.held-credential', { title: held.type.toUpperCase(), kind: 'license' });
  const licensure = licensureFor(data, held.state ?? profileState, license.id);
  const fromState = licensure.source === 'state';
  const title = fromState && licensure.title ? licensure.title : license.abbreviation;
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
    facts = Object.freeze(workOutFacts(data, profile, licenseId));
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
  const short = fromState && licensure.title ? licensure.title : national.abbreviation;
  const stateNote = national.state_note ? ` ${national.state_note}` : '';

  const identity: string[] = [];
  if (fromState && licensure.name && licensure.title !== national.abbreviation) {
    identity.push(
      `${stateName} calls it the ${licensure.title} (${licensure.name}), its ${national.abbreviation}-level credential.`,
    );
  }
  if (fromState && licensure.kind === 'registration') {
    identity.push('It is a registration with the board, not a license.');
  }
  if (fromState && licensure.kind === 'voluntary-certification') {
    identity.push(`${stateName} does not require it: it is a voluntary certification.`);
  }
  const examWords = examsText(data, { ...licensure, exams, exams_mode: examsMode });
  if (examUnknown) {
    const ask = licensure.board ? `ask the ${licensure.board.name}` : `ask the ${stateName} board`;
    identity.push(
      `Which exam ${stateName} asks for here is not in the sources we cite, so the plan schedules none: ${ask} before you plan your study.`,
    );
  } else if (fromState && examWords === 'no exam') {
    identity.push(`${stateName} asks for no licensing exam at this level.`);
  } else if (fromState && (licensure.state_exams.length > 0 || exams.join() !== national.exams.join())) {
    identity.push(`Exam: ${examWords}.`);
  }
  const board = licensure.board
    ? ` Board: ${licensure.board.name}${licensure.board.url ? ` (${licensure.board.url})` : ''}.`
    : '';
  // With no state, or a state not in the data, the national note on state differences stays.
  const fallback = licensure.fallback_note && licensure.state ? ` ${licensure.fallback_note}` : '';
  // A fallback note already says whom to ask; otherwise name the board.
  const licenseWhy = `${identity.join(' ')}${fallback || (fromState ? board : stateNote)}`.trim();

  // An associate license (the NC LCSWA) is the one the hours are earned under: issued before them.
  const stated = national.tier === 'associate' ? null : plannedSupervisionMonths(licensure);
  const needsSupervision = national.supervised_months !== null || stated !== null;
  const supervisionMonths = needsSupervision ? (stated ?? national.supervised_months?.min ?? null) : null;
  let supervisionWhy = '';
  let supervisionWhyLeft = (_left: number, _credited: number) => supervisionWhy;
  if (supervisionMonths !== null && fromState) {
    let asks = `${stateName} asks for ${supervisionText(licensure)}.`;
    if (licensure.associate_title) asks += ` The hours are earned as ${licensure.associate_title}.`;
    const national =
      stated === null
        ? ', the national minimum, because the state’s own figure is not in the sources we cite'
        : '';
    supervisionWhy = `${asks} The plan allows ${span(supervisionMonths)}${national}.${fallback || board}`;
    supervisionWhyLeft = (left, credited) =>
      `${asks} About ${Math.floor(credited)} months of the supervised work on your profile count toward it already, so the plan allows the ${span(left)} left of ${span(supervisionMonths)}${national}; confirm with the board that your supervisor and your duties qualify, and ask before you change jobs whether the new post's hours would count.${fallback || board}`;
  } else if (supervisionMonths !== null) {
    const hours = national.supervised_hours
      ? ` (${formatNumber(national.supervised_hours.min)} hours or more)`
      : '';
    supervisionWhy = `The ${national.abbreviation} needs supervised practice after the degree${hours}, over at least ${span(supervisionMonths)}; states differ.${stateNote}${fallback}`;
  }

  return {
    licensure,
    available: licensure.available !== false,
    short,
    exams,
    examsMode,
    supervisionMonths,
    title: stateLicenseTitle(licensure),
    licenseWhy,
    supervisionWhy,
    supervisionWhyLeft,
    // National sources speak of other states; a state's own record carries its own.
    sources: fromState ? licensure.sources : national.sources,
  };
}

export interface EndorsementNeed {
  license: string;
  held: string;
  target: string;
  reach: NurseLicenseReach;
  title: string;
  why: string;
  sources: Source[];
}

/**
 * Licenses the person holds in another state than the profile's, which the profile's state does
 * not recognise as they are. Only the Nurse Licensure Compact carries an RN license across a state
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
    let explanation: string;
    const sources = [...license.sources];
    if (license.id === 'rn') {
      reach = nurseLicenseValidIn(data, held.state, target, asOf);
      if (reach === 'same-state') continue;
      explanation =
        reach === 'compact'
          ? // The compact lets a nurse practice across member states, but a new home state issues its own license.
            `${heldName} and ${targetName} are both in the Nurse Licensure Compact. If ${targetName} is now your home state (your primary residence), the compact asks you to apply for its license by endorsement; you may keep working on your ${heldName} multistate license until ${targetName} issues yours.`
          : explainNurseReach(data, held.state, target, reach, asOf);
      if (targetState) sources.push(...targetState.nursing.nlc.sources);
    } else {
      reach = 'endorsement-needed';
      explanation = `${capitalize(article(license.abbreviation))} license is granted state by state: your ${heldName} license does not let you practise in ${targetName}, whose board grants licensure by endorsement to people licensed elsewhere.`;
    }
    const local = licensureFor(data, target, license.id);
    const localTitle = local.source === 'state' && local.title ? local.title : license.abbreviation;
    const board = local.board?.url ? ` Board: ${local.board.name} (${local.board.url}).` : '';
    out.push({
      license: license.id,
      held: held.state,
      target,
      reach,
      title: `Apply for ${article(localTitle)} license in ${targetName} by endorsement${reach === 'compact' ? ' (your new home state)' : ''}`,
      why: `${explanation} Your ${heldName} license still counts for the certifications that ask for one.${board} The plan allows ${ASSUME.licenseProcessingMonths} month for the board.`,
      sources,
    });
  }
  return out;
}

/** Adds a step for each license the person's state does not recognise (see endorsementsNeeded). */
export function addEndorsementSteps(ctx: PlanContext, drafts: DraftSet): string[] {
  return endorsementsNeeded(ctx.data, ctx.profile, ctx.asOf).map((need) =>
    drafts.add({
      id: `endorse-${need.license}-${need.target.toLowerCase()}`,
      kind: 'license',
      title: english(need.title),
      why: [english(need.why)],
      cost: null,
      sources: sourceRefs(need.sources),
      duration: ASSUME.licenseProcessingMonths,
      after: [],
      gains: { credential: need.license },
    }),
  );
}

/**
 * The roadmap caveat for a state the data does not cover, when the plan holds a license step:
 * its titles, exams and hours are national defaults.
 */
export function stateFallbackCaveat(ctx: PlanContext, drafts: DraftSet): string | null {
  const code = ctx.profile.state;
  if (!code || stateFor(ctx.data, code)) return null;
  const licensed = drafts
    .all()
    .some((d) => !d.fixed && !d.keeps && (d.kind === 'license' || d.id.startsWith('supervised-')));
  if (!licensed) return null;
  return `${code} is not in our state data yet: the license steps use national defaults (titles, exams, supervised hours and months differ by state). Check with the ${code} licensing boards.`;
}
