import type { AlternativePhrases } from '../../../roadmap/phrases/alternatives.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { andList } from './words.js';

export const alternatives: AreaMessages<AlternativePhrases> = {
  'alternatives.route': ({ abbreviation, route }) => `${abbreviation} por otra vía: ${route}`,
  'alternatives.instead': ({ abbreviation, name, by }, f) => {
    const named = name.includes('(') ? `${abbreviation}, ${name},` : `${abbreviation} (${name}),`;
    return `En su lugar, la credencial ${named} para ${f.month(by)}`;
  },
  'alternatives.license': ({ abbreviation, license }) =>
    `En su lugar, la credencial ${abbreviation} mediante una licencia ${license}`,
  'alternatives.lifted': ({ licenses }) =>
    licenses.length > 1
      ? `Si se levantan las restricciones de sus licencias ${andList(licenses)}`
      : `Si se levanta la restricción de su licencia ${andList(licenses)}`,
  'alternatives.ask-board': () =>
    'Pregunte a su junta estatal (board) qué hace falta para levantar la restricción',
};
