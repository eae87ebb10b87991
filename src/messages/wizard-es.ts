/**
 * The wizard's own sentences in Spanish, of the same shape as `wizard-en.ts` (`WizardMessages`:
 * a missing sentence or a wrong parameter is a type error, and tests/lang/wizard-es.test.ts checks
 * every key and placeholder at run time). Neutral Latin-American Spanish as US social services
 * write it, with "usted"; the US term in parentheses where a person meets it on forms and job
 * postings. Loaded only when the wizard speaks Spanish (src/cli/commands/wizard.ts).
 */
import { esFormat } from './es/format.js';
import type { WizardMessages } from './wizard-en.js';
import { answersEs } from './wizard-es-answers.js';
import { dialogsEs } from './wizard-es-dialogs.js';
import { labelsEs } from './wizard-es-labels.js';

const education: WizardMessages['education'] = {
  highest: '¿Cuál es el nivel de estudios más alto que terminó?',
  highestChoices: {
    'high-school': { name: 'Diploma de escuela secundaria (high school) o GED', short: 'Escuela secundaria' },
    'some-college': {
      name: 'Algunos estudios universitarios (some college), sin título',
      short: 'Estudios universitarios sin título',
    },
    'certificate:nursing': {
      name: 'Certificado de enfermería práctica (LPN o LVN)',
      short: 'Certificado de enfermería práctica',
    },
    certificate: { name: 'Otro certificado después de la escuela secundaria', short: 'Certificado' },
    'diploma:nursing': {
      name: 'Diploma de enfermería de un hospital (hospital nursing diploma)',
      short: 'Diploma de enfermería',
    },
    'associate:nursing': { name: 'Título de asociado en enfermería (ADN)', short: 'ADN' },
    associate: { name: 'Título de asociado (associate degree) en otro campo', short: 'Título de asociado' },
    'bachelor:nursing': { name: 'Licenciatura en enfermería (BSN)', short: 'BSN' },
    'bachelor:social-work': { name: 'Licenciatura en trabajo social (BSW)', short: 'BSW' },
    bachelor: { name: "Licenciatura (bachelor's degree) en otro campo", short: 'Licenciatura' },
    'master:social-work': { name: 'Maestría en trabajo social (MSW)', short: 'MSW' },
    'master:nursing': { name: 'Maestría en enfermería (MSN)', short: 'MSN' },
    master: { name: "Maestría (master's degree) en otro campo", short: 'Maestría' },
    doctorate: { name: 'Doctorado', short: 'Doctorado' },
  },
  notFinishedHighSchool: 'Todavía no terminé la escuela secundaria (high school)',
  notFinishedHighSchoolShort: 'ninguno todavía',
  field: '¿En qué campo?',
  credits:
    '¿Cuántos créditos universitarios ha completado, más o menos? (créditos semestrales; 0 si no está seguro(a))',
  accreditedBy: (program: string, body: string) => `¿El programa de ${program} está acreditado por ${body}?`,
  accreditedWhich: (program: string) => `¿Qué organismo acredita el programa de ${program}?`,
  yes: 'Sí',
  no: 'No',
  noneOfThese: 'Ninguno de estos',
  notSure: 'No estoy seguro(a)',
  notSureAccredited: 'Se cuenta como no acreditado hasta que lo confirme; su escuela se lo puede decir.',
  practicum: (finished: boolean) =>
    `¿El programa ${finished ? 'incluyó' : 'incluye'} una práctica supervisada (practicum o field placement) en administración de casos, salud o salud conductual?`,
  internshipHours: (finished: boolean) =>
    `¿Cuántas horas de pasantía supervisada (internship) ${finished ? 'incluyó' : 'incluye'} el programa? (0 si ninguna)`,
  internshipSupervisor: '¿Quién supervisó la pasantía (internship)?',
  courses: (finished: boolean) => `¿Cuáles de estos cursos ${finished ? 'incluyó' : 'incluye'} el programa?`,
  finished: (degree: string, example = true) =>
    `¿Cuándo obtuvo su ${degree}?${example ? ' (por ejemplo 2019-05)' : ''}`,
  expected: '¿Cuándo espera terminar? (mes y año, por ejemplo 2027-05)',
  moreEducation: '¿Algo más sobre sus estudios?',
  moreDone: 'No, eso es todo',
  moreStudying: 'Un título que estoy estudiando ahora',
  moreFinished: 'Otro título que terminé',
  whichStudying: '¿Qué título está estudiando?',
  whichFinished: '¿Qué título terminó?',
  degree: (level: string, field: string | null) => (field ? `${level} en ${field.toLowerCase()}` : level),
  certificate: (field: string | null) => (field ? `certificado en ${field.toLowerCase()}` : 'certificado'),
  practicalNursingCertificate: 'certificado de enfermería práctica',
  nursingDiploma: 'diploma de enfermería',
};

const licenses: WizardMessages['licenses'] = {
  held: '¿Cuáles de estos tiene, o ha aprobado?',
  heldLicensesOnly: '¿Qué licencias tiene?',
  heldHint: 'espacio para marcar, Enter para terminar; puede no marcar ninguno',
  exam: (name: string) => `examen ${name.replace(/ exam$/, '')}`,
  passedExam: (exam: string) => `${exam.charAt(0).toUpperCase()}${exam.slice(1)} (aprobado)`,
  notAllActive: '(Una de mis licencias está inactiva, vencida o restringida)',
  notAllActiveShort: 'no todas activas',
  licenseStatus: (name: string) => `¿Cuál es la situación de su licencia de ${name}?`,
  stateOfLicense: (count: number) =>
    count === 1 ? '¿En qué estado tiene su licencia?' : '¿En qué estado tiene sus licencias?',
  stateToWork: '¿En qué estado vive o piensa trabajar?',
  notInUs: 'Fuera de EE. UU., o no estoy seguro(a)',
  notInUsShort: 'no indicado',
};

const experience: WizardMessages['experience'] = {
  jobs: '¿Cuáles de estos trabajos ha tenido?',
  // "Prácticum" is Spanish too (the RAE has it): the supervised practice of a degree.
  jobsHint: 'espacio para marcar, Enter para terminar; un prácticum no es un trabajo',
  jobDates: (job: string, example = true) =>
    `Su trabajo como ${job}: ¿desde cuándo y hasta cuándo?${example ? ' (por ejemplo 2024-03 a hoy)' : ''}`,
  jobSetting: (job: string, ongoing: boolean) => `¿Dónde ${ongoing ? 'trabaja' : 'trabajó'} como ${job}?`,
  jobHours: (job: string, ongoing: boolean, example = true) =>
    `¿Cuántas horas por semana ${ongoing ? 'trabaja' : 'trabajaba'} como ${job}?${example ? ' (por ejemplo 40, o 10 sin pago)' : ''}`,
  jobSupervisor: (job: string, ongoing: boolean) =>
    `¿Quién ${ongoing ? 'supervisa' : 'supervisaba'} su trabajo como ${job}?`,
  jobBeforeDegree: (job: string, start: string, degree: string, finished: string) =>
    `Su trabajo como ${job} empieza en ${start}, antes de su ${degree} (${finished}). ¿Qué es lo correcto?`,
  bothRight: 'Las dos cosas son correctas',
  fixJob: 'Cambiar las fechas del trabajo',
  fixDegree: 'Cambiar el mes en que obtuve el título',
  ceHours:
    '¿Cuántas horas de educación continua (CE) en administración de casos ha completado en los últimos 2 años?',
};

const goals: WizardMessages['goals'] = {
  goal: '¿Hacia qué meta le gustaría avanzar?',
  goalRecommend: 'Todavía no lo sé: recomiéndeme una meta',
  goalRecommendShort: 'recomiéndeme una',
  goalArea: (area: string) => area,
  goalCertification: (abbreviation: string, name: string) => `Certificación ${abbreviation}: ${name}`,
};

export const wizardEs: WizardMessages = {
  format: esFormat,
  intro:
    'Unas preguntas sobre sus estudios, licencias, trabajo y metas, y luego su plan (roadmap). Puede parar en cualquier momento con Ctrl-C; sus respuestas se guardan para la próxima vez.\n',
  sections: { education: 'Estudios', licenses: 'Licencias', experience: 'Experiencia', goals: 'Meta' },
  education,
  licenses,
  experience,
  goals,
  ...dialogsEs,
  answers: answersEs,
  labels: labelsEs,
};
