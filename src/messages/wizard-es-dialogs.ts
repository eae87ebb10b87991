/**
 * The wizard's dialogs in Spanish (the same keys as `wizard-en-dialogs.ts`): starting, the review,
 * saving and exporting, progress, stopping, and the prompts' own help. "Plan (roadmap)" names the
 * roadmap the first time a screen mentions it.
 */
import { joinAnd } from './es/format.js';
import type { WizardMessages } from './wizard-en.js';

type Dialogs = Pick<
  WizardMessages,
  'start' | 'welcome' | 'review' | 'summary' | 'save' | 'progress' | 'stop' | 'prompt'
>;

const months = (n: number) => `${n} ${n === 1 ? 'mes' : 'meses'}`;

const start: Dialogs['start'] = {
  resume: (month: string) => `Tiene respuestas sin terminar de ${month}. ¿Quiere seguir donde lo dejó?`,
  resumeYes: 'Sí, seguir donde lo dejé',
  resumeYesShort: 'Sí',
  resumeOver: 'No, empezar de nuevo',
  resumeOverShort: 'No',
  resumeOverNote: 'Las respuestas sin terminar se descartan.',
  kept: (sections: readonly string[]) => `Se conservan sus respuestas de ${joinAnd(sections)}.`,
  unreadable: (path: string, problem: string) =>
    `No se pudo leer su perfil guardado ${path} (${problem}). Empezamos uno nuevo; ese archivo queda como está, a menos que usted diga lo contrario.`,
  welcomeBack: (name: string | null, savedIn: string | null) =>
    `Bienvenido(a) de nuevo${name ? `, ${name}` : ''}. Su perfil se guardó${savedIn ? ` en ${savedIn}` : ''}.`,
  whatToDo: '¿Qué le gustaría hacer?',
  update: 'Actualizarlo con lo que ha cambiado, y luego ver mi plan',
  updateShort: 'Actualizarlo',
  show: 'Solo mostrar mi plan',
  showShort: 'Mostrar mi plan',
  startNew: 'Empezar un perfil nuevo (para otra persona)',
  startNewShort: 'Empezar un perfil nuevo',
  draftNotKept: (reason: string) =>
    `casemgr-path: no se puede guardar un borrador de sus respuestas (${reason}); seguimos de todos modos.`,
};

const welcome: Dialogs['welcome'] = {
  stillThere: (
    job: string,
    setting: string | null,
    gap: number,
    since: string,
    from: string,
    to: string,
    arrow: string,
  ) =>
    `¿Sigue trabajando como ${job}${setting ? ` (${setting})` : ''}? Eso suma ${months(gap)} desde ${since}: ${from} ${arrow} ${to} meses.`,
  stayed: (gap: number) =>
    gap === 1
      ? '¿Siguió allí ese mes? Escriba 1 si sí, o 0 si no.'
      : `¿Cuántos de esos ${gap} meses siguió allí?`,
  whatElseChanged: (since: string) => `¿Qué más ha cambiado desde ${since}?`,
  whatChanged: (since: string | null) => (since ? `¿Qué ha cambiado desde ${since}?` : '¿Qué ha cambiado?'),
  changedHint: 'espacio para marcar, Enter para terminar; puede no marcar nada',
};

const review: Dialogs['review'] = {
  title: 'Sus respuestas',
  ready: '¿Todo listo?',
  showRoadmap: 'Sí, mostrar mi plan (roadmap)',
  change: (section: string) => `Cambiar ${section.toLowerCase()}`,
  needsChange: (problem: string) => `Primero hay que cambiar una respuesta: ${problem}`,
};

const summary: Dialogs['summary'] = {
  noEducation: 'todavía sin diploma',
  degree: (level: string, field: string | null) => (field ? `${level} en ${field.toLowerCase()}` : level),
  certificate: (field: string | null) => (field ? `Certificado en ${field.toLowerCase()}` : 'Certificado'),
  practicalNursingCertificate: 'Certificado de enfermería práctica',
  nursingDiploma: 'Diploma de enfermería',
  credits: (credits: number) => `${credits} ${credits === 1 ? 'crédito' : 'créditos'}`,
  accredited: (body: string) => `acreditación ${body}`,
  inProgress: (expected: string | null) => `en curso${expected ? `, fin previsto: ${expected}` : ''}`,
  finished: (month: string) => `terminó en ${month}`,
  license: (name: string, status: string) => `${name} (${status})`,
  noLicense: 'ninguna',
  licensesIn: (licenses: string, state: string) => `${licenses} en ${state}`,
  livingIn: (state: string) => `ninguna; vive en ${state}`,
  passed: (exams: string) => `aprobó: ${exams}`,
  certified: (certifications: string) => `certificaciones: ${certifications}`,
  ceHours: (hours: string) => `${hours} h de educación continua`,
  noExperience: 'ninguna todavía',
  months: (count: string, one: boolean, ongoing: boolean) =>
    `${count} ${one ? 'mes' : 'meses'}${ongoing ? ' hasta ahora' : ''}`,
  dates: (from: string, end: string | null, ongoing: boolean) =>
    ` (de ${from} a ${ongoing ? 'hoy' : (end ?? '?')})`,
  fullTime: 'tiempo completo',
  hoursAWeek: (hours: string) => `${hours} h/semana`,
  unpaid: 'sin pago',
  recommend: 'sin decidir: el plan recomienda una meta',
  anyArea: 'cualquier área',
  recommendCertification: 'el plan recomienda una certificación',
};

const save: Dialogs['save'] = {
  saveNew: '¿Guardar sus respuestas para volver a ellas más adelante?',
  saveUpdate: '¿Guardar el perfil actualizado?',
  yes: 'Sí',
  keptIn: (path: string) => `Se guarda en ${path}`,
  toFile: 'Sí, en un archivo que yo elija',
  no: 'No, no guardar',
  firstName: '¿Su primer nombre, para saludarle la próxima vez? (opcional; Enter para omitir)',
  whichFile: '¿En qué archivo guardarlo?',
  profileFile: 'mi-perfil.yaml',
  otherProfile: (path: string, name: string | null) =>
    `${path} ya tiene otro perfil${name ? ` (${name})` : ''}. ¿Reemplazarlo?`,
  saveElsewhere: 'No, guardar el mío en otro archivo',
  replace: 'Sí, reemplazarlo',
  dontSave: 'No guardar',
  saved: (path: string) => `Guardado: ${path}`,
  exportQuestion: '¿Guardar una copia del plan como documento? (por ahora, en inglés)',
  exportNo: 'No, gracias',
  exportMarkdown: 'Markdown (.md): una lista de tareas para apps de notas y GitHub',
  exportHtml: 'Una página web (.html) para abrir o imprimir',
  exists: (path: string) => `${path} ya existe. ¿Reemplazarlo?`,
  nextTimeDefault: 'La próxima vez, ejecute casemgr-path de nuevo para actualizarlo.',
  nextTimeFile: (path: string) => `La próxima vez: casemgr-path roadmap --profile ${path}`,
  notSaved: 'No se guardó: la próxima vez, las preguntas empiezan de cero.',
  profileHeader: [
    '# Perfil de casemgr-path (versión 1), escrito por el asistente.',
    '# Puede editarlo; `casemgr-path init` muestra una plantilla que explica cada campo.',
    '# Su plan a partir de este archivo: casemgr-path roadmap --profile ESTE_ARCHIVO',
  ],
};

const progress: Dialogs['progress'] = {
  since: (month: string) => `Su avance desde ${month}`,
  done: (step: string) => `${step}: hecho`,
  started: (step: string) => `${step}: en curso`,
  none: 'Ningún paso terminado desde entonces. ¡Siga adelante!',
  count: (now: number, total: number, before: number) =>
    `${now} de ${total} pasos hechos (${before} la última vez)`,
};

const stop: Dialogs['stop'] = {
  cancelled:
    'Cancelado. Sus respuestas están guardadas; ejecute casemgr-path de nuevo para seguir donde lo dejó.',
  cancelledNothingKept: 'Cancelado.',
  cancelledNotSaved: (reason: string) =>
    `Cancelado. No se pudieron guardar sus respuestas (${reason}); la próxima vez se empieza de cero.`,
  inputEnded: 'Cancelado: la entrada de la terminal se cerró.',
};

const prompt: Dialogs['prompt'] = {
  searchHelp: 'escriba para buscar, ↑↓ para moverse, ⏎ para elegir',
  searchHelpAscii: 'escriba para buscar, arriba/abajo para moverse, Enter para elegir',
  asciiKeys: { '↑↓': 'arriba/abajo', '⏎': 'Enter' },
  noResults: 'No hay resultados',
  keyActions: { navigate: 'moverse', select: 'elegir', submit: 'terminar', all: 'todos', invert: 'invertir' },
  noneTicked: 'ninguno',
  yesNo: '(s/n)',
  yesNoYes: '(S/n)',
  yesNoNo: '(s/N)',
};

export const dialogsEs: Dialogs = { start, welcome, review, summary, save, progress, stop, prompt };
