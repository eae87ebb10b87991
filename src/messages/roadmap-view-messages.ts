import type { Month } from '../core/month.js';
import type { CertificationVerdict } from '../engine/types.js';
import type { RoadmapStep } from '../roadmap/types.js';
import type { LocaleFormat } from './locale-format.js';

type StepStatus = RoadmapStep['status'];

/**
 * The words the three roadmap views (terminal text, Markdown, HTML) write themselves, around the
 * planner's and the data's own words: headings, column names, status words, pay, legends, the
 * page's labels. English is `en/roadmap-view.ts`, Spanish `es/roadmap-view.ts`. Months, money
 * and counts come from `format`; a message that takes a month formats it itself.
 */
export interface RoadmapViewMessages {
  /** The page's language tag: `<html lang="en">`. */
  lang: string;
  format: LocaleFormat;

  // Shared by every view.
  /** "you hold it", "eligible now", "eligible Oct 2027", "not eligible" … */
  status(cert: Pick<CertificationVerdict, 'status' | 'eligible_from'> & { held?: boolean }): string;
  /** Section headings, as a sentence ("Where you stand"); the terminal writes them in capitals. */
  headings: {
    standing: string;
    certifications: string;
    plan: string;
    pay: string;
    notes: string;
    sources: string;
  };
  /** The goal line's lead: "Goal:", or "Suggested goal:" when the tool chose it. */
  goal(recommended: boolean): string;
  /** What the goal line says when there is no goal. */
  noGoal: string;
  nextStep: string;
  /** "from Jun 2028": where a step with no end month starts. */
  from(month: Month): string;
  /** A duration: "2 months", "4.5 months" (already rounded). */
  months(n: number): string;
  /** A cost known to be nothing. */
  free: string;
  noDate: string;
  done: string;
  notNeeded: string;
  /** The first pay row: "now". */
  now: string;
  /** "saves 4 months", from `months`. */
  saves(months: string): string;
  faster: string;
  /** "$1,234 in known fees" */
  knownFees(cost: string): string;
  /** "no published fee for 2 steps" */
  noPublishedFee(steps: number): string;
  /** "Costs ahead: …." */
  costsAhead(parts: readonly string[]): string;
  /** No step at all: the goal is met. */
  noSteps: string;
  /** "nothing yet", where a requirement's have is empty. */
  nothingYet: string;
  /** "nurses", "social workers and counselors": whom a discipline-bound certification is for. */
  disciplinePeople(disciplines: readonly string[]): string;
  /**
   * Under a page's certification table: the certifications left out as they are for other
   * disciplines, grouped by whom they are for, with the notes they would have added; `command`
   * is the eligibility command as the page writes code.
   */
  otherDisciplines(
    groups: readonly { people: string; labels: readonly string[] }[],
    notes: number,
    command: string,
  ): string;

  // Pay.
  /** "median $93,600" */
  median(usd: string): string;
  /** "8 in 10 earned $66,030–$135,320" */
  spread(range: string): string;
  /** After national figures that come from a third-party page, not from BLS itself. */
  thirdPartyFigure: string;
  /** "all registered nurses, May 2024 (BLS)": the BLS occupation a figure is for. */
  paidAsAll(paidAs: string): string;
  /** "NY median for all child, family, and school social workers, May 2024" */
  stateMedianWhat(state: string, occupation: string | undefined, period: string | undefined): string;
  /** A BLS period as the data writes it ("May 2024"), in the language's words. */
  period(period: string): string;
  /** Under every pay table: what the figures are. */
  payNote: string;
  /** "Pay sources: …" */
  paySources(sources: readonly string[]): string;
  /** A source and the month it was read: "BLS Occupational Outlook Handbook, Aug 2025". */
  sourceAsOf(title: string, asOf: Month): string;

  /** The terminal view's own words. */
  text: RoadmapTextMessages;
  /** The Markdown view's own words. */
  markdown: RoadmapMarkdownMessages;
  /** The HTML page's own words. */
  html: RoadmapHtmlMessages;
}

export interface RoadmapTextMessages {
  /** "roadmap for Maria Lopez", "your roadmap" (after the tool's name). */
  title(name: string | null): string;
  /** "as of Nov 2026" */
  asOf(month: Month): string;
  /** "to confirm: see NOTE below" */
  toConfirm: string;
  /** "(and 2 more)" */
  andMore(n: number): string;
  /** "another discipline", when a certification names none. */
  anotherDiscipline: string;
  /** "for nurses: ACM-RN, CMGT-BC" */
  forPeople(people: string, labels: readonly string[]): string;
  /** "(3 more: CMC, CDMS. All of them: casemgr-path eligibility --profile FILE)" */
  moreCerts(n: number, names: string, hint: string): string;
  whenAndWhy: string;
  /** The label of a caveat line, four letters wide in every language ("NOTE", "NOTA"). */
  note: string;
  /** "2 more notes on other certifications: casemgr-path eligibility …" */
  moreNotes(n: number, hint: string): string;
  /** "Sources and dates: casemgr-path explore certifications ccm" */
  sourcesAndDates(command: string): string;
  /** "sources from Jan 2024 – Aug 2025" */
  sourcesFrom(oldest: Month, newest: Month, dash: string): string;
}

export interface RoadmapMarkdownMessages {
  /** A pay point's level (a ladder rung, or a role off the ladder): "case manager". */
  levelName(id: string): string;
  /** "# Roadmap for Maria Lopez", "# Roadmap" (the heading's text). */
  title(name: string | null): string;
  /** "As of Nov 2026" */
  asOf(month: Month): string;
  /** "none yet" */
  noGoal: string;
  /** "in healthcare case management" */
  inArea(area: string): string;
  recommended: string;
  /** After a certification the person chose, in an area the tool chose. */
  areaRecommended: string;
  certColumns: readonly [string, string, string, string];
  toConfirm: string;
  /** The missing items of a certification's row, each a requirement (and what it still needs). */
  missingList(items: readonly string[]): string;
  /** The "still missing" cell of a certification with no verdict: why is in the notes. */
  noVerdict: string;
  stepStatus: Readonly<Record<StepStatus, string>>;
  noSteps: string;
  shorterWays: string;
  questions: string;
  notesIntro: string;
  why: string;
  costNotPublished: string;
  payAfter: string;
  /** ", paid as registered nurses, May 2024" */
  paidAs(paidAs: string): string;
  /** " a year nationally", after the median. */
  yearlyNationally: string;
  /** "; NY median $46,210" */
  stateMedian(state: string, usd: string): string;
  sourcesLabel: string;
  /** The pay table's columns, without the state's. */
  payColumns: readonly [string, string, string, string, string];
  /** "NY median", when every figure is from one state. */
  stateColumn(state: string): string;
  stateColumnMany: string;
  sourcesColumn: string;
  today: string;
  andUp: string;
  /** "as of 2025-08": a source's reading month as the data writes it (YYYY-MM). */
  asOfRaw(asOf: string): string;
}

export interface RoadmapHtmlMessages {
  /** "Roadmap for Maria Lopez", "Your roadmap" (the name already escaped). */
  title(name: string | null): string;
  /** "As of Nov 2026" */
  asOfLead(month: Month): string;
  /** "as of Nov 2026", in the window title. */
  asOf(month: Month): string;
  footer(month: Month): string;
  /** The standing marks' spoken words. */
  standingMarks: { ok: string; partial: string; no: string };
  noVerdict: string;
  retired: string;
  /** "have 13 FTE months → need 11 more" (escaped). */
  haveNeed(have: string, need: string): string;
  /** "and 2 more (casemgr-path eligibility lists them all)" */
  andMore(n: number): string;
  certColumns: readonly [string, string, string];
  toConfirm: string;
  stepStatus: Readonly<Record<StepStatus, string>>;
  source: string;
  sourceLabel: string;
  barsLegend: string;
  /** "Timeline of the plan, one column per month from Nov 2026" */
  timeline(from: Month): string;
  /** "now: Nov 2026" */
  nowMonth(month: Month): string;
}
