/**
 * Typed answers in US English: the words the answer checks understand (src/wizard/parse.ts), and
 * what they say when an answer does not fit. Each message says exactly what is wanted.
 */
import { formatNumber } from '../core/number.js';

/** What a typed answer may say, word by word (lower case; the checks lower-case the answer). */
const vocabulary = {
  yes: ['y', 'yes'],
  no: ['n', 'no'],
  /** A month not known ("When did you finish?"). */
  unknown: ['?', "don't know", 'dont know', 'not sure', 'unknown', 'skip'],
  /** Still in the job: the end of "2024-03 to now". */
  now: ['now', 'present', 'today', 'current', 'currently', 'still there', 'ongoing'],
  /** Each month's names, by their first three letters ("May 2027", "Sept. 2019"). */
  monthNames: [
    ['jan'],
    ['feb'],
    ['mar'],
    ['apr'],
    ['may'],
    ['jun'],
    ['jul'],
    ['aug'],
    ['sep'],
    ['oct'],
    ['nov'],
    ['dec'],
  ],
  /** Between a month's name and its year ("mayo de 2027"); English has none. */
  monthYearJoin: [] as string[],
  /** Before the start of a range ("from 2016-06 to 2024-03"). */
  rangeFrom: ['from', 'since'],
  /** Between the start and the end of a range. */
  rangeTo: ['to', 'until'],
  /** A start alone, meaning "to now" ("since 2024-03"). */
  since: ['since'],
  /** Between two parts of one answer ("2 years and 6 months", two stretches of one job). */
  and: ['and'],
  yearUnits: ['years', 'year', 'yrs', 'yr', 'y'],
  monthUnits: ['months', 'month', 'mos', 'mo', 'm'],
  /** Words around hours a week that say nothing more ("40 hours a week"). */
  hourWords: ['hours', 'hour', 'hrs', 'hr', 'h', 'a week', '/week', '/ week', 'per week'],
  fullTime: ['full time', 'full-time', 'fulltime'],
  unpaid: ['unpaid', 'volunteer', 'volunteering'],
  paid: ['paid'],
};

const MONTH_EXAMPLE = 'a month and year, for example 2027-05 or May 2027';

const messages = {
  months: (max: number) => `months: a number from 0 to ${max} (or say "2 years" or "1 year 6 months")`,
  monthsUpTo: (max: number) => `months: a number from 0 to ${max}`,
  wholeNumber: (what: string, min: number, max: number) =>
    `${what}: a whole number from ${min} to ${formatNumber(max)}`,
  credits: 'credits',
  internshipHours: 'internship hours',
  ceHours: 'continuing-education hours',
  month: MONTH_EXAMPLE,
  monthPassed: 'that month has passed: give the month you expect to finish (or say you finished it)',
  monthToCome: 'that month is still to come: give a past month',
  finishedWhichMonth: (year: string) => `which month of ${year}? For example ${year}-05 or May ${year}`,
  finishedOrUnknown: `${MONTH_EXAMPLE}; or type ? if you don't know`,
  jobWhen: 'when the job started and ended: for example 2024-03 to now, or 2016-06 to 2024-03, or 8 years',
  jobAtLeastAMonth: 'a length of at least 1 month',
  jobWhichMonth: (year: string) => `which month of ${year}? For example ${year}-06 to now`,
  /** `end`: a month after the start to show (null when the start is this month). */
  jobEnd: (start: string, end: string | null) =>
    `and when did it end? For example ${start} to now${end ? `, or ${start} to ${end}` : ''}`,
  jobStart: `the start month: ${MONTH_EXAMPLE}`,
  jobStartToCome: (month: string) => `${month} is still to come: give the month the job started`,
  jobEndMonth: `the end month: ${MONTH_EXAMPLE}, or now`,
  jobEndToCome: (month: string) => `${month} is still to come: type now if you still work there`,
  jobEndsBeforeStart: (end: string, start: string) =>
    `the job cannot end (${end}) before it starts (${start})`,
  jobOneOngoing: 'only one stretch of a job can go on to now',
  weeklyHours: 'hours a week: a number from 1 to 80, for example 40, or 10 unpaid',
  yesNo: 'please type y for yes or n for no',
  atMost: (max: number) => `at most ${max} characters`,
  fileName: (example: string) => `a file name, for example ${example}`,
  fileEnding: (extensions: readonly string[]) => `a file name ending in ${extensions.join(' or ')}`,
};

/** How a checked answer reads back once given, and a saved answer as it would be typed. */
const echo = {
  notKnown: 'not known',
  weeklyHours: (hours: number, paid: boolean) => `${hours} hours a week${paid ? '' : ', unpaid'}`,
  /** A saved job's hours as typed: "36", "10 unpaid". */
  hoursTyped: (hours: number, paid: boolean) => `${hours}${paid ? '' : ' unpaid'}`,
  /** A saved job's dates as typed: "2024-03 to now", "2016-06 to 2024-03", "14 months". */
  spanTyped: (start: string, end: string | null) => `${start} to ${end ?? 'now'}`,
  monthsTyped: (months: number) => `${months} months`,
  spanLength: (months: number) => `${months} month${months === 1 ? '' : 's'}`,
  spanOngoing: (start: string, length: string) => `${start} to now (${length} so far)`,
  spanEnded: (start: string, end: string, length: string) => `${start} to ${end} (${length})`,
  yes: 'Yes',
  no: 'No',
};

export const answersEn = { ...vocabulary, ...messages, echo };
