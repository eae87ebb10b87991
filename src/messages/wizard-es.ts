/**
 * The wizard's own sentences in Spanish, of the same shape as `wizard-en.ts` (`WizardMessages`:
 * a missing sentence or a wrong parameter is a type error, and tests/lang/wizard-es.test.ts checks
 * every key at run time). Neutral Latin-American Spanish with "usted". Parameters that English
 * uses for its grammar ("Did" / "Does") choose the Spanish tense here.
 *
 * Not used by the wizard yet: its option labels, the review and the save dialog still hold
 * English written in src/wizard/ (see docs/i18n.md, "The wizard").
 */
import type { WizardMessages } from './wizard-en.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const wizardEs: WizardMessages = {
  intro:
    'Unas preguntas sobre sus estudios, licencias, trabajo y metas, y luego su plan\n' +
    '(roadmap). Ctrl-C detiene en cualquier momento; sus respuestas se guardan para la próxima vez.\n',
  cancelled:
    'Cancelado. Sus respuestas están guardadas; ejecute casemgr-path de nuevo para seguir donde lo dejó.',
  cancelledNothingKept: 'Cancelado.',
  kept: (sections: string[]) => `Se guardó: ${sections.join(', ')}.`,

  // Education
  highest: '¿Cuál es el nivel de estudios más alto que terminó?',
  notFinishedHighSchool: 'Todavía no terminé la escuela secundaria (high school)',
  field: '¿En qué campo?',
  credits:
    '¿Cuántos créditos universitarios terminó, más o menos? (créditos semestrales; 0 si no está seguro(a))',
  accreditedBy: (program: string, body: string) => `¿El programa de ${program} está acreditado por ${body}?`,
  accreditedWhich: (program: string) => `¿Qué organismo acredita el programa de ${program}?`,
  notSureAccredited: 'Se cuenta como no acreditado hasta que lo confirme; su escuela se lo puede decir.',
  practicum: (did: 'Did' | 'Does') =>
    `¿El programa ${did === 'Did' ? 'incluyó' : 'incluye'} una práctica supervisada (practicum o field placement) en administración de casos, salud o salud conductual?`,
  internshipHours: (did: 'did' | 'does') =>
    `¿Cuántas horas de pasantía supervisada (internship) ${did === 'did' ? 'incluyó' : 'incluye'} el programa? (0 si ninguna)`,
  courses: (did: 'did' | 'does') =>
    `¿Cuáles de estos cursos ${did === 'did' ? 'incluyó' : 'incluye'} el programa?`,
  finished: (degree: string, example = true) =>
    `¿Cuándo terminó su ${degree}?${example ? ' (por ejemplo 2019-05)' : ''}`,
  expected: '¿Cuándo espera terminar? (mes y año, por ejemplo 2027-05)',
  moreEducation: '¿Algo más sobre sus estudios?',
  moreDone: 'No, eso es todo',
  moreStudying: 'Un título que estoy estudiando ahora',
  moreFinished: 'Otro título que terminé',
  whichStudying: '¿Qué título está estudiando?',
  whichFinished: '¿Qué título terminó?',

  // Licenses
  held: '¿Cuáles de estos tiene, o cuáles aprobó?',
  heldLicensesOnly: '¿Qué licencias tiene?',
  heldHint: 'espacio para marcar, Enter al terminar; ninguna también está bien',
  notAllActive: '(Una de mis licencias está inactiva, vencida o restringida)',
  licenseStatus: (name: string) => `¿En qué estado está su licencia ${name}?`,
  stateOfLicense: (count: number) =>
    count === 1 ? '¿De qué estado es su licencia?' : '¿De qué estado son sus licencias?',
  stateToWork: '¿En qué estado vive o piensa trabajar?',
  notInUs: 'No en EE. UU., o no estoy seguro(a)',

  // Experience
  jobs: '¿Cuáles de estos empleos ha tenido, si alguno?',
  jobsHint: 'espacio para marcar, Enter al terminar; una práctica supervisada es estudio, no empleo',
  jobDates: (job: string, example = true) =>
    `Su empleo de ${job}: ¿desde cuándo y hasta cuándo?${example ? ' (por ejemplo 2024-03 a hoy)' : ''}`,
  jobSetting: (job: string, ongoing: boolean) => `¿Dónde ${ongoing ? 'es' : 'fue'} su empleo de ${job}?`,
  jobHours: (job: string, example = true) =>
    `¿Cuántas horas por semana como ${job}?${example ? ' (por ejemplo 40, o 10 sin paga)' : ''}`,
  jobSupervisor: (job: string, ongoing: boolean) =>
    `¿Quién ${ongoing ? 'supervisa' : 'supervisaba'} su trabajo como ${job}?`,
  jobBeforeDegree: (job: string, start: string, degree: string, finished: string) =>
    `Su empleo de ${job} empieza en ${start}, antes de su ${degree} (${finished}). ¿Qué es lo correcto?`,
  bothRight: 'Las dos cosas son correctas',
  fixJob: 'Cambiar las fechas del empleo',
  fixDegree: 'Cambiar el mes en que terminé',
  ceHours:
    '¿Cuántas horas de educación continua (CE) en administración de casos tiene de los últimos 2 años?',

  // Goals
  goal: '¿Hacia qué le gustaría avanzar?',
  goalRecommend: 'Todavía no lo sé: recomiéndenme una meta',
  goalArea: (area: string) => area,
  goalCertification: (abbreviation: string, name: string) => `Certificación ${abbreviation}: ${name}`,

  // Welcome back
  stillThere: (what: string, gap: number, since: string, from: string, to: string, arrow: string) =>
    `¿Sigue trabajando como ${what}? Eso suma ${plural(gap, 'mes', 'meses')} desde ${since}: ${from} ${arrow} ${to} meses.`,
  stayed: (gap: number) => `¿Cuántos de esos ${plural(gap, 'mes', 'meses')} siguió allí?`,
  whatElseChanged: (since: string) => `¿Qué más ha cambiado desde ${since}?`,
  whatChanged: (since: string | null) => (since ? `¿Qué ha cambiado desde ${since}?` : '¿Qué ha cambiado?'),

  // Save
  saveNew: '¿Guardar sus respuestas para volver a ellas después?',
  saveUpdate: '¿Guardar el perfil actualizado?',
  firstName: 'Su nombre de pila, para saludarle la próxima vez (opcional; Enter para omitir)',
  nextTimeDefault: 'La próxima vez, ejecute casemgr-path de nuevo para actualizarlo.',
  nextTimeFile: (path: string) => `La próxima vez: casemgr-path roadmap --profile ${path}`,
  notSaved: 'No se guardó: la próxima vez, las preguntas empiezan de cero.',

  // Answers
  yesNoHelp: 'escriba s para sí o n para no',
};
