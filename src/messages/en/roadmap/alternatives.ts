import type { AlternativePhrases } from '../../../roadmap/phrases/alternatives.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { article } from './words.js';

export const alternatives: AreaMessages<AlternativePhrases> = {
  'alternatives.route': ({ abbreviation, route }) => `${abbreviation} by another route: ${route}`,
  'alternatives.instead': ({ abbreviation, name, by }, f) => {
    // A name with its own parentheses (Accredited Case Manager (RN)) is set off by commas.
    const named = name.includes('(') ? `${abbreviation}, ${name},` : `${abbreviation} (${name})`;
    return `The ${named} instead, by ${f.month(by)}`;
  },
  'alternatives.license': ({ abbreviation, license }) =>
    `The ${abbreviation} through ${article(license)} license instead`,
  'alternatives.lifted': ({ licenses }) =>
    `If the restriction on your ${licenses.join(' and ')} license is lifted`,
  'alternatives.ask-board': () => 'Ask your board what lifting the restriction takes',
};
