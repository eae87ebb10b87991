import type { ApplyMonths, StepsOutPhrases } from '../../../roadmap/phrases/steps-out.js';
import type { AreaMessages, RoadmapFormat } from '../../roadmap-messages.js';

const apply = (months: ApplyMonths | null, verb: string, f: RoadmapFormat) =>
  months ? ` Applications for it ${verb} ${f.month(months.from)} – ${f.month(months.to)}.` : '';

export const stepsOut: AreaMessages<StepsOutPhrases> = {
  'steps.window': ({ exam, apply: months }, f) =>
    `The exam is given in windows; the plan uses the ${f.month(exam)} window.${apply(months, 'are taken', f)}`,
  'steps.window-assumed': ({ exam, name, apply: months }, f) =>
    `The exam is given in windows; dates for ${f.month(exam)} are not yet published, so the plan assumes the usual ${name} window.${apply(months, 'usually run', f)} Confirm the dates with the issuer before you plan around them.`,
  'steps.study-now': () => 'Start studying now.',
  'steps.study-from': ({ month }, f) => `Start studying in ${f.month(month)}.`,
  'steps.renew-by': ({ month }, f) => `Renew it by ${f.month(month)}.`,
};
