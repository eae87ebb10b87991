import type { DonePhrases } from '../../../roadmap/phrases/done.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { capitalize, degreeIn, lowerFirst } from './words.js';

export const done: AreaMessages<DonePhrases> = {
  'done.not-needed': ({ abbreviation, instead, have }) =>
    `Not needed for the ${abbreviation}: ${lowerFirst(instead)} counts instead${have ? `, and you have it (${have})` : ''}.`,
  'done.finish': ({ level, field }) => `Finish your ${degreeIn(level, field)}`,
  'done.expected': ({ month }, f) => `You expect to finish in ${f.month(month)}.`,
  'done.diploma-first': () =>
    'Colleges and nursing programs admit high-school graduates, and entry jobs ask for the diploma: the steps that need it start once you have it.',
  'done.expected-assumed': ({ months }) =>
    `You are studying for it; with no expected month still ahead in your profile, the plan assumes ${months} more months.`,
  'done.degree': ({ level, field, accreditor, credits }) =>
    `${capitalize(degreeIn(level, field))}${accreditor ? ` (${accreditor}-accredited)` : ''}${credits ? ` (${credits} credits)` : ''}`,
  'done.credits': ({ credits }) => `${credits} semester credits finished.`,
  'done.credits-unknown': () => 'College credits finished; the profile does not say how many.',
  'done.completed-in': ({ month }, f) => `Completed in ${f.month(month)}.`,
  'done.completed': () => 'Completed.',
  'done.meets': ({ requirement }) => `Meets: ${requirement}.`,
  'done.license': ({ name, state }, f) => `${f.say(name)}${state ? ` (${state})` : ''}`,
  'done.passed': ({ exam }) => `Passed the ${exam}`,
  'done.hold': ({ abbreviation }) => `Hold the ${abbreviation}`,
  'done.experience': ({ requirement }) => capitalize(requirement),
  'done.experience-met': ({ abbreviation, have, confirmWith }) =>
    confirmWith
      ? `Met for the ${abbreviation} as the plan reads your work: you have ${have ?? 'it'}. ${confirmWith} has not confirmed that reading (see the notes), so ask ${confirmWith} before you rely on it.`
      : `Met for the ${abbreviation}: you have ${have ?? 'it'}.`,
  'done.ce': ({ hours }) => `${hours} hours of continuing education in the last two years`,
};
