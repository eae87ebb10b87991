import type { ExamRef, PlanPhrases } from '../../../roadmap/phrases/plan.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { joinAnd } from '../format.js';

function examName(ref: ExamRef): string {
  if (ref.certification) return `el examen ${ref.certification}`;
  return ref.exam ? `el ${ref.exam}` : 'otro examen del plan';
}

export const plan: AreaMessages<PlanPhrases> = {
  'plan.hold': ({ name }) => `Usted ya tiene la credencial ${name}.`,
  'plan.dates-once-resolved': () =>
    'Estas fechas suponen que el requisito de «Resolver», más arriba, se cumple ahora: se mueven con el mes en que se cumpla.',
  'plan.restricted': ({ name, issuers }, f) =>
    `Su ${f.say(name)} tiene restricciones, así que ningún paso del plan cuenta con esa credencial. Las entidades certificadoras y los empleadores preguntan por sanciones disciplinarias y restricciones de una licencia sea cual sea la vía: antes de presentar la solicitud, pregunte a ${issuers.length > 0 ? joinAnd(issuers) : 'la entidad certificadora'} cómo afecta la suya a su elegibilidad, y cumpla primero las condiciones de su junta estatal (board).`,
  'plan.held-first': ({ state, title, limited, limitedId, board }) =>
    `${state} otorga la ${title} solo después de la ${limited}, y este plan cuenta la ${title} como suya. Si lo que usted tiene es la ${limited}, ${
      limitedId
        ? `cambie la licencia de su perfil por la ${limited} y vuelva a planificar: los pasos hacia la ${title} completa aparecerán en el plan.`
        : `el plan cuenta una licencia que usted todavía no tiene: pregunte a ${board ? board : `la junta de ${state}`} qué le falta para la ${title}.`
    }`,
  'plan.experience-before-license': ({ abbreviation, license, issuer }) =>
    `Los meses de administración de casos de su perfil son todos anteriores a la licencia ${license} que este plan le hace obtener, y el plan los cuenta para la credencial ${abbreviation}. Si ${issuer} cuenta la experiencia anterior a la licencia no está en las fuentes que citamos; confírmelo con ${issuer} antes de contar con ello.`,
  'plan.one-exam-at-a-time': ({ exams }) =>
    `El plan pone este examen después de ${joinAnd([...new Set(exams.map(examName))])}, para que se prepare para un examen a la vez; nada le impide presentarlo antes si se siente listo(a).`,
};
