/**
 * The wizard's own sentences, in US English. Other languages get a file beside this one that
 * satisfies `WizardMessages` (a missing sentence or a wrong parameter is then a type error).
 * Names of things the data defines (licenses, certifications, specializations) come from the data.
 */
import { withArticle } from '../core/article.js';

/** "a" or "an" by how the word is said: "an LPN", "a utilization reviewer", "an associate degree". */
export const article = withArticle;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const wizardEn = {
  intro:
    'A few questions about your education, licenses, work and goals, then your\n' +
    'roadmap. Ctrl-C stops at any time; your answers are kept for next time.\n',
  cancelled: 'Cancelled. Your answers are saved; run casemgr-path again to pick up where you left off.',
  cancelledNothingKept: 'Cancelled.',
  kept: (sections: string[]) => `Kept: ${sections.join(', ')}.`,

  // Education
  highest: 'What is the highest education you have finished?',
  notFinishedHighSchool: 'I have not finished high school yet',
  field: 'In which field?',
  credits: 'About how many college credits have you finished? (semester credits; 0 if unsure)',
  accreditedBy: (program: string, body: string) => `Is the ${program} program accredited by ${body}?`,
  accreditedWhich: (program: string) => `Which body accredits the ${program} program?`,
  notSureAccredited: 'Counted as not accredited until you check; your school can tell you.',
  practicum: (did: 'Did' | 'Does') =>
    `${did} the program include a supervised practicum or field placement (in case management, health or behavioral health)?`,
  internshipHours: (did: 'did' | 'does') =>
    `How many hours of supervised internship ${did} the program include? (0 if none)`,
  courses: (did: 'did' | 'does') => `Which of these courses ${did} the program include?`,
  // With a saved answer shown as the default, the example is left out (one pair of brackets).
  finished: (degree: string, example = true) =>
    `When did you finish your ${degree}?${example ? ' (for example 2019-05)' : ''}`,
  expected: 'When do you expect to finish? (month and year, for example 2027-05)',
  moreEducation: 'Anything else about your education?',
  moreDone: "No, that's everything",
  moreStudying: "A degree I'm studying for now",
  moreFinished: 'Another degree I finished',
  whichStudying: 'Which degree are you studying for?',
  whichFinished: 'Which degree did you finish?',

  // Licenses
  held: 'Which of these do you hold, or have you passed?',
  heldLicensesOnly: 'Which licenses do you hold?',
  heldHint: 'space to select, Enter when done; none is fine',
  notAllActive: '(One of my licenses is inactive, lapsed or restricted)',
  licenseStatus: (name: string) => `What is the status of your ${name} license?`,
  stateOfLicense: (count: number) =>
    count === 1 ? 'In which state is your license?' : 'In which state are your licenses?',
  stateToWork: 'In which state do you live or plan to work?',
  notInUs: 'Not in the US, or not sure',

  // Experience
  jobs: 'Which of these jobs have you had, if any?',
  jobsHint: 'space to select, Enter when done; a practicum is education, not a job',
  jobDates: (job: string, example = true) =>
    `Your job as ${article(job)}: from when to when?${example ? ' (for example 2024-03 to now)' : ''}`,
  jobSetting: (job: string, ongoing: boolean) =>
    `Where ${ongoing ? 'is' : 'was'} your job as ${article(job)}?`,
  jobHours: (job: string, example = true) =>
    `Hours a week as ${article(job)}?${example ? ' (for example 40, or 10 unpaid)' : ''}`,
  jobSupervisor: (job: string, ongoing: boolean) =>
    `Who ${ongoing ? 'supervises' : 'supervised'} your work as ${article(job)}?`,
  jobBeforeDegree: (job: string, start: string, degree: string, finished: string) =>
    `Your job as ${article(job)} starts ${start}, before your ${degree} (${finished}). Which is right?`,
  bothRight: 'Both are right',
  fixJob: "Change the job's dates",
  fixDegree: 'Change the month I finished',
  ceHours: 'Hours of continuing education in case management in the last 2 years?',

  // Goals
  goal: 'What would you like to work toward?',
  goalRecommend: 'Not sure yet: recommend a goal for me',
  goalArea: (area: string) => area,
  goalCertification: (abbreviation: string, name: string) => `${abbreviation} certification: ${name}`,

  // Welcome back
  stillThere: (what: string, gap: number, since: string, from: string, to: string, arrow: string) =>
    `Still working as ${what}? That adds the ${plural(gap, 'month')} since ${since}: ${from} ${arrow} ${to} months.`,
  stayed: (gap: number) => `How many of those ${plural(gap, 'month')} were you still there?`,
  whatElseChanged: (since: string) => `What else has changed since ${since}?`,
  whatChanged: (since: string | null) => (since ? `What has changed since ${since}?` : 'What has changed?'),

  // Save
  saveNew: 'Save your answers so you can come back to them?',
  saveUpdate: 'Save the updated profile?',
  firstName: 'Your first name, to greet you next time? (optional; Enter to skip)',
  nextTimeDefault: 'Next time, run casemgr-path again to update it.',
  nextTimeFile: (path: string) => `Next time: casemgr-path roadmap --profile ${path}`,
  notSaved: 'Not saved: next time, the questions start afresh.',

  // Answers
  yesNoHelp: 'please type y for yes or n for no',
};

/** A message's shape with any words: the same parameters, returning a string. */
type AnyWords<T> = T extends (...args: infer A) => unknown ? (...args: A) => string : string;

/**
 * What every language's wizard messages must have: the keys and parameters of the English, each
 * saying any words (the English's literal return types widened to string).
 */
export type WizardMessages = { [K in keyof typeof wizardEn]: AnyWords<(typeof wizardEn)[K]> };
