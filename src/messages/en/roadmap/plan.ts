import type { PlanPhrases } from '../../../roadmap/phrases/plan.js';
import type { AreaMessages } from '../../roadmap-messages.js';

export const plan: AreaMessages<PlanPhrases> = {
  'plan.hold': ({ name }) => `You hold the ${name}.`,
  'plan.restricted': ({ name, issuer }, f) =>
    `Your ${f.say(name)} is restricted, so no step counts it. Certifiers and employers ask about discipline and restrictions on a license whatever the route: before you apply, ask ${issuer ?? 'the certifying body'} how yours affects your eligibility, and meet your board's terms first.`,
};
