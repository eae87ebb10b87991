import type { PlanPhrases } from '../../../roadmap/phrases/plan.js';
import type { AreaMessages } from '../../roadmap-messages.js';

export const plan: AreaMessages<PlanPhrases> = {
  'plan.hold': ({ name }) => `Usted ya tiene la credencial ${name}.`,
  'plan.restricted': ({ name, issuer }, f) =>
    `Su ${f.say(name)} tiene restricciones, así que ningún paso del plan cuenta con esa credencial. Las entidades certificadoras y los empleadores preguntan por sanciones disciplinarias y restricciones de una licencia sea cual sea la vía: antes de presentar la solicitud, pregunte a ${issuer ?? 'la entidad certificadora'} cómo afecta la suya a su elegibilidad, y cumpla primero las condiciones de su junta estatal (board).`,
  'plan.experience-before-license': ({ abbreviation, license, issuer }) =>
    `Los meses de administración de casos de su perfil son todos anteriores a la licencia ${license} que este plan le hace obtener, y el plan los cuenta para la credencial ${abbreviation}. Si ${issuer} cuenta la experiencia anterior a la licencia no está en las fuentes que citamos; confírmelo con ${issuer} antes de contar con ello.`,
};
