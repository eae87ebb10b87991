import type { ExamRef, PlanPhrases } from '../../../roadmap/phrases/plan.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { andList, org } from './words.js';

function examName(ref: ExamRef): string {
  if (ref.certification) return `the ${ref.certification} exam`;
  return ref.exam ? `the ${ref.exam}` : 'another exam on the plan';
}

export const plan: AreaMessages<PlanPhrases> = {
  'plan.hold': ({ name }) => `You hold the ${name}.`,
  'plan.dates-once-resolved': () =>
    'These dates assume the need under "Resolve" above is met now: they move with the month it is.',
  'plan.restricted': ({ name, issuers }, f) =>
    `Your ${f.say(name)} is restricted, so no step counts it. Certifiers and employers ask about discipline and restrictions on a license whatever the route: before you apply, ask ${issuers.length > 0 ? andList(issuers.map(org)) : 'the certifying body'} how yours affects your eligibility, and meet your board's terms first.`,
  'plan.held-first': ({ state, title, limited, limitedId, board }) =>
    `${state} issues the ${title} only after the ${limited}, and this plan counts the ${title} as yours. If what you hold is the ${limited}, ${
      limitedId
        ? `change the license on your profile to the ${limited} and plan again: the steps to the full ${title} will then be in the plan.`
        : `the plan counts a license you do not have yet: ask ${board ? `the ${board}` : `the ${state} board`} what the ${title} still takes.`
    }`,
  'plan.experience-before-license': ({ abbreviation, license, issuer }) =>
    `The case-management months on your profile all come before the ${license} this plan has you get, and the plan counts them for the ${abbreviation}. Whether ${org(issuer)} counts experience from before the license is not in the sources we cite; confirm with ${org(issuer)} before you rely on it.`,
  'plan.one-exam-at-a-time': ({ exams }) =>
    `The plan puts this exam after ${andList([...new Set(exams.map(examName))])}, so that you prepare for one exam at a time; nothing stops you from taking it sooner if you feel ready.`,
};
