import type { JobEarlyPhrases } from '../../../roadmap/phrases/job-before-degree.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { jobName } from './jobs.js';
import { article } from './words.js';

export const jobEarly: AreaMessages<JobEarlyPhrases> = {
  'job-early.now': () =>
    'You need not wait for the degree: the credits and work you have already open such a post, so the plan has you take one now and finish the degree while you work. Studying while working full time usually takes longer; ask the school about part-time study. The plan counts the months you work before the degree toward the certification; confirm that with the certifying body before you rely on it.',
  'job-early.words': ({ state, title, employer, requirement, credits, month, entryJob }, f) =>
    `In ${state}, ${article(title)}${employer ? ` at the ${employer}` : ''} needs less than the full degree${
      requirement ? ` (${requirement.charAt(0).toLowerCase()}${requirement.slice(1)})` : ''
    }: ${
      credits === null
        ? `the credits you have are enough, and your work reaches the experience it asks for by ${f.month(month)}`
        : `at full-time study you would have about ${credits} credits by ${f.month(month)}`
    }${
      entryJob
        ? `, and by then your work as ${jobName(entryJob)}, the job the plan starts you in, would give the relevant work it asks for`
        : ''
    }, so the plan has you take such a post then and finish the degree while you work. Studying while working full time usually takes longer; ask the school about part-time study, and ask the employer how it counts your credits. The plan counts the months you work before the degree toward the certification; confirm that with the certifying body before you rely on it.`,
};
