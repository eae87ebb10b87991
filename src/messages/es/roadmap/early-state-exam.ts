import type { EarlyExamPhrases } from '../../../roadmap/phrases/early-state-exam.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { boardName, months } from './words.js';

const associate = (title: string | null) =>
  title ? `con la credencial ${title}` : 'con la licencia asociada';

export const earlyExam: AreaMessages<EarlyExamPhrases> = {
  'early-exam.title': ({ exam, associateTitle }) =>
    `Apruebe el ${exam} (en su primer año ${associate(associateTitle)})`,
  'early-exam.when': ({ withinMonths, associateTitle, afterRegistration }) => {
    const within = `Preséntelo en un plazo de ${months(withinMonths)} desde su registro ${associate(associateTitle)}`;
    return afterRegistration ? `${within}.` : `${within}; si ya lo aprobó, omita este paso.`;
  },
  'early-exam.prepare': ({ months: count }) =>
    `El plan prevé ${months(count)} para prepararse y presentarlo.`,
  'state-exam.title': ({ exam, short }) => `Apruebe el ${exam} (para la licencia ${short})`,
  'state-exam.why': ({ exam, short, board, where, national }) =>
    `La licencia ${short} pide el ${exam}${national ? ' además del examen nacional' : ''}. Cómo presentarlo y su tarifa no están en las fuentes que citamos: pregúntelo a ${
      board ? boardName(board) : `la junta estatal (board)${where ? ` de ${where}` : ''}`
    }. Preséntelo cuando la junta lo permita, antes de que se otorgue la licencia ${short}; el plan no le asigna meses propios. Si ya lo aprobó, omita este paso.`,
};
