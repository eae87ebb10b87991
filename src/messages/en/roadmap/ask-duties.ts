import type { AskDutiesPhrases } from '../../../roadmap/phrases/ask-duties.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { org, ROLE_NAMES, SETTING_NAMES } from './words.js';

export const askDuties: AreaMessages<AskDutiesPhrases> = {
  'ask-duties.title': ({ issuer, role, abbreviation }) =>
    `Ask ${org(issuer)} whether your work as ${role === 'other' ? 'you do it now' : `a ${ROLE_NAMES[role]}`} counts for the ${abbreviation}`,
  'ask-duties.why': ({ issuer, role, abbreviation, months, setting, working, moreNeeded, within, work }) =>
    `${within !== null ? `The last ${months} months of your time` : `Your ${months} months`} ${role === 'other' ? (working ? 'in your current job' : 'in your last job') : `as a ${ROLE_NAMES[role]}`}${setting === 'other' ? '' : ` in ${SETTING_NAMES[setting]}`} would cover ${moreNeeded ? 'the case-management months' : 'what'} the ${abbreviation} still needs if ${org(issuer)} counts your duties ${
      work === 'disability-management'
        ? 'as absence and disability management (the CDMS asks that they align with at least two of its four domains)'
        : '(assessment, care planning, coordinating services) as case management'
    }. The plan does not count a title other than case manager, so ask ${org(issuer)} ${
      working
        ? `before you change jobs: if it counts them, ${moreNeeded ? 'the move below is not needed, though the other steps before applying still are' : 'you may apply without the move below'}`
        : `before you look for a new post: if it counts them, ${moreNeeded ? 'the search and the months below are not needed, though the other steps before applying still are' : 'you may apply without the search and the months below'}`
    }.`,
  'ask-duties.why-sooner': ({
    issuer,
    role,
    abbreviation,
    months,
    setting,
    working,
    within,
    work,
    insteadOf,
  }) =>
    `${within !== null ? `The last ${months} months of your time` : `Your ${months} months`} ${role === 'other' ? (working ? 'in your current job' : 'in your last job') : `as a ${ROLE_NAMES[role]}`}${setting === 'other' ? '' : ` in ${SETTING_NAMES[setting]}`} would cover what the ${abbreviation} still needs if ${org(issuer)} counts your duties ${
      work === 'disability-management'
        ? 'as absence and disability management'
        : '(assessment, care planning, coordinating services) as case management'
    }. The plan does not count a title other than case manager; if ${org(issuer)} counts them, the ${abbreviation} is open to you now, sooner than the ${insteadOf} this plan is built around, so ask ${org(issuer)} ${working ? 'before you change jobs' : 'before you look for a new post'}.`,
};
