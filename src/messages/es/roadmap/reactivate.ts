import type { BoardRef, ReactivatePhrases } from '../../../roadmap/phrases/reactivate.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { andList, boardName, lowerFirst, months, span } from './words.js';

function boardWords({ board, where, nursing }: BoardRef): string {
  if (board) return boardName(board);
  const which = nursing ? 'la junta de enfermería (board of nursing)' : 'la junta estatal (board)';
  return where ? `${which} de ${where}` : which;
}

export const reactivate: AreaMessages<ReactivatePhrases> = {
  'reactivate.title': ({ short, where, optional }) =>
    `Reactive su licencia ${short}${where ? ` en ${where}` : ''}${optional ? ' (recomendable)' : ''}`,
  'reactivate.purpose': ({ requirement, optional }, f) =>
    `${f.say(requirement)}${optional ? '.' : ': solo cuenta una licencia activa.'}`,
  'reactivate.inactive': ({ short }) =>
    `Su licencia ${short} está inactiva; los empleadores y las entidades certificadoras piden una licencia activa.`,
  'reactivate.rule': ({ steps, ceHours, ceMonths, note }) => {
    const list = steps.map((step, i) => `(${i + 1}) ${lowerFirst(step)}`).join('; ');
    const ce =
      ceHours === null
        ? ''
        : ceHours > 0
          ? ` El plan prevé ${months(ceMonths)} para las ${ceHours} horas de CE.`
          : '';
    return `Lo que pide la junta: ${list}.${ce}${note ? ` ${note}` : ''}`;
  },
  'reactivate.unknown': (ref) =>
    `Las fuentes que citamos no dicen cómo se reactiva en ${ref.where ?? 'su estado'}: pregunte a ${boardWords(ref)} qué hace falta y cuánto tarda. El plan prevé ${months(ref.months)} como referencia provisional, no como una cifra de la junta.`,
  'reactivate.if-lapsed': ({ rules }) => {
    const each = rules.map((rule) => {
      const when =
        rule.atLeast !== null
          ? `Vencida hace ${span(rule.atLeast)} o más`
          : rule.under !== null
            ? `Vencida hace menos de ${span(rule.under)}`
            : 'Vencida';
      return `${when}: ${rule.steps.map((step, i) => `(${i + 1}) ${lowerFirst(step)}`).join('; ')}.`;
    });
    return `Si su licencia venció (no la renovó) en lugar de pasar a estado inactivo, se aplica la regla de la junta para una licencia vencida. ${each.join(' ')} Un curso o programa de actualización (refresher course) dura más que el mes previsto aquí; pregunte a la junta qué regla le corresponde y al curso cuánto dura, y los pasos siguientes se retrasan otro tanto.`;
  },
  'reactivate.elsewhere': ({ held, target }) =>
    `Ahora vive en ${target}: si necesita reactivar esta licencia en ${held} o le basta una licencia de ${target} lo decide la junta estatal (board) de ${target}, así que pregúntele (el paso sobre la licencia de ${target}) antes de pagar la reactivación.`,
  'reactivate.exams-stay': () => 'Los exámenes de licencia que aprobó siguen aprobados.',
  'reactivate.board': (ref) => `Junta: ${boardWords(ref)}.`,
  'reactivate.search-after-endorsement': ({ where }) =>
    `El plan empieza la búsqueda cuando usted tenga la licencia de ${where}: un puesto en ${where} la pide desde el primer día.`,
  'reactivate.search-after-inactive-elsewhere': ({ where }) =>
    `El plan empieza la búsqueda cuando usted vuelva a tener una licencia activa, como le indique la junta de ${where} (una licencia de ${where}, o antes reactivar la anterior): un puesto en ${where} la pide desde el primer día.`,
  'reactivate.search-after': ({ shorts }) =>
    `El plan empieza la búsqueda cuando su ${andList(shorts.map((s) => `licencia ${s}`))} ${shorts.length === 1 ? 'vuelva a estar activa' : 'vuelvan a estar activas'}: un puesto que pide una licencia, y una certificación que cuenta con ella, la necesitan activa.`,
};
