import { formatNumber } from '../../../core/number.js';
import type { StateLicensePhrases } from '../../../roadmap/phrases/state-license.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { examListText, supervisionText } from '../state-licensure-text.js';
import { andList, article, capitalize, span } from './words.js';

const KIND_NOUN = {
  license: 'license',
  registration: 'registration',
  'voluntary-certification': 'certification',
} as const;

const NATIONAL_MINIMUM =
  ', the national minimum, because the state’s own figure is not in the sources we cite';

/** Where the planned months come from, when it is not the state's own minimum duration. */
function basis(nationalMinimum: boolean, fromHours: number | null): string {
  if (nationalMinimum) return NATIONAL_MINIMUM;
  return fromHours === null ? '' : `, the time ${formatNumber(fromHours)} hours take at full time`;
}

export const stateLicense: AreaMessages<StateLicensePhrases> = {
  'state.held-credential': ({ title, kind }) =>
    `${title.replace(/^Registered /, '')} ${KIND_NOUN[kind] ?? 'license'}`,
  'state.title': ({ title, where, kind }) => {
    const inState = where ? ` in ${where}` : '';
    switch (kind) {
      case 'registration':
        return `Register as ${article(title.replace(/^Registered /, ''))}${inState}`;
      case 'voluntary-certification':
        return `Get the ${title} certification${inState} (voluntary)`;
      default:
        return `Get your ${title} license${inState}`;
    }
  },
  'state.calls-it': ({ state, title, name, national }) =>
    `${state} calls it the ${title} (${name}), its ${national}-level credential.`,
  'state.registration': () => 'It is a registration with the board, not a license.',
  'state.voluntary': ({ state }) => `${state} does not require it: it is a voluntary certification.`,
  'state.exam-unknown': ({ state, board }) =>
    `Which exam ${state} asks for here is not in the sources we cite, so the plan names none: ${board ? `ask the ${board}` : `ask the ${state} board`} before you plan your study.`,
  'state.no-exam': ({ state }) => `${state} asks for no licensing exam at this level.`,
  'state.exam': ({ exams }) => `Exam: ${examListText(exams.names, exams.mode, exams.stateExams)}.`,
  'state.board': ({ name, url }) => `Board: ${name}${url ? ` (${url})` : ''}.`,
  'state.gap': ({ licensure }) => licensure.fallback_note ?? '',
  'state.supervision-asks': ({ state, licensure }) =>
    `${state} asks for ${supervisionText(licensure)}.${licensure.associate_title ? ` The hours are earned as ${licensure.associate_title}.` : ''}`,
  'state.supervision-allows': ({ months, nationalMinimum, fromHours }) =>
    `The plan allows ${span(months)}${basis(nationalMinimum, fromHours)}.`,
  'state.supervision-left': ({ credited, left, months, nationalMinimum, fromHours }) =>
    `About ${credited} months of the supervised work on your profile count toward it already, so the plan allows the ${span(left)} left of ${span(months)}${basis(nationalMinimum, fromHours)}; confirm with the board that your supervisor and your duties qualify, and ask before you change jobs whether the new post's hours would count.`,
  'state.supervision-national': ({ abbreviation, hours, months }) =>
    `The ${abbreviation} needs supervised practice after the degree${hours !== null ? ` (${formatNumber(hours)} hours or more)` : ''}, over at least ${span(months)}; states differ.`,
  'state.endorse-title': ({ title, state, compact, inactive }) =>
    inactive
      ? `Ask the ${state} board how to get ${article(title)} license there (yours elsewhere is inactive)`
      : `Apply for ${article(title)} license in ${state} by endorsement${compact ? ' (your new home state)' : ''}`,
  'state.nurse-reach': ({ reach, held, target, outside, asOf }) =>
    reach === 'endorsement-needed'
      ? `${outside.join(' and ')} ${outside.length > 1 ? 'are' : 'is'} not in the Nurse Licensure Compact${asOf ? ` as of ${asOf}` : ''}: to work in ${target} you apply to its board of nursing for licensure by endorsement.`
      : `Whether your ${held} RN license covers ${target} is not in the sources we cite; check with the ${target} board of nursing.`,
  'state.endorse-compact': ({ held, target }) =>
    `${held} and ${target} are both in the Nurse Licensure Compact. If ${target} is now your home state (your primary residence), the compact, as it is usually described, asks you to apply for its license by endorsement; if your ${held} license is a multistate one, you may keep working on it until ${target} issues yours. The sources we cite give the compact's members, not these rules: confirm them with the ${target} board of nursing.`,
  'state.endorse-needed': ({ abbreviation, held, target }) =>
    `${capitalize(article(abbreviation))} license is granted state by state: your ${held} license does not let you practice in ${target}, whose board grants licensure by endorsement to people licensed elsewhere.`,
  'state.endorse-still-counts': ({ held }) =>
    `Your ${held} license still counts for the certifications that ask for one.`,
  'state.endorse-exams': ({ title, state, exams, required, months }) => {
    const them = exams.length > 1 ? 'them' : 'it';
    return required
      ? `${state}'s rule for licensure by endorsement asks for the exams of its ${title}, which include the ${andList(exams)}, and your profile does not show ${them} passed: plan on sitting ${them} (the plan allows ${span(months)} to prepare), and ask the board whether an exam you passed elsewhere counts.`
      : `${state} names the ${andList(exams)} for its ${title}, and your profile does not show ${them} passed: whether an endorsement asks you to sit ${them} first is not in the sources we cite. Ask the board before you count on the license, and allow time to prepare if it does.`;
  },
  'state.endorse-inactive': ({ abbreviation, held, target }) =>
    `Your ${held} ${abbreviation} license is inactive, so it lets you practice nowhere, ${target} included, and no certification counts it. Whether the ${target} board wants it made active in ${held} first or licenses you directly is not in the sources we cite: ask the ${target} board before you start either step.`,
  'state.endorse-board': ({ months }) =>
    `How long the board takes to grant it is not in the sources we cite: the plan allows ${months} month${months === 1 ? '' : 's'}, so ask the board how long applications take now.`,
  'state.fallback': ({ code }) =>
    `${code} is not in our state data yet: the license steps use national defaults (titles, exams, supervised hours and months differ by state). Check with the ${code} licensing boards.`,
};
