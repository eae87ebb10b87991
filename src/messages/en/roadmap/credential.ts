import type { CredentialPhrases, Renewal } from '../../../roadmap/phrases/credential.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { capitalize, lowerFirst, months, org, span, usd } from './words.js';

/** The fee, or what the sources leave out: the fee, and the CE hours where those are unknown too. */
const renewalFee = (r: Renewal) => {
  const ask = r.issuer ? org(r.issuer) : 'the certifying body';
  if (r.fee !== null)
    return ` Renewal costs ${usd(r.fee)}.${r.ceHours === null ? ` The continuing education it asks for is not in the sources we cite; ask ${ask}.` : ''}`;
  return r.ceHours === null
    ? ` The continuing education it asks for and its fee are not in the sources we cite; ask ${ask}.`
    : ` The renewal fee is not in the sources we cite; ask ${ask}.`;
};

const ethics = (r: Renewal) => (r.ethicsHours ? ` (${r.ethicsHours} in ethics)` : '');

export const credential: AreaMessages<CredentialPhrases> = {
  'credential.apply': ({ abbreviation, exam }) =>
    exam ? `Apply for and sit the ${abbreviation} exam` : `Apply for the ${abbreviation}`,
  // The route's title reads mid-sentence: "(qualifying license …)", an acronym kept ("(RN license …)").
  'credential.eligible': ({ when, route }, f) =>
    when.kind === 'now'
      ? `You are eligible now (${lowerFirst(route)}).`
      : when.kind === 'from'
        ? `You become eligible in ${f.month(when.month)} (${lowerFirst(route)}).`
        : `You become eligible once the steps above are done (${lowerFirst(route)}).`,
  'credential.review-unknown': ({ who }) =>
    `${capitalize(org(who))} publishes no review time; the plan allows 1 month.`,
  'credential.review-weeks': ({ who, weeks, months: count }) =>
    `${who} asks you to allow up to ${weeks} weeks for its review; the plan allows ${months(count)}.`,
  'credential.review': ({ who, months: count }) => `${who} reviews applications in about ${months(count)}.`,
  'credential.study': ({ months: count, format }) =>
    `Study for about ${months(count)} before the exam. Format: ${format}.`,
  'credential.no-exam': () => 'There is no exam: the credential is awarded on application.',
  'credential.on-demand': ({ approvedBy, attempts }) => {
    const limit = attempts ? ` Each part may be attempted up to ${attempts} times in a calendar year.` : '';
    return approvedBy
      ? `There are no fixed exam dates: you book a test date once ${approvedBy} approves your application.${limit}`
      : `There are no fixed exam dates: you book a test date when you are ready.${limit}`;
  },
  'credential.windows-unknown': ({ who, resultsWeeks, resultsMonths }) =>
    `The exam is given in testing windows whose dates are not in the sources we cite; check the calendar with ${who}. The plan dates it as soon as you could sit it, so the next window may come later than shown.${
      resultsWeeks !== null
        ? ` Results are mailed about ${resultsWeeks} weeks after the window's last day; the plan allows ${months(resultsMonths)} for them.`
        : ''
    }`,
  'credential.fees-unknown': ({ who }) => `The fees are not in the sources we cite; ask ${org(who)}.`,
  'credential.fees': ({ who, published, effective, application, exam, partial }, f) => {
    const parts: string[] = [];
    if (application !== null) parts.push(`${usd(application)} application`);
    if (exam !== null) parts.push(`${usd(exam)} exam`);
    const since = published
      ? `Fees from ${f.month(effective)}`
      : `Fees as ${org(who)}'s page showed them in ${f.month(effective)}`;
    return `${since}: ${parts.join(' + ') || 'not published'}${partial ? ' (the rest is not in the sources we cite)' : ''}.`;
  },
  'credential.pass-ids': ({ ids }) => `Pass the ${ids.join(' or ')} exam`,
  'credential.pass': ({ exam }) => `Pass the ${exam}`,
  'credential.exam-through-license': ({ owner, short, state, board }) =>
    `${owner ?? 'The exam owner'} registers a candidate only once a state board approves them (as third parties describe its process): in ${state}, that approval comes with an application for the ${short}, which uses this exam. Apply to ${board ? `the ${board}` : `the ${state} board`} for the ${short} first, and ask it how to sit the exam.`,
  'credential.exam-study': ({ months: count, issuer }) =>
    `Most people study about ${months(count)}${issuer ? `; ${org(issuer)} runs it` : ''}.`,
  'credential.stale-fee': ({ min, max, asOf, issuer }, f) =>
    `The fee shown, ${min === max ? usd(min) : `${usd(min)}–${usd(max)}`}, is the newest in the sources we cite, from ${f.month(asOf)}; check today's fee with ${issuer ? org(issuer) : 'the exam body'}.`,
  'credential.ce': ({ hours }) => `Complete ${hours} more hours of continuing education in case management`,
  'credential.ce-have': ({ hours, perMonth }) =>
    `You have ${hours} hours from the last two years. The plan allows about ${perMonth} hours a month.`,
  'credential.renew-title': (r) =>
    `Keep ${r.held ? 'your' : 'the'} ${r.abbreviation} current: renew every ${span(r.months)}${r.ceHours === null ? '' : ` with ${r.ceHours} CE hours`}`,
  'credential.renew-held': (r) => {
    const ce = r.ceHours === null ? '' : ` with ${r.ceHours} hours of continuing education${ethics(r)}`;
    return `You hold the ${r.abbreviation}. It is renewed every ${span(r.months)}${ce}.${renewalFee(r)} The plan does not know when yours falls due, so this step is dated today: check the renewal date on your ${r.issuer ?? 'certifying body'} account now, plan your CE hours so they are done before it, and pay the renewal then.`;
  },
  'credential.renew': (r) =>
    `From the day it is awarded, the ${r.abbreviation} lasts ${span(r.months)}.${
      r.ceHours === null
        ? ' Renew it before then.'
        : ` To renew it, collect ${r.ceHours} hours of continuing education along the way${ethics(r)}.`
    }${renewalFee(r)}${r.ceHours === null ? '' : ' Professional associations offer accepted CE.'}`,
};
