import { formatNumber } from '../../core/number.js';
import type { Data } from '../../data/model.js';
import type { StateLicensure, ThirdPartyFigure } from '../../data/state-licensure.js';
import { andList } from './roadmap/words.js';

/**
 * Plain sentences about a state's licensure, shared by the planner's steps and `explore states`
 * (so both say the same thing the same way). No color, no layout.
 */

function count(value: number): string {
  return formatNumber(value);
}

/** "ASWB Clinical exam and California law and ethics exam", "no exam", or null when unknown. */
export function examsText(data: Data, licensure: StateLicensure): string | null {
  if (licensure.exams === null) return null;
  const names = licensure.exams.map((id) => data.byId.exams.get(id)?.name ?? id);
  return examListText(names, licensure.exams_mode, licensure.state_exams);
}

/** The same from the exams' names: the national ones (all or any of them) and the state's own. */
export function examListText(
  names: readonly string[],
  mode: 'all' | 'any',
  stateExams: readonly string[],
): string {
  const joined =
    names.length <= 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} ${mode === 'any' ? 'or' : 'and'} ${names.at(-1)}`;
  const all = [joined, ...stateExams].filter(Boolean);
  if (all.length === 0) return 'no exam';
  return all.length === 1 ? all[0]! : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

/**
 * "3,000 supervised hours over at least 24 months, no upper limit; 100 hours of supervision", or
 * "supervised practice over at least 24 months (hour total not known); maximum not known".
 */
export function supervisionText(licensure: StateLicensure): string {
  const { supervised_hours: hours, min_months: min, max_months: max } = licensure;
  let text = hours === null ? 'supervised practice' : `${count(hours)} supervised hours`;
  if (typeof min === 'number') {
    text += ` over at least ${count(min)} months`;
    if (licensure.min_weeks !== null) text += ` (${count(licensure.min_weeks)} weeks)`;
  } else if (min === 'none') text += ' with no minimum duration';
  if (hours === null) text += ' (hour total not known)';
  if (min === null) text += '; minimum duration not known';
  if (typeof max === 'number') text += `, within ${count(max)} months`;
  else if (max === 'none') text += min === 'none' ? ' or time limit' : ', no upper limit';
  else if (licensure.associate_expires_months !== null && licensure.associate_title) {
    // No limit of the hours' own, but the credential they are earned under runs out (FL intern: 5 years).
    text += `; the ${licensure.associate_title} they are earned under lasts ${count(licensure.associate_expires_months)} months`;
  } else text += '; maximum not known';
  if (licensure.supervision_hours !== null) {
    text += `; ${count(licensure.supervision_hours)} hours of supervision`;
  } else if (licensure.supervision_hours_per_month !== null) {
    text += `; at least ${count(licensure.supervision_hours_per_month)} hours of supervision a month`;
  }
  return text + thirdPartyText(licensure.third_party_figures);
}

const FIGURE_NAMES: Record<ThirdPartyFigure, string> = {
  supervised_hours: 'the hour total',
  min_months: 'the minimum duration',
  max_months: 'the time limit',
  supervision_hours: 'the supervision hours',
};

/** "; third-party pages, not the law or the board, give the hour total: check with the board", or "". */
function thirdPartyText(figures: readonly ThirdPartyFigure[]): string {
  if (figures.length === 0) return '';
  const names = figures.map((figure) => FIGURE_NAMES[figure]);
  return `; third-party pages, not the law or the board, give ${andList(names)}: check with the board`;
}

/** "LCSW (Licensed Clinical Social Worker)" or the plain national title. */
export function titleText(licensure: StateLicensure): string {
  if (licensure.title === null) return 'none at this level';
  return licensure.name && licensure.name !== licensure.title
    ? `${licensure.title} (${licensure.name})`
    : licensure.title;
}
