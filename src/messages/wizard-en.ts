/**
 * The wizard's own sentences, in US English. Every other language has files beside these that
 * satisfy `WizardMessages` (a missing sentence or a wrong parameter is then a type error, and
 * tests/lang/wizard-es.test.ts checks the keys and placeholders at run time). Names of things the
 * data defines (licenses, certifications, specializations, courses) come from the data.
 */
import { withArticle } from '../core/article.js';
import { enFormat } from './en/format.js';
import { answersEn } from './wizard-en-answers.js';
import { dialogsEn } from './wizard-en-dialogs.js';
import { labelsEn } from './wizard-en-labels.js';

/** "a" or "an" by how the word is said: "an LPN", "a utilization reviewer", "an associate degree". */
export const article = withArticle;

const education = {
  highest: 'What is the highest education you have finished?',
  /** The answers to "highest education" that name a common degree outright, field included. */
  highestChoices: {
    'high-school': { name: 'High school diploma or GED', short: 'High school' },
    'some-college': { name: 'Some college, no degree', short: 'Some college' },
    'certificate:nursing': {
      name: 'Practical nursing certificate (LPN or LVN)',
      short: 'Practical nursing certificate',
    },
    certificate: { name: 'Another certificate after high school', short: 'Certificate' },
    'diploma:nursing': { name: 'Hospital nursing diploma', short: 'Nursing diploma' },
    'associate:nursing': { name: 'Associate degree in nursing (ADN)', short: 'ADN' },
    associate: { name: 'Associate degree in another field', short: 'Associate degree' },
    'bachelor:nursing': { name: "Bachelor's in nursing (BSN)", short: 'BSN' },
    'bachelor:social-work': { name: "Bachelor's in social work (BSW)", short: 'BSW' },
    bachelor: { name: "Bachelor's degree in another field", short: "Bachelor's" },
    'master:social-work': { name: "Master's in social work (MSW)", short: 'MSW' },
    'master:nursing': { name: "Master's in nursing (MSN)", short: 'MSN' },
    master: { name: "Master's degree in another field", short: "Master's" },
    doctorate: { name: 'Doctorate', short: 'Doctorate' },
  },
  notFinishedHighSchool: 'I have not finished high school yet',
  notFinishedHighSchoolShort: 'none yet',
  field: 'In which field?',
  credits: 'About how many college credits have you finished? (semester credits; 0 if unsure)',
  accreditedBy: (program: string, body: string) => `Is the ${program} program accredited by ${body}?`,
  accreditedWhich: (program: string) => `Which body accredits the ${program} program?`,
  yes: 'Yes',
  no: 'No',
  noneOfThese: 'None of these',
  notSure: "I'm not sure",
  notSureAccredited: 'Counted as not accredited until you check; your school can tell you.',
  // `finished`: the program is behind the person (else they are still in it), for the tense.
  practicum: (finished: boolean) =>
    `${finished ? 'Did' : 'Does'} the program include a supervised practicum or field placement (in case management, health or behavioral health)?`,
  internshipHours: (finished: boolean) =>
    `How many hours of supervised internship ${finished ? 'did' : 'does'} the program include? (0 if none)`,
  internshipSupervisor: 'Who supervised the internship?',
  courses: (finished: boolean) => `Which of these courses ${finished ? 'did' : 'does'} the program include?`,
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
  /**
   * A degree inside a sentence: "associate degree in nursing", "bachelor's in social work".
   * `level` is the level as a sentence says it (`labels.levelInText`), `field` the field's label.
   */
  degree: (level: string, field: string | null) => (field ? `${level} in ${field.toLowerCase()}` : level),
  /** A certificate inside a sentence: "human services certificate". */
  certificate: (field: string | null) => (field ? `${field.toLowerCase()} certificate` : 'certificate'),
  practicalNursingCertificate: 'practical nursing certificate',
  /** A hospital diploma is a nursing program by definition: its field is not said twice. */
  nursingDiploma: 'nursing diploma',
};

const licenses = {
  held: 'Which of these do you hold, or have you passed?',
  heldLicensesOnly: 'Which licenses do you hold?',
  heldHint: 'space to select, Enter when done; none is fine',
  /** An exam's name as a list says it ("ASWB Bachelors exam"; Spanish: "examen ASWB Bachelors"). */
  exam: (name: string) => name,
  passedExam: (exam: string) => `${exam} (passed)`,
  notAllActive: '(One of my licenses is inactive, lapsed or restricted)',
  notAllActiveShort: 'not all active',
  licenseStatus: (name: string) => `What is the status of your ${name} license?`,
  stateOfLicense: (count: number) =>
    count === 1 ? 'In which state is your license?' : 'In which state are your licenses?',
  stateToWork: 'In which state do you live or plan to work?',
  notInUs: 'Not in the US, or not sure',
  notInUsShort: 'not given',
};

const experience = {
  jobs: 'Which of these jobs have you had, if any?',
  jobsHint: 'space to select, Enter when done; a practicum is education, not a job',
  jobDates: (job: string, example = true) =>
    `Your job as ${article(job)}: from when to when?${example ? ' (for example 2024-03 to now)' : ''}`,
  jobSetting: (job: string, ongoing: boolean) =>
    `Where ${ongoing ? 'is' : 'was'} your job as ${article(job)}?`,
  // English asks without a verb; Spanish says "trabaja" or "trabajaba" (`ongoing`).
  jobHours: (job: string, _ongoing: boolean, example = true) =>
    `Hours a week as ${article(job)}?${example ? ' (for example 40, or 10 unpaid)' : ''}`,
  jobSupervisor: (job: string, ongoing: boolean) =>
    `Who ${ongoing ? 'supervises' : 'supervised'} your work as ${article(job)}?`,
  jobBeforeDegree: (job: string, start: string, degree: string, finished: string) =>
    `Your job as ${article(job)} starts ${start}, before your ${degree} (${finished}). Which is right?`,
  bothRight: 'Both are right',
  fixJob: "Change the job's dates",
  fixDegree: 'Change the month I finished',
  ceHours: 'Hours of continuing education in case management in the last 2 years?',
};

const goals = {
  goal: 'What would you like to work toward?',
  goalRecommend: 'Not sure yet: recommend a goal for me',
  goalRecommendShort: 'recommend one',
  goalArea: (area: string) => area,
  goalCertification: (abbreviation: string, name: string) => `${abbreviation} certification: ${name}`,
};

export const wizardEn = {
  format: enFormat,
  // One paragraph: it is wrapped to the terminal, however wide.
  intro:
    'A few questions about your education, licenses, work and goals, then your roadmap. Ctrl-C stops at any time; your answers are kept for next time.\n',
  sections: { education: 'Education', licenses: 'Licenses', experience: 'Experience', goals: 'Goal' },
  education,
  licenses,
  experience,
  goals,
  ...dialogsEn,
  answers: answersEn,
  labels: labelsEn,
};

/** A message's shape with any words: the same keys and parameters, each saying a string. */
type AnyWords<T> = T extends (...args: infer A) => unknown
  ? (...args: A) => string
  : T extends string
    ? string
    : T extends readonly (infer E)[]
      ? readonly AnyWords<E>[]
      : { readonly [K in keyof T]: AnyWords<T[K]> };

/**
 * What every language's wizard messages must have: the keys and parameters of the English, each
 * saying any words (the English's literal types widened to string). The locale format is the
 * language's own `LocaleFormat`.
 */
export type WizardMessages = { readonly [K in keyof typeof wizardEn]: AnyWords<(typeof wizardEn)[K]> };
