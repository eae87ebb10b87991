import type { AskDutiesPhrases } from '../../../roadmap/phrases/ask-duties.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { org, ROLE_NAMES, SETTING_NAMES, span } from './words.js';

type Asked = AskDutiesPhrases['ask-duties.why'];

/** "Your 170 months as a social worker in community mental health" (or the last N of them). */
const yourTime = ({ role, months, fte, setting, working, within }: Omit<Asked, 'insteadOf'>) =>
  `${within !== null ? `The last ${months} ${fte ? 'full-time-equivalent ' : ''}months of your time` : `Your ${months} ${fte ? 'full-time-equivalent ' : ''}months`} ${role === 'other' ? (working ? 'in your current job' : 'in your last job') : `as a ${ROLE_NAMES[role]}`}${setting === 'other' ? '' : ` in ${SETTING_NAMES[setting]}`}`;

export const askDuties: AreaMessages<AskDutiesPhrases> = {
  'ask-duties.confirm-title': ({ issuer, abbreviation }) =>
    `Ask ${org(issuer)} to confirm that your work counts for the ${abbreviation}`,
  'ask-duties.confirm-why': ({ issuer, abbreviation, now }) =>
    `On this plan you can apply for the ${abbreviation} ${now ? 'now' : 'once the steps before it are done'}, but only as the plan reads your work (the notes say which reading), and ${org(issuer)} has not confirmed that reading. Ask before you apply, not by applying: an application turned down can cost its fee.`,
  'ask-duties.title': ({ issuer, role, abbreviation }) =>
    `Ask ${org(issuer)} whether your work as ${role === 'other' ? 'you do it now' : `a ${ROLE_NAMES[role]}`} counts for the ${abbreviation}`,
  'ask-duties.why': (p) =>
    `${yourTime(p)} would ${p.rest !== null ? `count toward the months the ${p.abbreviation} asks for, and staying in your post would give the rest in about ${span(p.rest)},` : `cover ${p.moreNeeded ? 'the case-management months' : 'what'} the ${p.abbreviation} still needs`} if ${org(p.issuer)} counts your duties ${
      p.work === 'disability-management'
        ? 'as absence and disability management (the CDMS asks that they align with at least two of its four domains)'
        : '(assessment, care planning, coordinating services) as case management'
    }. The plan does not count a title other than case manager, so ask ${org(p.issuer)} ${
      p.working
        ? `before you change jobs: if it counts them, ${p.moreNeeded || p.rest !== null ? `the move below is not needed${p.moreNeeded ? ', though the other steps before applying still are' : ''}` : 'you may apply without the move below'}`
        : `before you look for a new post: if it counts them, ${p.moreNeeded ? 'the search and the months below are not needed, though the other steps before applying still are' : 'you may apply without the search and the months below'}`
    }. Ask before you apply, not by applying: an application turned down can cost its fee.`,
  'ask-duties.why-sooner': (p) =>
    `${yourTime(p)} would cover what the ${p.abbreviation} still needs if ${org(p.issuer)} counts your duties ${
      p.work === 'disability-management'
        ? 'as absence and disability management'
        : '(assessment, care planning, coordinating services) as case management'
    }. The plan does not count a title other than case manager; if ${org(p.issuer)} counts them, the ${p.abbreviation} is open to you now, sooner than the ${p.insteadOf} this plan is built around, so ask ${org(p.issuer)} ${p.working ? 'before you change jobs' : 'before you look for a new post'}.`,
};
