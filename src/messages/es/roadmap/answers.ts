import type {
  AnswerPhrases,
  EducationVia,
  EligibleWhen,
  PayLevel,
} from '../../../roadmap/phrases/answers.js';
import type { Phrase } from '../../../roadmap/phrases/index.js';
import type { AreaMessages, RoadmapFormat } from '../../roadmap-messages.js';
import { figuresWords } from './figures.js';
import { about, aLevel, capitalize, FIELD_NAMES, lowerFirst, ROLE_NAMES, span } from './words.js';

/** A step's title inside a sentence: its first letter lower-cased. */
function inSentence(title: Phrase, f: RoadmapFormat): string {
  return lowerFirst(f.say(title));
}

const quoted = (titles: readonly Phrase[], f: RoadmapFormat) => titles.map((t) => `“${f.say(t)}”`).join(', ');

function via(v: EducationVia | null, f: RoadmapFormat): string {
  if (!v) return '';
  if (v.kind === 'degree')
    return `${f.joinOr(v.levels.map(aLevel))}${v.field ? ` en ${FIELD_NAMES[v.field]}` : ''}`;
  const needs = via(v.needs, f);
  const which = needs ? ` (que requiere ${needs})` : '';
  return v.kind === 'license'
    ? `una licencia ${v.abbreviation}${which}`
    : `la credencial ${v.abbreviation}${which}`;
}

function eligibleWords(eligible: EligibleWhen, exam: boolean, f: RoadmapFormat): string {
  if (eligible.kind === 'now') return 'Ya cumple los requisitos';
  if (eligible.kind === 'from') return `Cumplirá los requisitos en ${f.month(eligible.month)}`;
  return `Cumplirá los requisitos cuando termine los pasos previos ${exam ? 'al examen' : 'a la solicitud'}`;
}

// A rung's name is our own record's (Spanish in the data); a role is said from the vocabulary.
const levelName = (level: PayLevel) =>
  level.kind === 'rung'
    ? lowerFirst(level.name)
    : level.kind === 'role'
      ? ROLE_NAMES[level.role]
      : level.id.replace(/-/g, ' ');

// The BLS occupation is an official name and stays in English.
const paidAs = (occupation: string | null) =>
  occupation ? `, con el salario de la ocupación ${occupation} (BLS)` : '';

export const answers: AreaMessages<AnswerPhrases> = {
  'answers.question.how-long': () => '¿Cuánto tiempo tomará?',
  'answers.question.without-degree': () => '¿Puedo hacerlo sin un título universitario?',
  'answers.question.more-education': () => '¿Necesito estudiar más?',
  'answers.question.earnings': () => '¿Cuánto ganaré?',
  'answers.question.cost': () => '¿Cuánto costará?',

  'answers.how-long.none': () =>
    'Con su perfil no se pudo planificar ninguna certificación; vea los pasos y las notas.',
  'answers.how-long.held': ({ abbreviation }) => `Usted ya tiene la credencial ${abbreviation}.`,
  'answers.how-long.unconfirmed': ({ abbreviation }) =>
    `Si la credencial ${abbreviation} se sigue ofreciendo, y con qué requisitos, no está confirmado en las fuentes que citamos, así que el plan no fecha ninguna vía hacia ella; las notas dicen lo que se sabe y a quién preguntar.`,
  'answers.how-long.no-route': ({ abbreviation }) =>
    `Con su perfil todavía no se puede planificar ninguna vía a la credencial ${abbreviation}.`,
  'answers.how-long.unresolved': ({ abbreviation, months: count, needs }) =>
    `La credencial ${abbreviation} todavía no se puede fechar: depende de ${needs.length === 1 ? 'un requisito' : 'requisitos'} que ningún paso de este plan puede cumplir (${needs.join('; ')}). Las fechas que se muestran suponen que eso se resuelve ahora; cuente ${about(span(count))} desde el mes en que se resuelva.`,
  'answers.how-long.about': (
    { months, abbreviation, end, eligible, exam, besideAJob, windowsUnknown, partTime },
    f,
  ) => {
    // A credential awarded on application (the NASW ones) has no exam to study for.
    const rest = exam ? 'el estudio, la revisión de la solicitud y el examen' : 'la solicitud y su revisión';
    return `${capitalize(about(span(months)))}: con este plan podría tener la credencial ${abbreviation} para ${f.month(end)}. ${eligibleWords(eligible, exam, f)}; el resto es ${rest}.${
      besideAJob
        ? ' Esta fecha supone estudiar a tiempo completo junto a su trabajo; si estudia a tiempo parcial, llega más tarde.'
        : ''
    }${
      partTime
        ? ` ${besideAJob ? 'También supone' : 'Esta fecha supone'} trabajar a tiempo completo en el nuevo puesto; con las ${partTime.hours} horas semanales que trabaja ahora, llegaría ${about(span(partTime.later))} más tarde.`
        : ''
    }${
      windowsUnknown
        ? ' Las fechas de los períodos del examen no están en las fuentes que citamos, así que es la fecha más temprana según los supuestos del plan; el período real puede llegar más tarde.'
        : ''
    }`;
  },

  'answers.without-degree.unconfirmed': ({ abbreviation }) =>
    `Los estudios que pide la credencial ${abbreviation} no están confirmados en las fuentes que citamos; las notas dicen lo que se sabe.`,
  'answers.without-degree.none': () => 'Depende de la certificación; aquí no se pudo planificar ninguna.',
  'answers.without-degree.no-degree-route': ({ abbreviation, hasDegree }) =>
    `${hasDegree ? 'No' : 'Sí'}: una de las vías a la credencial ${abbreviation} no pide ningún título.`,
  'answers.without-degree.has-education': ({ abbreviation }) =>
    `Usted ya tiene los estudios que pide la credencial ${abbreviation}; su plan no añade más estudios.`,
  'answers.without-degree.route-met': (
    { abbreviation, route, months: length, planned, titles, hasDegree },
    f,
  ) => {
    const study = titles.map((t) => inSentence(t, f)).join(', y después ');
    const met = `${hasDegree ? 'Para una de las vías, no' : 'Sí'}: sus estudios ya cumplen la parte de estudios de una de las vías a la credencial ${abbreviation} (${route})${length !== null ? `; con los supuestos de este plan, ese camino toma unos ${span(length)}` : ''}.`;
    return length !== null && planned !== null && planned < length
      ? `${met} Los estudios de su plan (${study}) no son obligatorios: acortan el camino unos ${span(length - planned)}, así que compare su tiempo y su costo con eso. Sin ellos, podría empezar ya a trabajar hacia la credencial ${abbreviation}.`
      : `${met} Los estudios de su plan son para otra cosa que pide una vía, o para una vía más rápida: ${study}.`;
  },
  'answers.without-degree.below-bachelor': (
    { abbreviation, via: v, beyondHighSchool, holdsBachelor, hasDegree },
    f,
  ) =>
    holdsBachelor
      ? `Su título, tal como está, no cumple los estudios que pide la credencial ${abbreviation} ("Su situación actual" dice qué le falta); otra forma de llegar a ella es por medio de ${via(v, f)}.`
      : hasDegree
        ? `Sí: lo mínimo con lo que se puede llegar a la credencial ${abbreviation} es ${via(v, f)}.`
        : `No para la credencial ${abbreviation}: pide más que ${beyondHighSchool ? 'los estudios que tiene ahora' : 'el diploma de escuela secundaria (high school)'}, aunque no una licenciatura (bachelor's); lo mínimo es ${via(v, f)}.`,
  'answers.without-degree.needs': ({ abbreviation, level, viaLicense, hasDegree }) =>
    `${hasDegree ? 'Sí' : 'No'}: todas las vías a la credencial ${abbreviation} piden como mínimo ${aLevel(level)}${viaLicense ? ', directamente o mediante una licencia' : ''}.`,
  'answers.without-degree.your-plan': ({ titles }, f) =>
    `Su plan incluye: ${titles.map((t) => inSentence(t, f)).join(', y después ')}.`,
  'answers.without-degree.field-plan': ({ titles, shorterShown }, f) =>
    `Su plan toma en cambio un título del campo propio de esta área: ${titles.map((t) => inSentence(t, f)).join(', y después ')}.${
      shorterShown ? ' El camino más corto está en “Caminos más cortos”.' : ''
    }`,
  'answers.without-degree.have-it': () => 'Usted ya tiene los estudios que se necesitan.',

  'answers.earnings.today': ({ level, occupation, figures }, f) =>
    `Hoy, como ${levelName(level)}${paidAs(occupation)}: ${figuresWords(figures, f)}.`,
  'answers.earnings.license-pays-more': ({ occupation, figures, sources }, f) =>
    `Usted tiene una licencia de enfermería, y esa ocupación${occupation ? ` (${occupation})` : ''} se paga más: ${figuresWords(figures, f)}${sources.length > 0 ? ` (${sources.join('; ')})` : ''}. La cifra de arriba probablemente se queda corta frente a lo que usted gana, así que compare las ofertas con su propio salario, no con esa cifra.`,
  'answers.earnings.from': ({ month, level, job, credential, occupation, figures }, f) =>
    `Desde ${f.month(month)}, como ${job ? lowerFirst(job) : levelName(level)}${credential ? ` con la credencial ${credential}` : ''}${paidAs(occupation)}: ${figuresWords(figures, f)}.`,
  'answers.earnings.off-ladder': () =>
    'Su trabajo actual no es un puesto de administración de casos, así que el plan no muestra un salario para hoy. Compare lo que gana ahora con el salario de cada paso antes de cambiar: un primer puesto de administración de casos puede pagar menos que años de experiencia en otro campo.',
  'answers.earnings.no-figure-now': () =>
    'Las fuentes que citamos no dan una cifra de salario para su trabajo actual: la BLS no tiene una sola ocupación que le corresponda.',
  'answers.earnings.unknown': ({ titles }, f) => {
    const one = titles.length === 1;
    return `Las fuentes que citamos no dan una cifra de salario para el puesto al que ${one ? 'lleva el paso' : 'llevan los pasos'} ${quoted(titles, f)} (${one ? 'el paso explica' : 'los pasos explican'} por qué).`;
  },
  'answers.earnings.part-time': ({ hours }) =>
    `Ahora trabaja ${hours} horas a la semana: estas cifras anuales son de ocupaciones enteras y no se ajustan a sus horas, así que con ${hours} horas a la semana su salario probablemente sería menor.`,
  'answers.earnings.no-raise': ({ titles }, f) =>
    `El plan no muestra un aumento para ${quoted(titles, f)}: las cifras de la BLS para ese puesto no superan su salario actual (el paso explica por qué).`,
  'answers.earnings.none': () =>
    'Las fuentes que citamos no dan cifras de salario para los puestos de este plan.',
  'answers.earnings.explore': () =>
    'Pregunte a los empleadores de su zona qué rango de salario ofrecen para los puestos a los que se postula.',
  'answers.earnings.sources': ({ titles }) =>
    `Las cifras provienen de: ${titles.join('; ')}. Cada fuente se cita junto a su cifra en la tabla de salarios.`,
  'answers.earnings.yearly': () =>
    'Son salarios anuales de todas las personas de cada ocupación, sin distinguir la experiencia (la BLS no da salarios por años en el puesto); varían según el empleador y la región.',

  'answers.cost.known': ({ min, max, titles }, f) =>
    `Unos ${f.moneyRange(min, max)} en los costos que conocemos, por: ${titles.map((t) => inSentence(t, f)).join('; ')}.`,
  'answers.cost.none': () => 'Ningún paso de este plan tiene un costo en las fuentes que citamos.',
  'answers.cost.unknown': ({ titles }, f) =>
    `No está en las fuentes que citamos: ${titles.map((t) => inSentence(t, f)).join('; ')}.`,
  'answers.cost.renewal': ({ renewals }, f) =>
    `Más adelante, renovar: ${renewals.map((r) => `la credencial ${r.abbreviation} cuesta ${f.money(r.usd)} cada ${r.years} años`).join('; ')}.`,
};
