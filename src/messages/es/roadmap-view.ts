import type { RoadmapViewMessages } from '../roadmap-view-messages.js';
import { statusWords } from './eligibility-view.js';
import { periodMonth } from './explore-values.js';
import { esFormat, formatMonth, joinAnd, plural } from './format.js';
import { esRoadmapHtml, esRoadmapMarkdown } from './roadmap-view-pages.js';

/** Whom a certification reserved to a discipline is for, as US agencies name them in Spanish. */
const DISCIPLINE_PEOPLE: Record<string, string> = {
  nursing: 'personal de enfermería',
  'social-work': 'trabajadores sociales',
  counseling: 'consejeros',
};

/**
 * The Spanish words of the roadmap views (terminal, Markdown, HTML); "usted", as US agencies
 * write to the public. Official names (CCM, BLS occupations, boards) come from the model as they
 * are issued.
 */
export const esRoadmapView: RoadmapViewMessages = {
  lang: 'es',
  format: esFormat,
  status: statusWords,
  headings: {
    standing: 'Su situación actual',
    certifications: 'Certificaciones',
    plan: 'Su plan',
    pay: 'Salario en cada etapa',
    notes: 'Notas',
    sources: 'Fuentes',
  },
  goal: (recommended) => (recommended ? 'Meta sugerida:' : 'Meta:'),
  noGoal: 'aún sin elegir',
  nextStep: 'Próximo paso:',
  from: (month) => `desde ${formatMonth(month)}`,
  months: (n) => plural(n, 'mes'),
  free: 'sin costo',
  noDate: 'todavía sin fecha',
  done: 'completado',
  notNeeded: 'no hace falta',
  now: 'ahora',
  saves: (months) => `ahorra ${months}`,
  faster: 'Más rápido:',
  knownFees: (cost) => `${cost} en tarifas publicadas`,
  noPublishedFee: (steps) =>
    steps === 1 ? 'sin tarifa publicada para 1 paso' : `sin tarifa publicada para ${steps} pasos`,
  costsAhead: (parts) => `Costos pendientes: ${parts.join('; ')}.`,
  noSteps: 'No hay pasos: ya cumple con su meta.',
  nothingYet: 'nada todavía',
  disciplinePeople: (disciplines) =>
    joinAnd(disciplines.filter((d) => d !== 'any').map((d) => DISCIPLINE_PEOPLE[d] ?? d.replace(/-/g, ' '))),
  otherDisciplines: (groups, notes, command) =>
    `También se revisaron, para otras disciplinas: ${groups
      .map((g) => `${g.labels.join(', ')} (para ${g.people || 'otra disciplina'})`)
      .join(
        '; ',
      )}. Quedan fuera de este plan; la revisión completa de elegibilidad (${command}) muestra cómo está usted en cada una${notes > 0 ? ', con sus notas' : ''}.`,

  median: (usd) => `mediana de ${usd}`,
  spread: (range) => `8 de cada 10 ganaron ${range}`,
  thirdPartyFigure: 'según una página de terceros; verifíquela en bls.gov',
  // The BLS occupation is an official name: it stays in English, labeled.
  paidAsAll: (paidAs) => `ocupación de la BLS: ${paidAs}`,
  stateMedianWhat: (state, occupation, period) =>
    `mediana en ${state}${occupation ? ` de toda la ocupación ${occupation}` : ''}${period ? `, ${period}` : ''}`,
  period: (period) => {
    const month = periodMonth(period);
    return month ? formatMonth(month) : period;
  },
  payNote:
    'Cada cifra es el salario que la BLS publica para la ocupación con la que se paga el puesto: la mediana y, donde la BLS lo publica, el rango en el que ganaron 8 de cada 10 personas. Las cifras nacionales y estatales abarcan a todas las personas de la ocupación, desde las recién contratadas hasta las de más experiencia; por eso una cifra muestra lo que paga un tipo de puesto, no un aumento por los años en el trabajo.',
  paySources: (sources) => `Fuentes del salario: ${sources.join('; ')}`,
  sourceAsOf: (title, asOf) => `${title}, ${formatMonth(asOf)}`,

  text: {
    title: (name) => (name ? `hoja de ruta de ${name}` : 'su hoja de ruta'),
    asOf: (month) => `a ${formatMonth(month)}`,
    toConfirm: 'por confirmar: vea la NOTA abajo',
    andMore: (n) => `(y ${n} más)`,
    anotherDiscipline: 'otra disciplina',
    forPeople: (people, labels) => `para ${people}: ${labels.join(', ')}`,
    moreCerts: (n, names, hint) => `(${n} más: ${names}. Todas: ${hint})`,
    whenAndWhy: 'Cuándo y por qué',
    note: 'NOTA',
    moreNotes: (n, hint) =>
      n === 1
        ? `1 nota más sobre otras certificaciones: ${hint}`
        : `${n} notas más sobre otras certificaciones: ${hint}`,
    sourcesAndDates: (command) => `Fuentes y fechas: ${command}`,
    sourcesFrom: (oldest, newest, dash) =>
      oldest === newest
        ? `fuentes de ${formatMonth(oldest)}`
        : `fuentes de ${formatMonth(oldest)} ${dash} ${formatMonth(newest)}`,
  },

  markdown: esRoadmapMarkdown,
  html: esRoadmapHtml,
};
