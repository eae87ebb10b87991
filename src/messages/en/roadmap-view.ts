import { formatMonth } from '../../core/month.js';
import type { RoadmapViewMessages } from '../roadmap-view-messages.js';
import { statusWords } from './eligibility-view.js';
import { enFormat } from './format.js';
import { lowerFirst, ROLE_NAMES } from './roadmap/words.js';

const DISCIPLINE_PEOPLE: Record<string, string> = {
  nursing: 'nurses',
  'social-work': 'social workers',
  counseling: 'counselors',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The English words of the roadmap views (terminal, Markdown, HTML). */
export const enRoadmapView: RoadmapViewMessages = {
  lang: 'en',
  format: enFormat,
  status: statusWords,
  headings: {
    standing: 'Where you stand',
    certifications: 'Certifications',
    plan: 'Your plan',
    pay: 'Pay along the way',
    notes: 'Notes',
    sources: 'Sources',
  },
  goal: (recommended) => (recommended ? 'Suggested goal:' : 'Goal:'),
  noGoal: 'none chosen yet',
  nextStep: 'Next step:',
  from: (month) => `from ${formatMonth(month)}`,
  months: (n) => plural(n, 'month'),
  free: 'free',
  noDate: 'no date yet',
  done: 'done',
  notNeeded: 'not needed',
  now: 'now',
  saves: (months) => `saves ${months}`,
  faster: 'Faster:',
  knownFees: (cost) => `${cost} in known fees`,
  noPublishedFee: (steps) => `no published fee for ${plural(steps, 'step')}`,
  costsAhead: (parts) => `Costs ahead: ${parts.join(', ')}.`,
  noSteps: 'No steps: you already meet your goal.',
  nothingYet: 'nothing yet',
  disciplinePeople: (disciplines) => {
    const people = disciplines
      .filter((d) => d !== 'any')
      .map((d) => DISCIPLINE_PEOPLE[d] ?? d.replace(/-/g, ' '));
    if (people.length <= 1) return people[0] ?? '';
    return `${people.slice(0, -1).join(', ')} and ${people.at(-1)}`;
  },
  otherDisciplines: (groups, notes, command) =>
    `Also checked, for other disciplines: ${groups
      .map((g) => `${g.labels.join(', ')} (for ${g.people || 'another discipline'})`)
      .join(
        '; ',
      )}. They are left out of this plan; the full eligibility check (${command}) shows how you stand for each${notes > 0 ? ', with its notes' : ''}.`,

  median: (usd) => `median ${usd}`,
  spread: (range) => `8 in 10 earned ${range}`,
  thirdPartyFigure: 'as a third-party page gives it; verify on bls.gov',
  paidAsAll: (paidAs) => `all ${paidAs} (BLS)`,
  stateMedianWhat: (state, occupation, period) =>
    `${state} median${occupation ? ` for all ${occupation}` : ''}${period ? `, ${period}` : ''}`.trim(),
  period: (period) => period,
  payNote:
    'Each figure is the BLS pay of the occupation the post is paid as: the median, and the range 8 in 10 earned where BLS publishes one. National and state figures alike cover everyone in the occupation, new hires and the most experienced, so a figure shows what a kind of post pays, not a raise for years on the job.',
  paySources: (sources) => `Pay sources: ${sources.join('; ')}`,
  sourceAsOf: (title, asOf) => `${title}, ${formatMonth(asOf)}`,

  text: {
    title: (name) => (name ? `roadmap for ${name}` : 'your roadmap'),
    asOf: (month) => `as of ${formatMonth(month)}`,
    toConfirm: 'to confirm: see NOTE below',
    andMore: (n) => `(and ${n} more)`,
    anotherDiscipline: 'another discipline',
    forPeople: (people, labels) => `for ${people}: ${labels.join(', ')}`,
    moreCerts: (n, names, hint) => `(${n} more: ${names}. All of them: ${hint})`,
    whenAndWhy: 'When and why',
    note: 'NOTE',
    moreNotes: (n, hint) => `${n} more ${n === 1 ? 'note' : 'notes'} on other certifications: ${hint}`,
    sourcesAndDates: (command) => `Sources and dates: ${command}`,
    sourcesFrom: (oldest, newest, dash) =>
      oldest === newest
        ? `sources from ${formatMonth(oldest)}`
        : `sources from ${formatMonth(oldest)} ${dash} ${formatMonth(newest)}`,
  },

  markdown: {
    // A role by its name ("utilization reviewer"); a rung's id reads as its name
    // ("experienced-case-manager" → "experienced case manager").
    levelName: (id) => (ROLE_NAMES as Record<string, string>)[id] ?? id.replace(/-/g, ' '),
    title: (name) => (name ? `Roadmap for ${name}` : 'Roadmap'),
    asOf: (month) => `As of ${formatMonth(month)}`,
    noGoal: 'none yet',
    inArea: (area) => `in ${area}`,
    recommended: '— recommended for you',
    areaRecommended: '— the area recommended for you',
    certColumns: ['Certification', 'Status', 'When', 'Still missing'],
    toConfirm: ', to confirm (see notes)',
    // One sentence of clauses: only the first keeps its capital ("…program; a rehabilitation…").
    missingList: (items) => items.map((item, i) => (i === 0 ? item : lowerFirst(item))).join('; '),
    noVerdict: 'no verdict: see the notes',
    stepStatus: {
      done: 'done',
      'in-progress': 'in progress',
      next: 'next',
      pending: 'later',
      'n-a': 'not needed',
    },
    noSteps: 'No steps could be planned; see the notes below.',
    shorterWays: 'Shorter ways',
    questions: 'Your questions',
    notesIntro: 'Readings of rules the issuers do not publish in full; confirm them before you apply.',
    why: 'Why:',
    costNotPublished: 'cost not published',
    payAfter: 'Pay after:',
    paidAs: (paidAs) => `, paid as ${paidAs}`,
    yearlyNationally: ' a year nationally',
    stateMedian: (state, usd) => `; ${state} median ${usd}`,
    sourcesLabel: 'Sources:',
    payColumns: ['When', 'After', 'Level', 'Paid as (BLS occupation)', 'Yearly pay, national'],
    stateColumn: (state) => `${state} median`,
    stateColumnMany: 'State median',
    sourcesColumn: 'Sources',
    today: 'today',
    andUp: ' and up',
    asOfRaw: (asOf) => `as of ${asOf}`,
  },

  html: {
    title: (name) => (name ? `Roadmap for ${name}` : 'Your roadmap'),
    asOfLead: (month) => `As of ${formatMonth(month)}`,
    asOf: (month) => `as of ${formatMonth(month)}`,
    footer: (month) =>
      `Made by casemgr-path from the facts as of ${formatMonth(month)}. Rules and fees change: check each source before you apply.`,
    standingMarks: { ok: 'have', partial: 'partly', no: 'missing' },
    noVerdict:
      'No verdict: the issuer’s current rules are not confirmed in the sources we cite (see the note).',
    retired: 'No longer issued.',
    haveNeed: (have, need) => `have ${have} → need ${need}`,
    andMore: (n) => `and ${n} more (casemgr-path eligibility lists them all)`,
    certColumns: ['Certification', 'Status', 'Deciding route and what is missing'],
    toConfirm: 'to confirm: see the notes',
    stepStatus: {
      done: 'done',
      'in-progress': 'in progress',
      next: 'next',
      pending: 'planned',
      'n-a': 'not needed',
    },
    source: 'source',
    sourceLabel: 'Source:',
    barsLegend:
      'Bars run from $0 to the highest figure: dark to the low end of the range, light to the high end.',
    timeline: (from) => `Timeline of the plan, one column per month from ${formatMonth(from)}`,
    nowMonth: (month) => `now: ${formatMonth(month)}`,
  },
};
