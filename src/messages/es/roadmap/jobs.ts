import type { JobName, JobPhrases } from '../../../roadmap/phrases/jobs.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { lowerFirst, span } from './words.js';

// A state's own title is a name and keeps its capitals; the data's generic names do not. An
// employer's name stays as issued, with no article (its gender is not known).
export const jobName = ({ title, employer }: JobName) =>
  employer ? `${title} en ${employer}` : lowerFirst(title);

export const jobs: AreaMessages<JobPhrases> = {
  'jobs.get': ({ job }) => `Consiga un trabajo como ${jobName(job)}`,
  'jobs.held': ({ job }) => `Trabaje como ${jobName(job)}, el puesto que eligió`,
  'jobs.held-why': ({ since }, f) =>
    `Es su trabajo actual${since ? ` (desde ${f.month(since)})` : ''}: el plan parte de él en vez de mandarle a buscarlo.`,
  'jobs.search': ({ move, post }, f) => `${move ? 'Pase a' : 'Busque'} un trabajo como ${f.say(post)}`,
  'jobs.post-or-another': ({ title, employer }) =>
    `${title} en ${employer}, u otro puesto de administración de casos`,
  'jobs.post-chosen': ({ job }) => `${jobName(job)}, el puesto que eligió`,
  'jobs.other-area': ({ jobArea, area }) =>
    `Es un puesto de ${lowerFirst(jobArea)}, no de ${lowerFirst(area)}: ningún empleo de esa área con requisitos mínimos publicados le corresponde ahora, y este es un puesto de administración de casos para el que ya cumple los requisitos.`,
  'jobs.state-also': ({ name, summary }) =>
    `También abierto en este nivel en su estado: ${lowerFirst(name)}. ${summary}`,
  'jobs.one-you-qualify': ({ title, employer }) =>
    `Uno para el que ya cumple los requisitos es el puesto de ${title} en ${employer}.`,
  'jobs.qualifies': ({ requirement, met, counted }) =>
    counted && counted.length > 0 && !met
      ? `Requisitos mínimos: ${lowerFirst(requirement)}. Los pasos anteriores a este le dan el resto; para ${counted.map(lowerFirst).join('; ')}, el plan cuenta el trabajo de su perfil; el empleador decide si cuenta, así que pregúntele.`
      : `Requisitos mínimos: ${lowerFirst(requirement)}, que ${met ? 'usted ya cumple' : 'cumplirá con los pasos anteriores a este'}.`,
  'jobs.experience-short': ({ requirement, experience }) =>
    `Requisitos mínimos: ${lowerFirst(requirement)}. Ningún paso anterior a este le da la parte de experiencia (${experience.map(lowerFirst).join('; ')}): tal como el plan lee la regla, el trabajo de su perfil no cuenta para ella. Pregunte al empleador si el suyo cuenta antes de postularse; si no cuenta, primero va un puesto donde se gane esa experiencia.`,
  'jobs.no-qualifications': () =>
    'Las fuentes que citamos no dan requisitos mínimos para este puesto; cada empleador fija los suyos.',
  'jobs.it-is-chosen': () => 'Es el puesto que usted eligió.',
  'jobs.chosen': () => 'El puesto que usted eligió.',
  'jobs.after-first-degree': () =>
    'El plan lo fecha cuando termine el título anterior, porque estos puestos a menudo lo piden; algunos empleadores aceptan experiencia en su lugar, así que pregunte a los que le interesen si lo contratarían antes.',
  'jobs.rung-experience': ({ months: typical, have }) =>
    `Quienes ocupan estos puestos suelen tener ${span(typical)} o más en administración de casos (según una guía de carrera, no una regla), y usted tiene ${have > 0 ? `unos ${span(have)}` : 'ninguno todavía'}. Si los puestos que le interesan piden más experiencia, primero viene un puesto de administrador(a) de casos, y este puesto se retrasa otro tanto.`,
  'jobs.returning-to-license': ({ license, lastWorked }, f) =>
    `Usted se postularía al volver a la licencia ${license} después de un tiempo fuera${lastWorked ? ` (su último trabajo con ella terminó en ${f.month(lastWorked)})` : ''}: si los puestos que busca piden experiencia reciente, o antes un curso de actualización (refresher course), no está en las fuentes que citamos, así que revíselos y pregunte a la junta estatal (board); si lo piden, eso va primero, y este paso y los siguientes se retrasan otro tanto.`,
  'jobs.newly-licensed': ({ licenses, months: have }) =>
    have === null
      ? `Usted se postularía con la licencia ${licenses.join(' o ')} recién obtenida: si los puestos que le interesan piden experiencia previa con la licencia, tome primero un puesto que se la dé, y este paso y los siguientes se retrasan otro tanto.`
      : `Usted se postularía con ${have > 0 ? `unos ${span(have)} de trabajo` : 'ningún trabajo aún en su perfil'} con la licencia ${licenses.join(' o ')}: si los puestos que le interesan piden más experiencia con la licencia no está en las fuentes que citamos, así que revíselos; si la piden, quédese en su puesto hasta tenerla, y este paso y los siguientes se retrasan otro tanto.`,
  'jobs.chosen-below-a-post': ({ abbreviation }) =>
    `El plan también busca al mismo tiempo un puesto de administración de casos, para la credencial ${abbreviation}: sus estudios ya cumplen lo que el plan pide para uno, y solo sus meses cuentan para la ${abbreviation}, no los de este trabajo. Acepte la primera buena oferta; si es el puesto de administración de casos, este trabajo no hace falta.`,
  'jobs.keep-entry': ({ job }) =>
    `Estos meses cuentan en el puesto con el que el plan le hace empezar, como ${jobName(job)}: consérvelo; no hace falta buscar otro trabajo.`,
};
