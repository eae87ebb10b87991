import type { DerivePhrases } from '../../../roadmap/phrases/derive.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { orList } from './words.js';

export const derive: AreaMessages<DerivePhrases> = {
  'derive.exam-closed': ({ state, exams, owner }) => {
    const who = owner ?? 'la entidad responsable del examen';
    return `${state} no tiene ninguna licencia que use ${orList(exams.map((e) => `el ${e}`))}, y ${who} inscribe a una persona solo cuando una junta estatal (board) la aprueba (así describen terceros su proceso), así que ninguna junta de este estado puede aprobarle para ese examen. Pregunte a la entidad certificadora si acepta en su lugar su título o su registro, y a ${who} si tiene abierta alguna otra vía al examen.`;
  },
  'derive.exam-passed-over': ({ state, exams, owner, purpose }) => {
    const who = owner ?? 'la entidad responsable del examen';
    return `${purpose ? `La ${purpose} también acepta` : 'También vale'} haber aprobado ${orList(exams.map((e) => `el ${e}`))}, que es más rápido, pero ${state} no tiene ninguna licencia que lo use, y ${who} inscribe a una persona solo cuando una junta estatal (board) la aprueba (así describen terceros su proceso), así que el plan toma este camino, después de preguntar a ${purpose ? `quien otorga la ${purpose}` : 'la entidad certificadora'} y a ${who} si hay otra vía abierta (el paso que les pregunta va primero).`;
  },
  'derive.ask-exam-route-title': ({ issuer, owner, exams }) =>
    `Pregunte a ${[issuer, owner ?? 'la entidad responsable del examen'].filter((who) => who !== null).join(' y a ')} si puede presentar el ${exams.join(' o el ')}`,
  'derive.ask-exam-route-why': ({ state, exams, issuer, owner, purpose }) =>
    `${purpose ? `La credencial ${purpose}` : 'La certificación'} acepta aprobar el ${exams.join(' o el ')} en lugar de una licencia, pero ${state} no otorga licencias de ese nivel, así que ninguna junta estatal (board) de aquí puede autorizarle el examen, y el plan toma el camino más largo que sigue. Pregunte a ${issuer ?? 'la entidad certificadora'} si acepta otra cosa en lugar de la licencia, y a ${owner ?? 'la entidad responsable del examen'} si le inscribiría en el examen sin la autorización de una junta. Si alguna responde que sí, la licencia que este plan agrega en su lugar no hace falta, ni los estudios que el plan agrega solo para esa licencia (un título que la propia certificación pide sigue haciendo falta); pregunte antes de comprometerse con ellos.`,
  'derive.exam-unknown': ({ state, board }) =>
    `Qué examen usa ${state} en este nivel no está en las fuentes que citamos, y una persona se inscribe solo cuando una junta estatal (board) la aprueba: pregunte a ${board ?? `la junta de ${state}`} si puede aprobarle para este examen.`,
  'derive.resolve': ({ requirement }) => `Resolver: ${requirement}`,
  'derive.restricted': ({ name }, f) =>
    `Su ${f.say(name)} tiene restricciones, y ningún paso de este plan puede levantarlas: cumpla primero las condiciones de su junta estatal (board). Cuando la licencia vuelva a estar activa y sin restricciones, esto queda cumplido.`,
  'derive.no-step': ({ need }) =>
    `Este plan no tiene ningún paso que le permita cumplir esto${need ? ` (${need})` : ''}; pregunte a la entidad que otorga la credencial qué lo haría.`,
};
