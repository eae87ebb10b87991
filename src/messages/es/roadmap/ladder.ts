import type { LadderPhrases } from '../../../roadmap/phrases/ladder.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { andList, lowerFirst, months, span } from './words.js';

// A rung's name is our own record's, in Spanish in the data.
export const ladder: AreaMessages<LadderPhrases> = {
  'ladder.move-up': ({ rung }) => `Ascienda al nivel de ${lowerFirst(rung)}`,
  'ladder.moves-up': ({ how }) =>
    `Lo que suele hacer ascender a las personas desde su nivel: ${andList(how.map(lowerFirst))}.`,
  'ladder.typical': ({ months: count }) =>
    `Las personas en este nivel suelen tener ${span(count)} o más en administración de casos.`,
  'ladder.entry': ({ rung }) => `Busque un trabajo como ${lowerFirst(rung)} mientras estudia (opcional)`,
  'ladder.entry-why': ({ months: count }) =>
    `No cuenta para la certificación, pero le da experiencia en el campo mientras estudia. El plan prevé ${months(count)} para encontrarlo; ningún otro paso depende de él.`,
  'ladder.up-now': ({ rung, requirement, months: count }) =>
    `No hace falta esperar al título de su plan para postularse a puestos de ${lowerFirst(rung)}: ascender desde su nivel suele pedir ${lowerFirst(requirement)}, que usted ya tiene. El plan prevé ${months(count)} para encontrar uno.`,
  'ladder.keep-post': ({ rung }) =>
    `Estos meses cuentan en el puesto de ${lowerFirst(rung)} al que el plan le hace pasar primero: consérvelo; no hace falta buscar otro trabajo.`,
};
