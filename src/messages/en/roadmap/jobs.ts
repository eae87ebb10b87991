import type { JobName, JobPhrases } from '../../../roadmap/phrases/jobs.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { article, lowerFirst, span } from './words.js';

/** "A high-school diploma" → "a high-school diploma"; an acronym ("BSW") keeps its capitals. */
function lowerFirstWord(text: string): string {
  return /^[A-Z](?![A-Z])/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

// A state's own title is a name and keeps its capitals; the data's generic names do not.
export const jobName = ({ title, employer }: JobName) =>
  employer ? `${article(title)} at the ${employer}` : article(lowerFirstWord(title));

export const jobs: AreaMessages<JobPhrases> = {
  'jobs.get': ({ job }) => `Get a job as ${jobName(job)}`,
  'jobs.held': ({ job }) => `Work as ${jobName(job)}, the job you chose`,
  'jobs.held-why': ({ since }, f) =>
    `It is your job now${since ? ` (since ${f.month(since)})` : ''}: the plan builds on it rather than sending you to find it.`,
  'jobs.search': ({ move, post }, f) => `${move ? 'Move into' : 'Find'} a job as ${f.say(post)}`,
  'jobs.post-or-another': ({ title, employer }) =>
    `${article(title)} at the ${employer}, or another case-management post`,
  'jobs.post-chosen': ({ job }) => `${jobName(job)}, the job you chose`,
  'jobs.other-area': ({ jobArea, area }) =>
    `It is a post in ${lowerFirstWord(jobArea)}, not in ${lowerFirstWord(area)}: no job of that area with published minimum qualifications fits you now, and this is a case-management post you qualify for today.`,
  'jobs.state-also': ({ name, summary }) =>
    `Also open at this level in your state: ${lowerFirst(name)}. ${summary}`,
  'jobs.one-you-qualify': ({ title, employer }) =>
    `One you qualify for now is the ${title} at the ${employer}.`,
  'jobs.qualifies': ({ requirement, met, counted }) =>
    counted && counted.length > 0 && !met
      ? `Minimum qualifications: ${lowerFirstWord(requirement)}. The steps before this one give you the rest; for ${counted.map(lowerFirstWord).join('; ')}, the plan counts the work on your profile; the employer decides whether it counts, so ask it.`
      : `Minimum qualifications: ${lowerFirstWord(requirement)}, which ${met ? 'you have' : 'the steps before this one give you'}.`,
  'jobs.experience-short': ({ requirement, experience }) =>
    `Minimum qualifications: ${lowerFirstWord(requirement)}. No step before this one gives you the experience part (${experience.map(lowerFirstWord).join('; ')}): the work on your profile is not counted for it as the plan reads it. Ask the employer whether yours counts before you apply; if it does not, a post where such experience is gained comes first.`,
  'jobs.no-qualifications': () =>
    'The sources we cite give no minimum qualifications for this job; employers set their own.',
  'jobs.it-is-chosen': () => 'It is the job you chose.',
  'jobs.chosen': () => 'The job you chose.',
  'jobs.after-first-degree': () =>
    'The plan dates it once the degree before it is done, as such posts often ask for one; some employers take experience instead, so ask those you would like to work for whether they would hire you sooner.',
  'jobs.rung-experience': ({ months: typical, have }) =>
    `People in such posts typically have ${span(typical)} or more in case management (a career guide, not a rule), and you have ${have > 0 ? `about ${span(have)}` : 'none yet'}. If the posts you want ask for more experience than that, a case manager post comes first, and this job moves back by as much.`,
  'jobs.returning-to-license': ({ license, lastWorked }, f) =>
    `You would apply coming back to the ${license} after time away${lastWorked ? ` (your last work under it ended in ${f.month(lastWorked)})` : ''}: whether the posts you want ask for recent experience, or a refresher course first, is not in the sources we cite, so check them and ask the board; if they do, that comes first, and this step and those after it move back by as much.`,
  'jobs.newly-licensed': ({ licenses, months: have }) =>
    have === null
      ? `You would apply as a newly licensed ${licenses.join(' or ')}: if the posts you want ask for experience under the license first, take a post that gives it, and this step and those after it move back by as much.`
      : `You would apply with ${have > 0 ? `about ${span(have)} of work` : 'no work on your profile yet'} as ${article(licenses.join(' or '))}: whether the posts you want ask for more experience under the license first is not in the sources we cite, so check them; if they do, stay in your post until you have it, and this step and those after it move back by as much.`,
  'jobs.chosen-below-a-post': ({ abbreviation }) =>
    `The plan also looks for a case-manager post at the same time, for the ${abbreviation}: your education already meets what the plan asks of one, and only its months count toward the ${abbreviation}, not this job's. Take the first good offer; if it is the case-manager post, this job is not needed.`,
  'jobs.keep-entry': ({ job }) =>
    `These months count in the job the plan starts you in, as ${jobName(job)}: keep it, and no second job search is needed.`,
};
