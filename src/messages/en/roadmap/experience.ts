import type { ExperiencePhrases, Post, PostSettings } from '../../../roadmap/phrases/experience.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { purposeName } from './requirement.js';
import {
  article,
  capitalize,
  months,
  moreMonths,
  orList,
  ROLE_NAMES,
  SETTING_NAMES,
  SUPERVISOR_NAMES,
  yourRole,
} from './words.js';

function where(w: PostSettings | null): string {
  if (!w) return '';
  return ` in ${orList(w.settings.map((s) => SETTING_NAMES[s]))}${w.more ? ' (or similar)' : ''}`;
}

function post(p: Post): string {
  if (p.kind === 'supervised')
    return `a supervised post${where(p.where)}${p.purpose ? ` for the ${purposeName(p.purpose)}` : ''}`;
  const supervised = p.supervisors
    ? ` supervised by ${orList(p.supervisors.map((k) => SUPERVISOR_NAMES[k]))}`
    : '';
  return `a job as ${article(ROLE_NAMES[p.role])}${where(p.where)}${supervised}`;
}

export const experience: AreaMessages<ExperiencePhrases> = {
  'experience.have': ({ have, earlier }) =>
    earlier ? `You have ${have} today; the stay before this step adds to them.` : `You have ${have}.`,
  'experience.keep': ({ role, months: count }) => `Keep ${yourRole(role)} (${moreMonths(count)})`,
  'experience.keep-on': ({ role, months: count }) =>
    `Stay in ${yourRole(role)} after that (${moreMonths(count)})`,
  'experience.part-time': ({ hours, rate }) =>
    `At ${hours} hours a week, a month counts as ${rate} of a full-time month.`,
  'experience.after-degree': () => 'Only months after the degree count.',
  'experience.closes': ({ month }, f) => `Staying in your role closes the gap in ${f.month(month)}.`,
  'experience.find': ({ move, post: p }) => `${move ? 'Move into' : 'Find'} ${post(p)}`,
  'experience.post-only': ({ requirement }, f) =>
    `${f.say(requirement)}: the months count only in a post like this.`,
  'experience.near-case-management': ({ role, asked }) =>
    asked
      ? `${capitalize(yourRole(role))} is not counted here toward this requirement; if the certifying body counts your duties (the step that asks it), this move is not needed.`
      : `${capitalize(yourRole(role))} is not counted here toward this requirement. If your duties include assessment, care planning and coordinating services, ask the certifying body whether they count: if they do, this move is not needed.`,
  'experience.not-counted': ({ role, caveated }) =>
    `${capitalize(yourRole(role))} does not count toward it${caveated ? ' as the plan reads the rule; the notes below say whom to ask' : ''}.`,
  'experience.search': ({ months: count }) => `The plan allows ${months(count)} to find one.`,
  'experience.return': ({ role, months: count, certificationAhead }) =>
    `You are not working in case management now; with ${months(count)} as ${article(ROLE_NAMES[role])} behind you, the plan starts with a post like your last one.${certificationAhead ? ' The certification below need not wait until you are in it.' : ''}`,
  'experience.clinical-first': ({ short, counted }) =>
    counted
      ? `The plan counts the supervised hours of your current job toward the ${short} as done, and still moves you once you hold it: if the board counts fewer of them, you are still in the post that earns the rest. Once it confirms your hours, you could move sooner.`
      : `You are earning supervised hours toward the ${short} in your current job, so the plan moves you once you hold it: leaving first could stop those hours. If the board would count the new post's hours too, you could move sooner; ask it first.`,
  'experience.before-planned-degree': () =>
    'The plan counts these months from the start of the post, while you study: the rule does not say they must come after the degree. Confirm with the certifying body that months worked before the degree count before you rely on them.',
  'experience.employer-minimums': () =>
    'Employers set their own minimum qualifications for such posts, and the sources we cite give none: read postings near you before you count on this date.',
  'experience.experience-early': () =>
    'The plan dates this move once the degree before it is done, as such posts often ask for one; the certification does not, and some employers hire on experience like yours sooner, so ask those you would like to work for: for this requirement the months count from the start of the post.',
  'experience.bachelor-early': () =>
    "With your bachelor's you could take such a post before you finish studying (beside full-time study, that is a full load); for this requirement the months count either way.",
  'experience.move-while-studying': () =>
    "You work now and will study beside your job: with your bachelor's, the plan has you make that job such a post now rather than after the degree, since for this requirement the months count before the degree too (confirm that with the certifying body before you rely on it). If the posts you find ask for the new degree first, this move and the steps after it wait for it.",
  'experience.work': ({ months: count, post: p }) =>
    p.kind === 'role'
      ? `Work ${months(count)} full time as ${article(ROLE_NAMES[p.role])}${where(p.where)}`
      : `Work ${months(count)} full time under supervision${p.purpose ? ` for the ${purposeName(p.purpose)}` : ''}`,
  'experience.still-needed': ({ need }) => `Still needed: ${need}.`,
  'experience.full-time-assumed': ({ partTime }) =>
    partTime
      ? `The plan assumes full-time work in the new post; at the ${partTime.hours} hours a week you work now, it would take about ${months(partTime.months)}, and the steps after it would come about ${months(partTime.later)} later.`
      : 'The plan assumes full-time work.',
};
