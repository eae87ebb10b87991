import type { Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Source } from '../data/schema/common.js';
import {
  explainNurseReach,
  licensureFor,
  type NurseLicenceReach,
  nurseLicenceValidIn,
  plannedSupervisionMonths,
  type StateLicensure,
  stateFor,
} from '../data/state-licensure.js';
import { examsText, supervisionText } from '../data/state-licensure-text.js';
import type { Profile } from '../profile/schema.js';

/**
 * What the planner needs to make a licence step state-specific: the state's title, exams,
 * supervised practice and board (national defaults with a visible note otherwise), and the
 * licences held in another state that the person's state does not recognise. Pure.
 */

export interface StateLicenceFacts {
  licensure: StateLicensure;
  /** False only when the state is known to have no credential at this level. */
  available: boolean;
  /** Exam ids to plan: the state's, or the national default when the state's are not known. */
  exams: string[];
  /** Months of supervised practice to plan, or null when the licence needs none. */
  supervisionMonths: number | null;
  /** "Get your LCSW licence in Texas", "Register as an ASW in California". */
  title: string;
  /** Sentences for the step's `why`: title, exams, supervision, board, and what is not known. */
  why: string;
  sources: Source[];
}

function article(word: string): string {
  return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
}

export function stateLicenceTitle(licensure: StateLicensure): string {
  const title = licensure.title ?? licensure.license.toUpperCase();
  const where = licensure.source === 'state' && licensure.state_name ? ` in ${licensure.state_name}` : '';
  switch (licensure.kind) {
    case 'registration': {
      const role = title.replace(/^Registered /, '');
      return `Register as ${article(role)} ${role}${where}`;
    }
    case 'voluntary-certification':
      return `Get the ${title} certification${where} (voluntary)`;
    default:
      return `Get your ${title} licence${where}`;
  }
}

/**
 * The licence `licenseId` as the person's state grants it. `nationalMonths` is the supervised
 * time the national default plans (licenses.yaml), used when the state's is not known.
 */
export function stateLicenceFacts(
  data: Data,
  profile: Pick<Profile, 'state'>,
  licenseId: string,
): StateLicenceFacts {
  const licensure = licensureFor(data, profile.state, licenseId);
  const national = data.byId.licenses.get(licenseId)!;
  const examsKnown = licensure.exams !== null;
  const exams = licensure.exams ?? national.exams;
  const sentences: string[] = [];
  const stateName = licensure.state_name ?? licensure.state;

  if (licensure.source === 'state' && licensure.name && licensure.title !== national.abbreviation) {
    sentences.push(
      `${stateName} calls this credential the ${licensure.title} (${licensure.name}); it stands for the ${national.abbreviation} level.`,
    );
  }
  if (licensure.kind === 'registration')
    sentences.push('It is a registration with the board, not a licence.');
  if (licensure.kind === 'voluntary-certification') {
    sentences.push(`${stateName} does not require it; it is a voluntary certification.`);
  }
  const examWords = examsText(data, { ...licensure, exams });
  if (!examsKnown) {
    sentences.push(
      `Which exam ${stateName} asks for is not in our data; the plan assumes the national default (${examWords}).`,
    );
  } else if (examWords === 'no exam') {
    sentences.push(`${stateName} asks for no licensing exam at this level.`);
  } else if (licensure.source === 'state') {
    sentences.push(`Exam: ${examWords}.`);
  }

  const needsSupervision = national.supervised_months !== null || typeof licensure.min_months === 'number';
  let supervisionMonths: number | null = null;
  if (needsSupervision) {
    supervisionMonths = plannedSupervisionMonths(licensure) ?? national.supervised_months?.min ?? null;
    if (licensure.source === 'state') {
      const text = supervisionText(licensure);
      sentences.push(`${stateName}: ${text}.`);
      if (plannedSupervisionMonths(licensure) === null && supervisionMonths !== null) {
        sentences.push(`The plan allows the national minimum of ${supervisionMonths} months.`);
      }
      if (licensure.associate_title) sentences.push(`The hours are earned as ${licensure.associate_title}.`);
    }
  }
  if (licensure.board?.url) sentences.push(`Board: ${licensure.board.name} (${licensure.board.url}).`);
  else if (licensure.board) sentences.push(`Board: ${licensure.board.name}.`);
  if (licensure.fallback_note) sentences.push(licensure.fallback_note);

  return {
    licensure,
    available: licensure.available !== false,
    exams,
    supervisionMonths,
    title: stateLicenceTitle(licensure),
    why: sentences.join(' '),
    sources: licensure.source === 'state' ? [...licensure.sources, ...national.sources] : national.sources,
  };
}

export interface EndorsementNeed {
  license: string;
  held: string;
  target: string;
  reach: NurseLicenceReach;
  title: string;
  why: string;
}

/**
 * Licences the person holds in another state than the profile's, which the profile's state does
 * not recognise as they are. Only the Nurse Licensure Compact carries an RN licence across a state
 * line in our data; every other licence needs licensure by endorsement (or the check says unknown).
 */
export function endorsementsNeeded(data: Data, profile: Profile, asOf?: Month): EndorsementNeed[] {
  const target = profile.state;
  if (!target) return [];
  const targetName = stateFor(data, target)?.name ?? target;
  const out: EndorsementNeed[] = [];
  for (const held of profile.licenses) {
    if (held.status === 'restricted' || !held.state || held.state === target) continue;
    const licence = data.byId.licenses.get(held.type);
    if (!licence) continue;
    const heldName = stateFor(data, held.state)?.name ?? held.state;
    let reach: NurseLicenceReach;
    let explanation: string;
    if (licence.id === 'rn') {
      reach = nurseLicenceValidIn(data, held.state, target, asOf);
      if (reach === 'compact' || reach === 'same-state') continue;
      explanation = explainNurseReach(data, held.state, target, reach, asOf);
    } else {
      reach = 'endorsement-needed';
      explanation = `A ${licence.abbreviation} licence is granted state by state: your ${heldName} licence does not let you practise in ${targetName}; its board grants licensure by endorsement to people licensed elsewhere.`;
    }
    const local = licensureFor(data, target, licence.id);
    const localTitle = local.source === 'state' && local.title ? local.title : licence.abbreviation;
    out.push({
      license: licence.id,
      held: held.state,
      target,
      reach,
      title: `Apply for ${article(localTitle)} ${localTitle} licence in ${targetName} by endorsement`,
      why: `${explanation} Your ${heldName} licence still counts for the certifications that ask for one.${
        local.board?.url ? ` Board: ${local.board.name} (${local.board.url}).` : ''
      }`,
    });
  }
  return out;
}
