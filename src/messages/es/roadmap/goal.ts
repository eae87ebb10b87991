import type { GoalPhrases } from '../../../roadmap/phrases/goal.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { about, andList, FIELD_NAMES, lowerFirst, SETTING_NAMES, span } from './words.js';

// The area is our own record's name, in Spanish in the data.
const areaName = (area: string | null) => area ?? 'administración de casos';
/** Un área elegida antes que otra más rápida cuyo título llevaría más tiempo del que ahorra. */
const NO_STUDY =
  'la que tiene una certificación que puede alcanzar sin un título nuevo, mientras que otra más rápida exigiría estudios que llevan más tiempo del que ahorran';

export const goal: AreaMessages<GoalPhrases> = {
  'goal.reason.settings': ({ now, before }) => {
    const names = (settings: readonly (keyof typeof SETTING_NAMES)[]) =>
      andList(settings.map((s) => SETTING_NAMES[s]));
    if (now.length === 0) return `ha trabajado en ${names(before)}`;
    return `trabaja en ${names(now)}${before.length > 0 ? ` y ha trabajado en ${names(before)}` : ''}`;
  },
  'goal.reason.studies': ({ fields }) =>
    `sus estudios de ${andList(fields.map((f) => FIELD_NAMES[f]))} llevan a esta área`,
  'goal.reason.licenses': ({ names }) =>
    names.length > 1
      ? `sus licencias ${andList(names)} figuran entre las que pide`
      : `su licencia ${andList(names)} es una de las que pide`,
  'goal.reason.held': ({ names }) => `usted tiene ${andList(names.map((n) => `la credencial ${n}`))}`,
  'goal.reason.soonest-certification': ({ withoutStudy }) =>
    `nada en su perfil apunta todavía a un área, y de todas las áreas es ${withoutStudy ? NO_STUDY : 'la que tiene la certificación que puede alcanzar antes'}`,
  'goal.reason.soonest': ({ title, named, withoutStudy }) =>
    `puede empezar en esta área ya, como ${named ? title : lowerFirst(title)}, y de las áreas en las que podría empezar, es ${withoutStudy ? NO_STUDY : 'la que tiene la certificación que puede alcanzar antes'}`,
  'goal.area-default': ({ area }) =>
    `Nada en su perfil apunta todavía a una especialización, así que el plan parte del área de ${lowerFirst(areaName(area))}; \`casemgr-path explore specializations\` muestra las demás.`,
  'goal.area-fits': ({ area, reasons }, f) =>
    `El área de ${lowerFirst(areaName(area))} se ajusta a su perfil: ${andList(reasons.map((r) => f.say(r)))}.`,
  'goal.unknown': ({ id }) => `casemgr-path no conoce la certificación "${id}".`,
  'goal.chose': ({ abbreviation }) => `Usted eligió la credencial ${abbreviation}.`,
  'goal.held-main': ({ abbreviation }) =>
    `Usted ya tiene la credencial ${abbreviation}, la principal en esta área; el plan la mantiene vigente.`,
  'goal.none': () => 'Todavía no se puede planificar ninguna certificación para usted.',
  'goal.fits-best': ({ area, abbreviation }) =>
    `De las certificaciones de ${lowerFirst(areaName(area))}, la credencial ${abbreviation} es la que mejor se ajusta a su perfil.`,
  'goal.status.held': () => 'Usted ya la tiene.',
  'goal.status.eligible': () => 'Ya cumple los requisitos para obtenerla.',
  'goal.status.not-yet': ({ month }, f) =>
    `Cumplirá los requisitos en ${f.month(month)} con solo continuar en su puesto actual.`,
  'goal.status.cannot': ({ status }) => `No se puede planificar (${status}).`,
  'goal.open-now-elsewhere': ({ certifications, toConfirm }) =>
    `Fuera de esta área, ${andList(certifications.map((c) => `la credencial ${c.abbreviation} (${c.name})`))} ${certifications.length > 1 ? 'están' : 'está'} a su alcance ahora${toConfirm ? ', a confirmar (vea las notas)' : ''}.`,
  'goal.status.quickest': ({ months }) =>
    `Es la más rápida de alcanzar desde donde está: ${about(span(months))} con este plan.`,
  'goal.status.takes': ({ months }) => `Con este plan, le tomará ${about(span(months))}.`,
  'goal.status.without-study': ({ months, abbreviation, saves, studyMonths }) =>
    `No necesita un título nuevo: con este plan, ${about(span(months))} de trabajo remunerado que cuenta para obtenerla, en lugar de estudios. La credencial ${abbreviation} podría llegar ${about(span(saves))} antes, pero solo después de ${about(span(studyMonths))} de estudios, más de lo que ahorra.`,
  'goal.status.unresolved': ({ months }) =>
    `Todavía no se puede fechar: depende de algo que ningún paso de este plan puede darle (vea «Resolver» más abajo). Cuando eso se resuelva, le tomará ${about(span(months))} más.`,
  'goal.status.no-route': () => 'Con su perfil todavía no se puede planificar ninguna vía para obtenerla.',
  'goal.job': ({ title, employer, name, next, held }) => {
    const job = employer ? `${title} en ${employer}` : lowerFirst(name);
    if (held)
      return `Usted eligió el puesto de ${job}, que ya ocupa${next ? ': la certificación de abajo es el paso siguiente desde ahí' : ''}.`;
    return `Usted eligió el puesto de ${job}: el plan traza el camino hasta ese puesto${next ? ', y la certificación de abajo es el paso siguiente desde ahí' : ''}.`;
  },
  'goal.alongside-open': ({ abbreviation }) =>
    `La credencial ${abbreviation} también está a su alcance ya, así que el plan la incluye.`,
  'goal.alongside-opens': ({ abbreviation, month }, f) =>
    `La credencial ${abbreviation} se abre en ${f.month(month)} solo con el paso del tiempo, así que el plan también la incluye.`,
  'goal.alongside-after': ({ abbreviation, goal }) =>
    `La credencial ${abbreviation} acepta la ${goal} en lugar de un título o una licencia, y su experiencia ya cumple lo demás, así que el plan la lleva hasta ella.`,
  'goal.alongside-license': ({ abbreviation, license, reactivated }) =>
    `La ${license} que este plan ${reactivated ? 'reactiva' : 'le da'} es lo único que le falta a la credencial ${abbreviation} (su experiencia cumple lo demás), así que el plan la lleva hasta ella.`,
  'goal.rests-on-reading': ({ issuer, work, degree }) =>
    `Eso cuenta ${work && degree ? 'su trabajo y su título (su campo o su práctica supervisada)' : work ? 'su trabajo' : 'su título (su campo o su práctica supervisada)'} según la lectura del plan, que ${issuer} no ha confirmado (las notas dicen qué lectura): consulte a ${issuer} antes de contar con ello.`,
  'goal.hired-newly-licensed': ({ licenses, none }) =>
    none
      ? `Las fechas suponen que un puesto de administración de casos le contrata con la licencia ${licenses.join(' o ')} recién obtenida, sin tiempo aún con ella; el paso que lo busca dice qué comprobar.`
      : `Las fechas suponen que un puesto de administración de casos le contrata con la experiencia con la licencia ${licenses.join(' o ')} que tendrá para entonces; el paso que lo busca dice qué comprobar.`,
  'goal.license-first': ({ short, abbreviation, months }) =>
    `Este plan termina primero su ${short}, para conservar las horas supervisadas que acumula para ella. “Caminos más cortos” muestra vías a la credencial ${abbreviation} hasta ${span(months)} antes; cualquiera que le haga cambiar de puesto antes de tener la ${short} podría interrumpir esas horas.`,
};
