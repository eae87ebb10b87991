import type { LicensePhrases } from '../../../roadmap/phrases/license.js';
import type { AreaMessages } from '../../roadmap-messages.js';

export const license: AreaMessages<LicensePhrases> = {
  'license.recommended-for': ({ title, short }, f) => {
    const said = f.say(title);
    // A title that names the credential already, or ends with its own aside ("(19 months more)"),
    // reads as part of it: a second parenthesis would only stack up.
    return said.includes(short) || said.endsWith(')') ? said : `${said} (for the ${short}, recommended)`;
  },
};
