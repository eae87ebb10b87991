import type { StateLicensePhrases } from '../../../roadmap/phrases/state-license.js';
import type { AreaMessages } from '../../roadmap-messages.js';

const KIND_NOUN = {
  license: 'license',
  registration: 'registration',
  'voluntary-certification': 'certification',
} as const;

export const stateLicense: AreaMessages<StateLicensePhrases> = {
  'state.held-credential': ({ title, kind }) =>
    `${title.replace(/^Registered /, '')} ${KIND_NOUN[kind] ?? 'license'}`,
};
