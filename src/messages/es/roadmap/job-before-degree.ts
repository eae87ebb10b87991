import type { JobEarlyPhrases } from '../../../roadmap/phrases/job-before-degree.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { jobName } from './jobs.js';
import { lowerFirst } from './words.js';

export const jobEarly: AreaMessages<JobEarlyPhrases> = {
  'job-early.now': () =>
    'No hace falta esperar al título: los créditos y el trabajo que ya tiene le abren un puesto así, de modo que el plan prevé que tome uno ahora y termine el título mientras trabaja. Estudiar mientras se trabaja a tiempo completo suele tomar más tiempo; pregunte a la institución por los estudios a tiempo parcial. El plan cuenta para la certificación los meses que trabaje antes del título; confírmelo con la entidad certificadora antes de contar con ello.',
  'job-early.words': ({ state, title, employer, requirement, credits, month, entryJob }, f) =>
    `En ${state}, el puesto de ${title}${employer ? ` en ${employer}` : ''} pide menos que el título completo${
      requirement ? ` (${lowerFirst(requirement)})` : ''
    }: ${
      credits === null
        ? `los créditos que tiene bastan, y su trabajo alcanza la experiencia que pide para ${f.month(month)}`
        : `estudiando a tiempo completo tendría unos ${credits} créditos para ${f.month(month)}`
    }${
      entryJob
        ? `, y para entonces su trabajo como ${jobName(entryJob)}, el puesto con el que el plan le hace empezar, le daría la experiencia que pide`
        : ''
    }, así que el plan prevé que tome un puesto así en ese momento y termine el título mientras trabaja. Estudiar mientras se trabaja a tiempo completo suele tomar más tiempo; pregunte a la institución por los estudios a tiempo parcial, y al empleador cómo cuenta sus créditos. El plan cuenta para la certificación los meses que trabaje antes del título; confírmelo con la entidad certificadora antes de contar con ello.`,
};
