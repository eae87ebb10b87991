import type { AskDutiesPhrases } from '../../../roadmap/phrases/ask-duties.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { about, ROLE_NAMES, SETTING_NAMES, span } from './words.js';

type Asked = AskDutiesPhrases['ask-duties.why'];

/** "Sus 170 meses como trabajador(a) social en salud mental comunitaria" (o los últimos N). */
const yourTime = ({ role, months, fte, setting, working, within }: Omit<Asked, 'insteadOf'>) =>
  `${within !== null ? `Los últimos ${months} meses${fte ? ' equivalentes a tiempo completo' : ''} de su tiempo` : months === 1 ? `Su mes${fte ? ' equivalente a tiempo completo' : ''}` : `Sus ${months} meses${fte ? ' equivalentes a tiempo completo' : ''}`} ${role === 'other' ? (working ? 'en su trabajo actual' : 'en su último trabajo') : `como ${ROLE_NAMES[role]}`}${setting === 'other' ? '' : ` en ${SETTING_NAMES[setting]}`}`;

export const askDuties: AreaMessages<AskDutiesPhrases> = {
  'ask-duties.confirm-title': ({ issuer, abbreviation }) =>
    `Pida a ${issuer} que confirme que su trabajo cuenta para la credencial ${abbreviation}`,
  'ask-duties.confirm-why': ({ issuer, abbreviation, now }) =>
    `Con este plan puede solicitar la credencial ${abbreviation} ${now ? 'ya' : 'en cuanto termine los pasos anteriores'}, pero solo según cómo el plan interpreta su trabajo (las notas dicen qué interpretación), y ${issuer} no ha confirmado esa interpretación. Pregunte antes de presentar la solicitud, no presentándola: una solicitud rechazada puede costarle la tarifa.`,
  'ask-duties.title': ({ issuer, role, abbreviation }) =>
    `Pregunte a ${issuer} si su trabajo ${role === 'other' ? 'actual' : `como ${ROLE_NAMES[role]}`} cuenta para la credencial ${abbreviation}`,
  'ask-duties.why': (p) =>
    `${yourTime(p)} ${p.rest !== null ? `contarían para los meses que pide la credencial ${p.abbreviation}, y quedándose en su puesto tendría el resto en ${about(span(p.rest))},` : `cubrirían ${p.moreNeeded ? 'los meses de administración de casos que aún le faltan' : 'lo que aún le falta'} para la credencial ${p.abbreviation}`} si ${p.issuer} cuenta sus funciones ${
      p.work === 'disability-management'
        ? 'como gestión de ausencias y discapacidad (la CDMS pide que se ajusten al menos a dos de sus cuatro áreas)'
        : '(evaluación, planificación de la atención, coordinación de servicios) como administración de casos'
    }. El plan no cuenta un puesto que no sea el de administrador(a) de casos, así que pregunte a ${p.issuer} ${
      p.working
        ? `antes de cambiar de trabajo: si las cuenta, ${p.moreNeeded || p.rest !== null ? `el cambio de puesto que sigue no hace falta${p.moreNeeded ? ', aunque los demás pasos antes de la solicitud sí' : ''}` : 'quizá pueda presentar la solicitud sin el cambio de puesto que sigue'}`
        : `antes de buscar un puesto nuevo: si las cuenta, ${p.moreNeeded ? 'la búsqueda y los meses que siguen no hacen falta, aunque los demás pasos antes de la solicitud sí' : 'quizá pueda presentar la solicitud sin la búsqueda ni los meses que siguen'}`
    }. Pregunte antes de presentar la solicitud, no presentándola: una solicitud rechazada puede costarle su tarifa.`,
  'ask-duties.why-sooner': (p) =>
    `${yourTime(p)} cubrirían lo que aún le falta para la credencial ${p.abbreviation} si ${p.issuer} cuenta sus funciones ${
      p.work === 'disability-management'
        ? 'como gestión de ausencias y discapacidad'
        : '(evaluación, planificación de la atención, coordinación de servicios) como administración de casos'
    }. El plan no cuenta un puesto que no sea el de administrador(a) de casos; si ${p.issuer} las cuenta, la credencial ${p.abbreviation} está a su alcance ya, antes que la ${p.insteadOf} en torno a la cual se arma este plan, así que pregunte a ${p.issuer} ${p.working ? 'antes de cambiar de trabajo' : 'antes de buscar un puesto nuevo'}.`,
};
