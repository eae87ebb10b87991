import type {
  AnswerPhrases,
  EducationVia,
  EligibleWhen,
  PayLevel,
} from '../../../roadmap/phrases/answers.js';
import type { Phrase } from '../../../roadmap/phrases/index.js';
import type { AreaMessages, RoadmapFormat } from '../../roadmap-messages.js';
import { figuresWords } from './figures.js';
import {
  article,
  FIELD_NAMES,
  LEVEL_NAMES,
  lowerFirst,
  orList,
  ROLE_NAMES,
  span,
  usd,
  usdRange,
} from './words.js';

/** A step's title inside a sentence: its first letter lower-cased. */
function inSentence(title: Phrase, f: RoadmapFormat): string {
  return f.say(title).replace(/^./, (c) => c.toLowerCase());
}

const quoted = (titles: readonly Phrase[], f: RoadmapFormat) => titles.map((t) => `“${f.say(t)}”`).join(', ');

function via(v: EducationVia | null): string {
  if (!v) return '';
  if (v.kind === 'degree')
    return `${article(orList(v.levels.map((l) => LEVEL_NAMES[l])))}${v.field ? ` in ${FIELD_NAMES[v.field]}` : ''}`;
  const needs = via(v.needs);
  const which = needs ? ` (which needs ${needs})` : '';
  return v.kind === 'license' ? `an ${v.abbreviation} license${which}` : `the ${v.abbreviation}${which}`;
}

function eligibleWords(eligible: EligibleWhen, exam: boolean, f: RoadmapFormat): string {
  if (eligible.kind === 'now') return 'You are eligible now';
  if (eligible.kind === 'from') return `You become eligible in ${f.month(eligible.month)}`;
  return `You become eligible once the steps before the ${exam ? 'exam' : 'application'} are done`;
}

const levelName = (level: PayLevel) =>
  level.kind === 'rung'
    ? level.name.toLowerCase()
    : level.kind === 'role'
      ? ROLE_NAMES[level.role]
      : level.id.replace(/-/g, ' ');

const paidAs = (occupation: string | null) => (occupation ? `, paid as ${lowerFirst(occupation)}` : '');

export const answers: AreaMessages<AnswerPhrases> = {
  'answers.question.how-long': () => 'How long will it take?',
  'answers.question.without-degree': () => 'Can I do it without a degree?',
  'answers.question.more-education': () => 'Do I need more education?',
  'answers.question.earnings': () => 'What will I earn?',
  'answers.question.cost': () => 'What will it cost?',

  'answers.how-long.none': () =>
    'No certification could be planned from your profile; see the steps and notes.',
  'answers.how-long.held': ({ abbreviation }) => `You already hold the ${abbreviation}.`,
  'answers.how-long.no-route': ({ abbreviation }) =>
    `No route to the ${abbreviation} can be planned from your profile yet.`,
  'answers.how-long.unconfirmed': ({ abbreviation }) =>
    `Whether the ${abbreviation} is offered, and on what criteria, is not confirmed in the sources we cite, so the plan dates no route to it; the notes give what is known and whom to ask.`,
  'answers.how-long.unresolved': ({ abbreviation, months: count, needs }) =>
    `The ${abbreviation} cannot be dated yet: it waits for ${needs.length === 1 ? 'a need' : 'needs'} no step of this plan can meet (${needs.map(lowerFirst).join('; ')}). The dates shown assume that is resolved now; count about ${span(count)} from the month it is.`,
  'answers.how-long.about': (
    { months, abbreviation, end, eligible, exam, besideAJob, windowsUnknown, partTime },
    f,
  ) => {
    // A credential awarded on application (the NASW ones) has no exam to study for.
    const rest = exam ? 'study, the application review and the exam' : 'the application and its review';
    return `About ${span(months)}: on this plan you could hold the ${abbreviation} by ${f.month(end)}. ${eligibleWords(eligible, exam, f)}; the rest is ${rest}.${
      besideAJob
        ? ' This date assumes full-time study beside your job; if you study part time, it comes later.'
        : ''
    }${
      partTime
        ? ` ${besideAJob ? 'It also assumes' : 'This date assumes'} full-time work in the new post; at the ${partTime.hours} hours a week you work now, it would come about ${span(partTime.later)} later.`
        : ''
    }${
      windowsUnknown
        ? ` The dates of the exam's testing windows are not in the sources we cite, so this is the earliest date on the plan's assumptions; the real window may come later.`
        : ''
    }`;
  },

  'answers.without-degree.none': () => 'That depends on the certification; none could be planned here.',
  'answers.without-degree.unconfirmed': ({ abbreviation }) =>
    `The education the ${abbreviation} asks for is not confirmed in the sources we cite; the notes give what is known.`,
  'answers.without-degree.no-degree-route': ({ abbreviation, hasDegree }) =>
    `${hasDegree ? 'No' : 'Yes'}: one route to the ${abbreviation} asks for no degree.`,
  'answers.without-degree.has-education': ({ abbreviation }) =>
    `You already have the education the ${abbreviation} asks for; your plan adds no further study.`,
  'answers.without-degree.route-met': (
    { abbreviation, route, months: length, planned, titles, hasDegree },
    f,
  ) => {
    const study = titles.map((t) => inSentence(t, f)).join(', then ');
    const met = `${hasDegree ? 'Not for one route' : 'Yes'}: your education already meets the education part of one route to the ${abbreviation} (${route})${length !== null ? `; on this plan's assumptions that way takes about ${span(length)}` : ''}.`;
    return length !== null && planned !== null && planned < length
      ? `${met} The study on your plan (${study}) is not required: it makes the way about ${span(length - planned)} shorter, so weigh its time and cost against that. Without it you could start working toward the ${abbreviation} now.`
      : `${met} The study on your plan is for something else a route needs, or for a quicker one: ${study}.`;
  },
  'answers.without-degree.below-bachelor': ({
    abbreviation,
    via: v,
    beyondHighSchool,
    holdsBachelor,
    hasDegree,
  }) =>
    holdsBachelor
      ? `Your degree does not meet the ${abbreviation}'s education as it stands ("Where you stand" says what it lacks); another way to it is through ${via(v)}.`
      : hasDegree
        ? `Yes: the least education the ${abbreviation} can be reached with is ${via(v)}.`
        : `No, not for the ${abbreviation}: it needs more than ${beyondHighSchool ? 'the education you have now' : 'a high-school diploma'}, though not a bachelor's; the least is ${via(v)}.`,
  'answers.without-degree.needs': ({ abbreviation, level, viaLicense, hasDegree }) =>
    `${hasDegree ? 'Yes' : 'No'}: every route to the ${abbreviation} needs at least ${article(LEVEL_NAMES[level])}${viaLicense ? ', directly or through a license' : ''}.`,
  'answers.without-degree.your-plan': ({ titles }, f) =>
    `Your plan includes: ${titles.map((t) => inSentence(t, f)).join(', then ')}.`,
  'answers.without-degree.field-plan': ({ titles, shorterShown }, f) =>
    `Your plan takes a degree in this area's own field instead: ${titles.map((t) => inSentence(t, f)).join(', then ')}.${
      shorterShown ? ' The shorter way is under “Shorter ways”.' : ''
    }`,
  'answers.without-degree.have-it': () => 'You already have the education it needs.',

  'answers.earnings.today': ({ level, occupation, figures }) =>
    `Today, as ${article(levelName(level))}${paidAs(occupation)}: ${figuresWords(figures)}.`,
  'answers.earnings.license-pays-more': ({ occupation, figures, sources }) =>
    `You hold a nursing license, and ${occupation ? occupation.toLowerCase() : 'that occupation'} are paid more: ${figuresWords(figures)}${sources.length > 0 ? ` (${sources.join('; ')})` : ''}. The figure above likely understates what you earn, so measure offers against your own pay, not against it.`,
  'answers.earnings.from': ({ month, level, job, credential, occupation, figures }, f) =>
    `From ${f.month(month)}, as ${article(job ? lowerFirst(job) : levelName(level))}${credential ? ` with the ${credential}` : ''}${paidAs(occupation)}: ${figuresWords(figures)}.`,
  'answers.earnings.off-ladder': () =>
    'Your job now is not a case-management post, so the plan shows no pay for today. Set what you earn now beside the pay of each step before you move: a first case-management post can pay less than years in another field.',
  'answers.earnings.no-figure-now': () =>
    'The sources we cite give no pay figure for your job now: BLS has no single occupation for it.',
  'answers.earnings.unknown': ({ titles }, f) => {
    const one = titles.length === 1;
    return `The sources we cite give no pay figure for the post ${one ? 'the step' : 'the steps'} ${quoted(titles, f)} ${one ? 'leads' : 'lead'} to (the step says why).`;
  },
  'answers.earnings.part-time': ({ hours }) =>
    `You work ${hours} hours a week now: these yearly figures are for whole occupations and are not adjusted to your hours, so at ${hours} hours a week your pay would likely be lower.`,
  'answers.earnings.no-raise': ({ titles }, f) =>
    `The plan shows no raise for ${quoted(titles, f)}: the BLS figures for that post are not above the pay you have (the step says why).`,
  'answers.earnings.none': () => 'The sources we cite give no pay figure for the posts on this plan.',
  'answers.earnings.explore': () => 'Ask employers near you for the pay range of the posts you apply for.',
  'answers.earnings.sources': ({ titles }) =>
    `The figures come from: ${titles.join('; ')}. Each is cited beside its figure in the pay table.`,
  'answers.earnings.yearly': () =>
    'They are yearly pay for everyone in each occupation, every level of experience alike (BLS gives no pay by years on the job); employers and regions vary.',

  'answers.cost.known': ({ min, max, titles }, f) =>
    `About ${usdRange({ min, max })} in the costs we know, for: ${titles.map((t) => inSentence(t, f)).join('; ')}.`,
  'answers.cost.none': () => 'No step on this plan has a cost in the sources we cite.',
  'answers.cost.unknown': ({ titles }, f) =>
    `Not in the sources we cite: ${titles.map((t) => inSentence(t, f)).join('; ')}.`,
  'answers.cost.renewal': ({ renewals }) =>
    `Renewing later: ${renewals.map((r) => `the ${r.abbreviation} costs ${usd(r.usd)} every ${r.years} years`).join('; ')}.`,
};
