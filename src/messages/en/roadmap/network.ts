import type { NetworkPhrases } from '../../../roadmap/phrases/network.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { usdRange } from './words.js';

export const network: AreaMessages<NetworkPhrases> = {
  'network.title': ({ abbreviation, name }) => `Join ${abbreviation} (${name})`,
  'network.ce': () =>
    'ACMA accepts its continuing education for ACM renewals; for another credential, check that its issuer does too.',
  'network.dues': (range) => `Membership is about ${usdRange(range)} a year.`,
  'network.joining': () =>
    'Joining is the easiest way to meet case managers in your field and hear about openings.',
};
