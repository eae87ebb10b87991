import type { DerivePhrases } from '../../../roadmap/phrases/derive.js';
import type { AreaMessages } from '../../roadmap-messages.js';

export const derive: AreaMessages<DerivePhrases> = {
  'derive.exam-closed': ({ state, exams, owner }) => {
    const who = owner ?? 'the exam owner';
    return `${state} has no license that uses the ${exams.join(' or the ')}, and ${who} registers a candidate only once a state board approves them (as third parties describe its process), so no board here can approve you for it. Ask the certifying body whether it accepts your degree or registration instead, and ${who} whether any other route to the exam is open to you.`;
  },
  'derive.exam-passed-over': ({ state, exams, owner, purpose }) => {
    const who = owner ?? 'the exam owner';
    return `${purpose ? `The ${purpose} also accepts` : 'This also accepts'} a passing score on the ${exams.join(' or the ')}, which is quicker, but ${state} has no license that uses it, and ${who} registers a candidate only once a state board approves them (as third parties describe its process), so the plan takes this way instead. Ask ${purpose ? `the issuer of the ${purpose}` : 'the certifying body'} and ${who} now, before you commit to this way, whether any route to the exam is open to you.`;
  },
  'derive.exam-unknown': ({ state, board }) =>
    `Which exam ${state} uses at this level is not in the sources we cite, and a candidate is registered only once a state board approves them: ask ${board ? `the ${board}` : `the ${state} board`} whether it can approve you for this one.`,
  'derive.resolve': ({ requirement }) => `Resolve: ${requirement}`,
  'derive.restricted': ({ name }, f) =>
    `Your ${f.say(name)} is restricted, and no step of this plan can lift that: meet your board's terms first. Once the license is active and unrestricted again, this is met.`,
  'derive.no-step': ({ need }) =>
    `This plan has no step that can meet this for you${need ? ` (${need})` : ''}; ask the issuing body what would.`,
};
