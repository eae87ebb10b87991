import type { DerivePhrases } from '../../../roadmap/phrases/derive.js';
import type { AreaMessages } from '../../roadmap-messages.js';

export const derive: AreaMessages<DerivePhrases> = {
  'derive.exam-closed': ({ state, exams, owner }) => {
    const who = owner ?? 'the exam owner';
    return `${state} has no license that uses the ${exams.join(' or the ')}, and ${who} registers a candidate only once a state board approves them (as third parties describe its process), so no board here can approve you for it. Ask the certifying body whether it accepts your degree or registration instead, and ${who} whether any other route to the exam is open to you.`;
  },
  'derive.exam-passed-over': ({ state, exams, owner, purpose }) => {
    const who = owner ?? 'the exam owner';
    return `${purpose ? `The ${purpose} also accepts` : 'This also accepts'} a passing score on the ${exams.join(' or the ')}, which is quicker, but ${state} has no license that uses it, and ${who} registers a candidate only once a state board approves them (as third parties describe its process), so the plan takes this way instead, once you have asked ${purpose ? `the issuer of the ${purpose}` : 'the certifying body'} and ${who} whether another route is open (the step that asks them comes first).`;
  },
  'derive.ask-exam-route-title': ({ issuer, owner, exams }) =>
    `Ask ${[issuer, owner ?? 'the exam owner'].filter((who) => who !== null).join(' and ')} whether you can sit the ${exams.join(' or the ')}`,
  'derive.ask-exam-route-why': ({ state, exams, issuer, owner, purpose }) =>
    `${purpose ? `The ${purpose}` : 'The certification'} accepts a pass on the ${exams.join(' or the ')} in place of a license, but ${state} licenses no one at that level, so no board here can approve you for the exam, and the plan takes the longer way below. Ask ${issuer ?? 'the certifying body'} whether it accepts anything else in place of the license, and ${owner ?? 'the exam owner'} whether it will register you for the exam without a board's approval. If either says yes, the license this plan adds in its place is not needed, nor any study the plan adds only for that license (a degree the certification itself asks for still is); ask before you commit to them.`,
  'derive.exam-unknown': ({ state, board }) =>
    `Which exam ${state} uses at this level is not in the sources we cite, and a candidate is registered only once a state board approves them: ask ${board ? `the ${board}` : `the ${state} board`} whether it can approve you for this one.`,
  'derive.resolve': ({ requirement }) => `Resolve: ${requirement}`,
  'derive.restricted': ({ name }, f) =>
    `Your ${f.say(name)} is restricted, and no step of this plan can lift that: meet your board's terms first. Once the license is active and unrestricted again, this is met.`,
  'derive.no-step': ({ need }) =>
    `This plan has no step that can meet this for you${need ? ` (${need})` : ''}; ask the issuing body what would.`,
};
