import type { AskDutiesPhrases } from '../../../roadmap/phrases/ask-duties.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { ROLE_NAMES, SETTING_NAMES } from './words.js';

export const askDuties: AreaMessages<AskDutiesPhrases> = {
  'ask-duties.title': ({ issuer, role, abbreviation }) =>
    `Pregunte a ${issuer} si su trabajo ${role === 'other' ? 'actual' : `como ${ROLE_NAMES[role]}`} cuenta para la credencial ${abbreviation}`,
  'ask-duties.why': ({ issuer, role, abbreviation, months, setting, working, moreNeeded, within, work }) =>
    `${within !== null ? `Los últimos ${months} meses de su tiempo` : months === 1 ? 'Su mes' : `Sus ${months} meses`} ${role === 'other' ? (working ? 'en su trabajo actual' : 'en su último trabajo') : `como ${ROLE_NAMES[role]}`}${setting === 'other' ? '' : ` en ${SETTING_NAMES[setting]}`} cubrirían ${moreNeeded ? 'los meses de administración de casos que aún le faltan' : 'lo que aún le falta'} para la credencial ${abbreviation} si ${issuer} cuenta sus funciones ${
      work === 'disability-management'
        ? 'como gestión de ausencias y discapacidad (la CDMS pide que se ajusten al menos a dos de sus cuatro áreas)'
        : '(evaluación, planificación de la atención, coordinación de servicios) como administración de casos'
    }. El plan no cuenta un puesto que no sea el de administrador(a) de casos, así que pregunte a ${issuer} ${
      working
        ? `antes de cambiar de trabajo: si las cuenta, ${moreNeeded ? 'el cambio de puesto que sigue no hace falta, aunque los demás pasos antes de la solicitud sí' : 'quizá pueda presentar la solicitud sin el cambio de puesto que sigue'}`
        : `antes de buscar un puesto nuevo: si las cuenta, ${moreNeeded ? 'la búsqueda y los meses que siguen no hacen falta, aunque los demás pasos antes de la solicitud sí' : 'quizá pueda presentar la solicitud sin la búsqueda ni los meses que siguen'}`
    }.`,
  'ask-duties.why-sooner': ({
    issuer,
    role,
    abbreviation,
    months,
    setting,
    working,
    within,
    work,
    insteadOf,
  }) =>
    `${within !== null ? `Los últimos ${months} meses de su tiempo` : months === 1 ? 'Su mes' : `Sus ${months} meses`} ${role === 'other' ? (working ? 'en su trabajo actual' : 'en su último trabajo') : `como ${ROLE_NAMES[role]}`}${setting === 'other' ? '' : ` en ${SETTING_NAMES[setting]}`} cubrirían lo que aún le falta para la credencial ${abbreviation} si ${issuer} cuenta sus funciones ${
      work === 'disability-management'
        ? 'como gestión de ausencias y discapacidad'
        : '(evaluación, planificación de la atención, coordinación de servicios) como administración de casos'
    }. El plan no cuenta un puesto que no sea el de administrador(a) de casos; si ${issuer} las cuenta, la credencial ${abbreviation} está a su alcance ya, antes que la ${insteadOf} en torno a la cual se arma este plan, así que pregunte a ${issuer} ${working ? 'antes de cambiar de trabajo' : 'antes de buscar un puesto nuevo'}.`,
};
