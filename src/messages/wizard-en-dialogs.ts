/**
 * The wizard's dialogs in US English, around the interview: starting (resume, welcome back), the
 * review, saving and exporting, progress since last time, stopping, and the prompts' own help.
 */
import { withArticle as article } from '../core/article.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const start = {
  resume: (month: string) => `You have unfinished answers from ${month}. Pick up where you left off?`,
  resumeYes: 'Yes, pick up where I left off',
  resumeYesShort: 'Yes',
  resumeOver: 'No, start over',
  resumeOverShort: 'No',
  resumeOverNote: 'The unfinished answers are thrown away.',
  kept: (sections: readonly string[]) => `Kept: ${sections.join(', ')}.`,
  unreadable: (path: string, problem: string) =>
    `Your saved profile ${path} could not be read (${problem}). Starting a new one; that file stays as it is unless you say so.`,
  welcomeBack: (name: string | null, savedIn: string | null) =>
    `Welcome back${name ? `, ${name}` : ''}. Your profile was saved${savedIn ? ` in ${savedIn}` : ''}.`,
  whatToDo: 'What would you like to do?',
  update: 'Update it with what has changed, then see my roadmap',
  updateShort: 'Update it',
  show: 'Just show my roadmap',
  showShort: 'Show my roadmap',
  startNew: 'Start a new profile (for someone else)',
  startNewShort: 'Start a new profile',
  draftNotKept: (reason: string) =>
    `casemgr-path: cannot keep a draft of your answers (${reason}); carrying on.`,
};

const welcome = {
  /** `job` is the job's words, `setting` its setting in lower case (null when not said). */
  stillThere: (
    job: string,
    setting: string | null,
    gap: number,
    since: string,
    from: string,
    to: string,
    arrow: string,
  ) =>
    `Still working as ${article(job)}${setting ? ` (${setting})` : ''}? That adds the ${plural(gap, 'month')} since ${since}: ${from} ${arrow} ${to} months.`,
  stayed: (gap: number) => `How many of those ${plural(gap, 'month')} were you still there?`,
  whatElseChanged: (since: string) => `What else has changed since ${since}?`,
  whatChanged: (since: string | null) => (since ? `What has changed since ${since}?` : 'What has changed?'),
  changedHint: 'space to select, Enter when done; nothing is fine',
};

const review = {
  title: 'Your answers',
  ready: 'Ready?',
  showRoadmap: 'Yes, show my roadmap',
  change: (section: string) => `Change ${section.toLowerCase()}`,
  needsChange: (problem: string) => `One answer needs changing first: ${problem}`,
};

/** The review's one line per section. */
const summary = {
  noEducation: 'no diploma yet',
  degree: (level: string, field: string | null) => (field ? `${level} in ${field.toLowerCase()}` : level),
  certificate: (field: string | null) => (field ? `${field} certificate` : 'Certificate'),
  practicalNursingCertificate: 'Practical nursing certificate',
  nursingDiploma: 'Nursing diploma',
  credits: (credits: number) => `${credits} credits`,
  accredited: (body: string) => `${body}-accredited`,
  inProgress: (expected: string | null) => `in progress${expected ? `, expected ${expected}` : ''}`,
  finished: (month: string) => `finished ${month}`,
  license: (name: string, status: string) => `${name} (${status})`,
  noLicense: 'none',
  licensesIn: (licenses: string, state: string) => `${licenses} in ${state}`,
  livingIn: (state: string) => `none; living in ${state}`,
  passed: (exams: string) => `passed ${exams}`,
  certified: (certifications: string) => `certified: ${certifications}`,
  ceHours: (hours: string) => `${hours} h of continuing education`,
  noExperience: 'none yet',
  months: (months: string, one: boolean, ongoing: boolean) =>
    `${months} month${one ? '' : 's'}${ongoing ? ' so far' : ''}`,
  dates: (start: string, end: string | null, ongoing: boolean) =>
    ` (${start} to ${ongoing ? 'now' : (end ?? '?')})`,
  fullTime: 'full-time',
  hoursAWeek: (hours: string) => `${hours} h/week`,
  unpaid: 'unpaid',
  recommend: 'not sure yet: recommend a goal',
  anyArea: 'any area',
  recommendCertification: 'recommend a certification',
};

const save = {
  saveNew: 'Save your answers so you can come back to them?',
  saveUpdate: 'Save the updated profile?',
  yes: 'Yes',
  keptIn: (path: string) => `Kept in ${path}`,
  toFile: 'Yes, to a file I choose',
  no: "No, don't save",
  firstName: 'Your first name, to greet you next time? (optional; Enter to skip)',
  whichFile: 'Save to which file?',
  profileFile: 'my-profile.yaml',
  otherProfile: (path: string, name: string | null) =>
    `${path} already holds a different profile${name ? ` (${name})` : ''}. Replace it?`,
  saveElsewhere: 'No, save mine to another file',
  replace: 'Yes, replace it',
  dontSave: "Don't save",
  saved: (path: string) => `Saved: ${path}`,
  exportQuestion: 'Keep a copy of the roadmap as a document?',
  exportNo: 'No, thanks',
  exportMarkdown: 'Markdown (.md): a checklist for notes apps and GitHub',
  exportHtml: 'A web page (.html) to open or print',
  exists: (path: string) => `${path} exists. Replace it?`,
  nextTimeDefault: 'Next time, run casemgr-path again to update it.',
  nextTimeFile: (path: string) => `Next time: casemgr-path roadmap --profile ${path}`,
  notSaved: 'Not saved: next time, the questions start afresh.',
  /** The first lines of the saved profile (YAML comments). */
  profileHeader: [
    '# casemgr-path profile (version 1), written by the wizard.',
    '# Edit it freely; `casemgr-path init` prints a template that explains every field.',
    '# Roadmap from it: casemgr-path roadmap --profile THIS_FILE',
  ],
};

const progress = {
  since: (month: string) => `Progress since ${month}`,
  done: (step: string) => `${step}: done`,
  started: (step: string) => `${step}: under way`,
  none: 'No step finished since then. Keep going!',
  count: (now: number, total: number, before: number) =>
    `${now} of ${total} steps done (${before} last time)`,
};

const stop = {
  cancelled: 'Cancelled. Your answers are saved; run casemgr-path again to pick up where you left off.',
  cancelledNothingKept: 'Cancelled.',
  cancelledNotSaved: (reason: string) =>
    `Cancelled. Your answers could not be saved (${reason}); the next run starts afresh.`,
  inputEnded: 'Cancelled: the terminal input ended.',
};

/** The prompts' own words: key help, what an empty answer reads as. */
const prompt = {
  searchHelp: 'type to search, ↑↓ to move, ⏎ to choose',
  searchHelpAscii: 'type to search, up/down to move, enter to choose',
  /** Key names where the terminal has no arrows: "up/down navigate, enter select". */
  asciiKeys: { '↑↓': 'up/down', '⏎': 'enter' },
  noResults: 'No results found',
  /** The key names Inquirer shows under a list, by the English action it names. */
  keyActions: { navigate: 'navigate', select: 'select', submit: 'submit', all: 'all', invert: 'invert' },
  noneTicked: 'none',
  yesNo: '(y/n)',
  yesNoYes: '(Y/n)',
  yesNoNo: '(y/N)',
};

export const dialogsEn = { start, welcome, review, summary, save, progress, stop, prompt };
