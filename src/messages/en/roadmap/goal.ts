import type { GoalPhrases } from '../../../roadmap/phrases/goal.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { andList, article, FIELD_NAMES, lowerFirst, SETTING_NAMES, span } from './words.js';

const areaName = (area: string | null) => area ?? 'case management';
/** An area chosen over a quicker one whose degree would take longer than it saves. */
const NO_STUDY =
  'one you can reach without a new degree, where a quicker one elsewhere would need study that takes longer than it saves';

export const goal: AreaMessages<GoalPhrases> = {
  'goal.reason.settings': ({ now, before }) => {
    const names = (settings: readonly (keyof typeof SETTING_NAMES)[]) =>
      andList(settings.map((s) => SETTING_NAMES[s]));
    if (now.length === 0) return `you have worked in ${names(before)}`;
    return `you work in ${names(now)}${before.length > 0 ? ` and have worked in ${names(before)}` : ''}`;
  },
  'goal.reason.studies': ({ fields }) =>
    `your studies in ${andList(fields.map((f) => FIELD_NAMES[f]))} lead here`,
  'goal.reason.licenses': ({ names }) =>
    `your ${andList(names)} license${names.length > 1 ? 's are' : ' is'} one it asks for`,
  'goal.reason.held': ({ names }) => `you hold the ${andList(names)}`,
  'goal.reason.soonest-certification': ({ withoutStudy }) =>
    `nothing in your profile points to one area yet, and of all the areas its certification is ${withoutStudy ? NO_STUDY : 'the one you can reach soonest'}`,
  'goal.reason.soonest': ({ title, named, withoutStudy }) =>
    `you can start in it now, as ${article(named ? title : title.toLowerCase())}, and of the areas you could start in, its certification is ${withoutStudy ? NO_STUDY : 'the one you can reach soonest'}`,
  'goal.area-default': ({ area }) =>
    `Nothing in your profile points to one specialization yet, so the plan starts from ${areaName(area).toLowerCase()}; \`casemgr-path explore specializations\` lists the others.`,
  'goal.area-fits': ({ area, reasons }, f) =>
    `${areaName(area)} fits you: ${andList(reasons.map((r) => f.say(r)))}.`,
  'goal.unknown': ({ id }) => `casemgr-path does not know the certification "${id}".`,
  'goal.chose': ({ abbreviation }) => `You chose the ${abbreviation}.`,
  'goal.held-main': ({ abbreviation }) =>
    `You already hold the ${abbreviation}, the main credential here; the plan keeps it current.`,
  'goal.none': () => 'No certification can be planned for you yet.',
  'goal.fits-best': ({ area, abbreviation }) =>
    `Of the certifications in ${lowerFirst(areaName(area))}, the ${abbreviation} fits you best.`,
  'goal.status.held': () => 'You already hold it.',
  'goal.status.eligible': () => 'You are eligible for it now.',
  'goal.status.not-yet': ({ month }, f) =>
    `You become eligible in ${f.month(month)} just by staying in your current role.`,
  'goal.status.cannot': ({ status }) => `It cannot be planned (${status}).`,
  'goal.status.quickest': ({ months }) =>
    `It is the quickest to reach from where you stand: about ${span(months)} on this plan.`,
  'goal.open-now-elsewhere': ({ certifications, toConfirm }) =>
    `Outside this area, ${andList(certifications.map((c) => `the ${c.abbreviation} (${c.name})`))} ${certifications.length > 1 ? 'are' : 'is'} open to you now${toConfirm ? ', to confirm (see the notes)' : ''}.`,
  'goal.status.takes': ({ months }) => `On this plan it takes about ${span(months)}.`,
  'goal.status.without-study': ({ months, abbreviation, saves, studyMonths }) =>
    `It needs no new degree: on this plan about ${span(months)}, spent in paid work that counts toward it rather than in school. The ${abbreviation} could come about ${span(saves)} sooner, but only after about ${span(studyMonths)} of study, which is longer than it saves.`,
  'goal.status.unresolved': ({ months }) =>
    `It cannot be dated yet: it waits for something no step of this plan can give you (see "Resolve" below). Once that is resolved, it takes about ${span(months)} more.`,
  'goal.status.no-route': () => 'No route to it can be planned from your profile yet.',
  'goal.job': ({ title, employer, name, next, held }) => {
    const job = employer ? `${title} at the ${employer}` : lowerFirst(name);
    if (held)
      return `You chose the job of ${job}, which you hold now${next ? ': the certification below is the next step from it' : ''}.`;
    return `You chose the job of ${job}: the plan gets you there${next ? ', and the certification below is the next step from it' : ''}.`;
  },
  'goal.alongside-open': ({ abbreviation }) =>
    `The ${abbreviation} is open to you now as well, so the plan includes it.`,
  'goal.alongside-opens': ({ abbreviation, month }, f) =>
    `The ${abbreviation} opens in ${f.month(month)} by time alone, so the plan includes it too.`,
  'goal.alongside-after': ({ abbreviation, goal }) =>
    `The ${abbreviation} accepts the ${goal} in place of a degree or license, and your experience already meets the rest, so the plan takes you on to it.`,
  'goal.alongside-license': ({ abbreviation, license, reactivated }) =>
    `The ${license} this plan ${reactivated ? 'makes active again' : 'gets you'} is all the ${abbreviation} still lacks (your experience meets the rest), so the plan takes you on to it.`,
  'goal.rests-on-reading': ({ issuer, work, degree }) =>
    `That counts your ${work && degree ? 'work and your degree (its field or its field placement)' : work ? 'work' : 'degree (its field or its field placement)'} as the plan reads ${work && degree ? 'them' : 'it'}, which ${issuer} has not confirmed (the notes say which reading): ask ${issuer} before you rely on it.`,
  'goal.hired-newly-licensed': ({ licenses, none }) =>
    none
      ? `The dates assume a case-management post hires you as a newly licensed ${licenses.join(' or ')}, with no time under the license yet; the step that looks for one says what to check.`
      : `The dates assume a case-management post hires you with the ${licenses.join(' or ')} experience you will have by then; the step that looks for it says what to check.`,
  'goal.license-first': ({ short, abbreviation, months }) =>
    `This plan finishes your ${short} first, keeping the supervised hours you are earning for it. “Shorter ways” lists ways to the ${abbreviation} up to ${span(months)} earlier; any that moves you before you hold the ${short} could stop those hours.`,
};
