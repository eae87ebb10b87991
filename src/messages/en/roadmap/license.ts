import type { ExamNames, LicensePhrases } from '../../../roadmap/phrases/license.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { andList, article, forText, months, orList, SUPERVISOR_NAMES, span, yourRole } from './words.js';

const notRequired = (goal: string | null) => `Not required${goal ? ` for the ${goal}` : ''}`;
const examList = ({ names, mode }: ExamNames) => (mode === 'all' ? andList(names) : orList(names));
const QUALIFIES = {
  apply:
    'to apply (which exam it asks for is not in the sources we cite: ask the board, and allow time to prepare for it)',
  exam: 'to sit its exam',
  passed: 'for it, and you have passed its exam',
  license: 'for it',
  practice: 'to start the supervised practice it asks for',
} as const;

export const license: AreaMessages<LicensePhrases> = {
  'license.recommended-for': ({ title, short }, f) => {
    const said = f.say(title);
    // A title that names the credential already, or ends with its own aside ("(19 months more)"),
    // reads as part of it: a second parenthesis would only stack up.
    return said.includes(short) || said.endsWith(')') ? said : `${said} (for the ${short}, recommended)`;
  },
  'license.why-clinical': ({ goal, short, listed, supervised }) =>
    `${notRequired(goal)}, but you hold the credential the ${short}'s supervised years are earned under${supervised ? ' and you work under a licensed supervisor now' : ''}: the ${short} is the next license on your path, and ${listed ? 'the one clinical jobs in your field ask for' : 'one you can practice under without supervision, whatever field you work in'}`,
  'license.why-listed': ({ goal, area, abbreviation, degreeOnPlan, qualifies }) => {
    const degree = degreeOnPlan
      ? `the degree on your plan qualifies you ${QUALIFIES[qualifies]} once you finish it`
      : `your degree already qualifies you ${QUALIFIES[qualifies]}`;
    return `${notRequired(goal)}, but ${area.toLowerCase()} lists the ${abbreviation} among the licenses that help or are expected, and ${degree}`;
  },
  'license.clinical-later': ({ short, months: count, where }) =>
    `This plan stops short of the ${short}, which the goal does not need: ${where ? `${where} asks for` : 'it takes'} about ${span(count)} of supervised practice after the MSW for it. If you want it, ask the board now whether your posts and your supervisor count toward it, so that no months go uncounted.`,
  'license.why-stone': ({ goal, state, clinical, area }) =>
    `${notRequired(goal)}, but it is how MSW graduates in ${state} start the supervised hours toward the ${clinical}, which ${area.toLowerCase()} lists among the licenses that help or are expected; your degree already qualifies you for it`,
  'license.registration-later': ({ credential, clinical, state, board }, f) =>
    `The plan leaves out the ${f.say(credential)}: in ${state} it is how MSW graduates gather the supervised hours toward the ${clinical}, and the plan does not count a case-management post as clinical practice. If you want the ${clinical} later, ask ${board ? `the ${board}` : 'the board'} now whether the hours of your post would count and when to apply: hours worked before you hold it may not count.`,
  'license.associate-first': ({ short, associate, state }) =>
    `For the ${short}: the supervised hours are earned as ${article(associate)}, the license ${state ?? 'the state'} issues for them, so it comes first`,
  'license.limited-title': ({ limited, where }) => `Apply for your ${limited} in ${where} (recommended)`,
  'license.limited-why': ({ goal, area, abbreviation, where, short, limited }) =>
    `${notRequired(goal)}, but ${area.toLowerCase()} lists the ${abbreviation} among the licenses that help or are expected, and your degree already qualifies you to apply. In ${where} the ${short} is issued first as a limited license, the ${limited}, held under supervision.`,
  'license.limited-then': ({ limited, title, hours, minMonths }, f) =>
    `Under the ${limited} you earn the full license: the ${title} takes ${f.amount(hours)} hours of supervised practice${minMonths ? ` over at least ${span(minMonths)}` : ''}, in a post where a qualified supervisor oversees your work; ask the board which posts count.`,
  'license.practice-credited': ({ short, months: count, minimum, asked }) =>
    asked
      ? `The plan counts the ${months(count)} of supervised work on your profile as the ${short}'s supervised practice, so it plans no more; the board decides which hours count, and the plan has you ask it first.`
      : `The plan counts the ${months(count)} of supervised work on your profile as the ${short}'s supervised practice, so it plans no more; the board decides which hours count, so confirm with it that your duties and your supervisor qualify before you apply.${minimum ? ` If it does not count them, plan on at least ${span(minimum)} of qualifying supervised practice before these dates hold.` : ''}`,
  'license.practice-role-unsure': ({ role, short, past }) =>
    `The plan has you earn this practice in your job now, though the ${short}'s rule does not name ${yourRole(role)} among the work that counts: ask the board whether your duties and hours count before you rely on these dates. If they do not, a post in clinical practice is needed for them.${past > 0 ? ` The ${months(past)} you have already worked in it under a licensed supervisor are not counted either; if the board counts them, this step is shorter by as much.` : ''}`,
  'license.practice-supervisor-unsure': ({ supervisor, short, past }) =>
    `The plan has you earn this practice in your job now, though the ${short}'s rule counts work under a licensed supervisor, and ${supervisor === 'other' ? 'your profile does not record yours as licensed' : `yours is ${SUPERVISOR_NAMES[supervisor]}`}: ask the board whether that supervision counts before you rely on these dates. If it does not, you need a licensed supervisor for these hours, in your post or another.${past > 0 ? ` The ${months(past)} you have worked in it since your degree are not counted here; if the board counts them, this step is shorter by as much.` : ''}`,
  'license.degree-through-associate': ({ short, associate }) =>
    `The board issued your ${associate} on your degree, and the ${short}'s hours are earned under it, so no new degree is planned: confirm with the board that your degree counts for the ${short} too.`,
  'license.ask-board-title': ({ short }) =>
    `Ask the board whether your supervised work counts toward the ${short}`,
  'license.ask-board-why': ({ short, months: count, board, minimum }) =>
    `The plan counts the ${months(count)} of supervised work on your profile as the ${short}'s supervised practice, but only as it reads your duties (the ${short} step says which reading). Before you sit an exam or apply, describe your duties and your supervisor's license to ${board ? `the ${board.name}${board.url ? ` (${board.url})` : ''}` : 'the board'} and ask whether the hours count.${minimum !== null ? ` If they do not, plan on at least ${span(minimum)} of qualifying supervised practice first.` : ''}`,
  'license.limited-apply': ({ board, where, months: count }) =>
    `Apply to ${board ? `the ${board.name}${board.url ? ` (${board.url})` : ''}` : `the ${where} board`}; the plan allows ${months(count)} for its review.`,
  'license.supervised': ({ short, months: count, more }) =>
    `Complete supervised practice for the ${short} (${span(count)}${more ? ' more' : ''})`,
  'license.practice-in-a-post': () =>
    'Supervised practice is done in a post, so the plan starts it once you have found one.',
  'license.exam-purpose': ({ short, exams, associateTitle, maybePassed, withinAssociate: within }) =>
    `${forText(`${short} license`, `Pass the ${orList(exams)}`)}${
      maybePassed
        ? `. If you passed it for your ${associateTitle ?? 'associate'} license, this step is done: add the pass to your profile`
        : ''
    }${
      within
        ? `. ${within.state ?? 'The state'} asks you to pass it while you hold the ${associateTitle ?? 'associate license'}, within ${months(within.months)} of its issue, not after the supervised hours`
        : ''
    }`,
  'license.title': ({ title, optional }, f) => `${f.say(title)}${optional ? ' (recommended)' : ''}`,
  'license.issued-after': ({ exams, months: count }) =>
    `The board issues it once you pass the ${examList(exams)}; the plan allows ${months(count)} for that.`,
  'license.board-months': ({ months: count }) => `The plan allows ${months(count)} for the board.`,
  'license.unnamed-exam-months': ({ months: count, examMonths }) =>
    `The plan allows ${months(count)}: the board's review and, in case it sets an exam, ${months(examMonths)} to prepare for and sit it.`,
  'license.apply-title': ({ short, where, optional }) =>
    `Apply for your ${short} license${where ? ` in ${where}` : ''}${optional ? ' (recommended)' : ''}`,
  'license.apply-why': ({ board, exams, short, months: count, url, boardFirst }) => {
    const to = board ? `the ${board}` : 'the state board';
    return boardFirst
      ? `Apply to ${to} first: it approves you to sit the ${examList(exams)} and issues the ${short} once you pass. Study while it reviews your application; the plan allows ${months(count)} for its review.${url ? ` ${url}` : ''}`
      : `Apply to ${to}: it issues the ${short} once you pass the ${examList(exams)}. Whether it approves you to sit the exam after you apply, or you sit it first and then apply, is not in the sources we cite: ask the board. The plan puts the application first and allows ${months(count)} for its review; study meanwhile.${url ? ` ${url}` : ''}`;
  },
};
