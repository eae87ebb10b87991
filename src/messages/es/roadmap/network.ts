import type { NetworkPhrases } from '../../../roadmap/phrases/network.js';
import type { AreaMessages } from '../../roadmap-messages.js';

export const network: AreaMessages<NetworkPhrases> = {
  'network.title': ({ abbreviation, name }) => `Únase a ${abbreviation} (${name})`,
  'network.ce': () =>
    'ACMA acepta su educación continua (CE) para renovar la ACM; para otra credencial, confirme que quien la emite también la acepta.',
  'network.dues': ({ min, max }, f) => `La membresía cuesta unos ${f.moneyRange(min, max)} al año.`,
  'network.joining': () =>
    'Afiliarse es la forma más fácil de conocer a administradores(as) de casos de su campo y enterarse de vacantes.',
};
