import type { PlanPhrases } from '../../../roadmap/phrases/plan.js';
import type { AreaMessages } from '../../roadmap-messages.js';

export const plan: AreaMessages<PlanPhrases> = {
  'plan.hold': ({ name }) => `You hold the ${name}.`,
  'plan.restricted': ({ name, issuer }, f) =>
    `Your ${f.say(name)} is restricted, so no step counts it. Certifiers and employers ask about discipline and restrictions on a license whatever the route: before you apply, ask ${issuer ?? 'the certifying body'} how yours affects your eligibility, and meet your board's terms first.`,
  'plan.experience-before-license': ({ abbreviation, license, issuer }) =>
    `The case-management months on your profile all come before the ${license} this plan has you get, and the plan counts them for the ${abbreviation}. Whether ${issuer} counts experience from before the license is not in the sources we cite; confirm with ${issuer} before you rely on it.`,
};
