import type { ApplyMonths, StepsOutPhrases } from '../../../roadmap/phrases/steps-out.js';
import type { AreaMessages, RoadmapFormat } from '../../roadmap-messages.js';
import { ENGLISH_MONTHS } from '../explore-values.js';
import { MONTHS } from '../format.js';

/** A cycle's name as the data gives it ("April"): a month name is said in Spanish. */
const cycleName = (name: string) => MONTHS[ENGLISH_MONTHS.indexOf(name)] ?? name;

const apply = (months: ApplyMonths | null, verb: string, f: RoadmapFormat) =>
  months ? ` Las solicitudes ${verb} de ${f.month(months.from)} a ${f.month(months.to)}.` : '';

export const stepsOut: AreaMessages<StepsOutPhrases> = {
  'steps.window': ({ exam, apply: months }, f) =>
    `El examen se ofrece en períodos (testing windows); el plan usa el de ${f.month(exam)}.${apply(months, 'se reciben', f)}`,
  'steps.window-assumed': ({ exam, name, apply: months }, f) =>
    `El examen se ofrece en períodos (testing windows); las fechas de ${f.month(exam)} aún no se han publicado, así que el plan supone el período habitual de ${cycleName(name)}.${apply(months, 'suelen recibirse', f)} Confirme las fechas con la entidad que otorga la credencial antes de planificar en torno a ellas.`,
  'steps.study-now': () => 'Empiece a estudiar ya.',
  'steps.study-from': ({ month }, f) => `Empiece a estudiar en ${f.month(month)}.`,
  'steps.renew-by': ({ month }, f) => `Haga la renovación a más tardar en ${f.month(month)}.`,
};
