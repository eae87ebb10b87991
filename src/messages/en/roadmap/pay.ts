import type { BandMedian, PayPhrases } from '../../../roadmap/phrases/pay.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { capitalize, lowerFirst, ROLE_NAMES, usd } from './words.js';

const median = (band: BandMedian, state: string) =>
  `a median of ${usd(band.median)} nationally${band.stateMedian ? ` and ${usd(band.stateMedian)} in ${state}` : ''}`;

export const pay: AreaMessages<PayPhrases> = {
  'pay.role': ({ role }) => capitalize(ROLE_NAMES[role]),
  'pay.label': ({ credential, rung, reactivated }) =>
    [credential ? (reactivated ? `${credential} active again` : `+ ${credential}`) : '', rung ?? '']
      .filter(Boolean)
      .join(', '),
  'pay.years': () =>
    "Pay: BLS gives each occupation's pay across every level of experience, not by years on the job, so the plan shows no change in pay for this move.",
  'pay.same': ({ occupation }) =>
    `Pay: the plan reads this post as BLS's ${lowerFirst(occupation)}, the same occupation as your job now, so it shows no change in pay.`,
  'pay.unknown': ({ job, rung, area }) => {
    const what = job
      ? 'BLS has no single occupation for this job'
      : `BLS has no occupation for ${rung ? `${rung.toLowerCase()} posts` : 'this post'}${area ? ` in ${lowerFirst(area)}` : ''}`;
    return `Pay: not in the sources we cite; ${what}, so the plan shows no figure. Ask employers what such posts pay.`;
  },
  'pay.no-raise': ({ next, current, period, state, below }) => {
    const nextName = next.occupation ? lowerFirst(next.occupation) : 'the figures of its field';
    const currentName = current.occupation
      ? lowerFirst(current.occupation)
      : 'the figures your pay follows now';
    return `Pay: the plan reads this post as BLS's ${nextName} (${median(next, state)}${period ? `, ${period}` : ''}), ${below ? 'below' : 'no higher than'} ${currentName} (${median(current, state)}), the occupation your pay follows now. The sources we cite give no figure for this post itself, so the plan shows no raise; ask employers what it pays.`;
  },
  // National beside national, then the state's figure for the post alone: the job held now has none.
  'pay.state-unknown-now': ({ state, next, nextNational, current, occupation }) =>
    `${nextNational !== null ? `Nationally the median for ${occupation ? lowerFirst(occupation) : 'this post'} is ${usd(nextNational)}, against ${usd(current)} for your job now; in ${state} it is ${usd(next)}` : `In ${state} the median for ${occupation ? lowerFirst(occupation) : 'this post'} is ${usd(next)}, and the national median of your job now is ${usd(current)}`}, and the sources we cite give no ${state} figure for your job now, so the move may pay less where you live: compare what employers near you offer before you move.`,
  'pay.state-unknown-now-above': ({ state, next, nextNational, current, occupation }) =>
    `In ${state} the median for ${occupation ? lowerFirst(occupation) : 'this post'} is ${usd(next)}, above the national median of your job now (${usd(current)}), but that is no measure of a raise: ${state} pays this occupation above its national median (${usd(nextNational)}), and the sources we cite give no ${state} figure for your job now. Compare what employers near you offer with what you earn before you move.`,
  'pay.state-lower': ({ state, next, current, occupation }) =>
    `Nationally this post's median is above that of your job now, but in ${state} the median for ${occupation ? lowerFirst(occupation) : 'this post'} (${usd(next)}) is below that of the occupation your pay follows now (${usd(current)}): the plan reads the two posts as different BLS occupations, so compare what employers near you offer before you move.`,
};
