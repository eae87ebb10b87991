import type { RoadmapHtmlMessages, RoadmapMarkdownMessages } from '../roadmap-view-messages.js';
import { formatMonth, formatMonthShort } from './format.js';
import { lowerFirst, ROLE_NAMES } from './roadmap/words.js';

/**
 * "fecha de la fuente: ago. 2025": the month the source's facts are as of (the English "as of"),
 * not the month it was read; anything else as it is.
 */
function readOn(asOf: string): string {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(asOf)
    ? `fecha de la fuente: ${formatMonthShort(asOf)}`
    : `fecha de la fuente: ${asOf}`;
}

/** The ladder's rungs and the roles a pay point may name, as a pay table says them. */
const LEVEL_NAMES: Record<string, string> = {
  assistant: 'asistente',
  'case-manager': 'administrador(a) de casos',
  'experienced-case-manager': 'administrador(a) de casos con experiencia',
  'senior-case-manager': 'administrador(a) de casos sénior',
  supervisor: 'supervisor(a)',
  executive: 'directivo(a)',
  'registered-nurse': 'enfermera(o) registrada(o) (RN)',
  'social-worker': 'trabajador(a) social',
};

/** The Spanish words of the Markdown view. */
export const esRoadmapMarkdown: RoadmapMarkdownMessages = {
  // A rung, or for pay today off the ladder the role held (an LPN, a counselor).
  levelName: (id) => LEVEL_NAMES[id] ?? (ROLE_NAMES as Record<string, string>)[id] ?? id.replace(/-/g, ' '),
  title: (name) => (name ? `Hoja de ruta de ${name}` : 'Hoja de ruta'),
  asOf: (month) => `Datos a ${formatMonth(month)}`,
  noGoal: 'aún sin elegir',
  inArea: (area) => `en ${area}`,
  recommended: '— recomendada para usted',
  areaRecommended: '— el área, recomendada para usted',
  certColumns: ['Certificación', 'Estado', 'Cuándo', 'Lo que falta'],
  toConfirm: ', por confirmar (vea las notas)',
  missingList: (items) => items.map((item, i) => (i === 0 ? item : lowerFirst(item))).join('; '),
  noVerdict: 'sin veredicto: vea las notas',
  stepStatus: {
    done: 'completado',
    'in-progress': 'en curso',
    next: 'siguiente',
    pending: 'más adelante',
    'n-a': 'no hace falta',
  },
  noSteps: 'No se pudo planear ningún paso; vea las notas abajo.',
  shorterWays: 'Caminos más cortos',
  questions: 'Sus preguntas',
  notesIntro:
    'Son interpretaciones de reglas que las entidades emisoras no publican completas; confírmelas antes de presentar su solicitud.',
  why: 'Por qué:',
  costNotPublished: 'costo no publicado',
  payAfter: 'Salario después:',
  paidAs: (paidAs) => `, según la ocupación ${paidAs}`,
  yearlyNationally: ' al año a nivel nacional',
  stateMedian: (state, usd) => `; mediana en ${state}: ${usd}`,
  sourcesLabel: 'Fuentes:',
  payColumns: [
    'Cuándo',
    'Después de',
    'Nivel',
    'Se paga como (ocupación de la BLS)',
    'Salario anual, nacional',
  ],
  stateColumn: (state) => `Mediana en ${state}`,
  stateColumnMany: 'Mediana estatal',
  sourcesColumn: 'Fuentes',
  today: 'hoy',
  andUp: ' o más',
  asOfRaw: readOn,
};

/** The Spanish words of the printable page. */
export const esRoadmapHtml: RoadmapHtmlMessages = {
  title: (name) => (name ? `Hoja de ruta de ${name}` : 'Su hoja de ruta'),
  asOfLead: (month) => `Datos a ${formatMonth(month)}`,
  asOf: (month) => `datos a ${formatMonth(month)}`,
  footer: (month) =>
    `Hecho por casemgr-path con los datos a ${formatMonth(month)}. Las reglas y las tarifas cambian: revise cada fuente antes de presentar su solicitud.`,
  standingMarks: { ok: 'cumple', partial: 'en parte', no: 'falta' },
  noVerdict:
    'Sin resultado: las reglas vigentes de la entidad que la otorga no están confirmadas en las fuentes que citamos (vea la nota).',
  retired: 'Ya no se otorga.',
  haveNeed: (have, need) => `ahora: ${have} → necesita: ${need}`,
  andMore: (n) =>
    n === 1
      ? 'y 1 requisito más (casemgr-path eligibility los muestra todos)'
      : `y ${n} requisitos más (casemgr-path eligibility los muestra todos)`,
  certColumns: ['Certificación', 'Estado', 'Vía que decide y lo que falta'],
  toConfirm: 'por confirmar: vea las notas',
  stepStatus: {
    done: 'completado',
    'in-progress': 'en curso',
    next: 'siguiente',
    pending: 'planeado',
    'n-a': 'no hace falta',
  },
  source: 'fuente',
  sourceLabel: 'Fuente:',
  barsLegend:
    'Las barras van de $0 a la cifra más alta: oscuras hasta el extremo bajo del rango y claras hasta el extremo alto.',
  timeline: (from) => `Cronograma del plan, una columna por mes desde ${formatMonth(from)}`,
  nowMonth: (month) => `ahora: ${formatMonth(month)}`,
};
