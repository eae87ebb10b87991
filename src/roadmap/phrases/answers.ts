import type { Month } from '../../core/month.js';
import type { EducationField, EducationLevel, Role } from '../../core/vocabulary.js';
import type { PayFigures } from '../types.js';
import type { Phrase } from './index.js';

/** What brings in a route's least education: a degree, or a license or certification that needs one. */
export type EducationVia =
  /** `field`: the one field the degree must be in (nursing for the RN's diploma or ADN), else null. */
  | { kind: 'degree'; levels: readonly EducationLevel[]; field: EducationField | null }
  | { kind: 'license'; abbreviation: string; needs: EducationVia | null }
  | { kind: 'certification'; abbreviation: string; needs: EducationVia | null };

/** The post a pay figure is for: a rung of the ladder, or off it the role held (or an id with no name). */
export type PayLevel =
  | { kind: 'rung'; name: string }
  | { kind: 'role'; role: Role }
  | { kind: 'other'; id: string };

/** When the person becomes eligible for the goal, in the "how long" answer. */
export type EligibleWhen = { kind: 'now' } | { kind: 'from'; month: Month } | { kind: 'after-steps' };

/** The answers to the questions people ask (answers.ts). Titles are the steps' own phrases. */
export interface AnswerPhrases {
  'answers.question.how-long': Record<string, never>;
  'answers.question.without-degree': Record<string, never>;
  'answers.question.more-education': Record<string, never>;
  'answers.question.earnings': Record<string, never>;
  'answers.question.cost': Record<string, never>;

  'answers.how-long.none': Record<string, never>;
  'answers.how-long.held': { abbreviation: string };
  'answers.how-long.no-route': { abbreviation: string };
  'answers.how-long.unconfirmed': { abbreviation: string };
  /** The goal waits for a need no step can meet (`needs`, as the engine words them). */
  'answers.how-long.unresolved': { abbreviation: string; months: number; needs: string[] };
  'answers.how-long.about': {
    months: number;
    abbreviation: string;
    end: Month;
    eligible: EligibleWhen;
    exam: boolean;
    /** The date counts on full-time study beside a full-time job (study-while-working.ts). */
    besideAJob: boolean;
    /** The exam's windows are not in our sources: the date is the earliest it could be. */
    windowsUnknown: boolean;
    /**
     * The date counts on full-time work in a new post the goal waits on, where the person works
     * part time now: their hours now, and how much later the goal would come at them.
     */
    partTime?: { hours: number; later: number };
  };

  'answers.without-degree.none': Record<string, never>;
  'answers.without-degree.unconfirmed': { abbreviation: string };
  /** `hasDegree`: the question is "Do I need more education?" (a degree held), so yes and no swap. */
  'answers.without-degree.no-degree-route': { abbreviation: string; hasDegree: boolean };
  'answers.without-degree.has-education': { abbreviation: string };
  /** The education of `route` is met as it stands; the plan studies for another route (`titles`). */
  /** `months`: how long that route takes on the plan's assumptions, when it is not the one planned. */
  'answers.without-degree.route-met': {
    abbreviation: string;
    route: string;
    months: number | null;
    /** How long the planned route takes, when known. */
    planned: number | null;
    titles: readonly Phrase[];
    hasDegree: boolean;
  };
  /**
   * `beyondHighSchool`: the person has some college, a certificate or a degree already;
   * `holdsBachelor`: a bachelor's or higher that does not meet the certification as it stands.
   */
  'answers.without-degree.below-bachelor': {
    abbreviation: string;
    via: EducationVia | null;
    beyondHighSchool: boolean;
    holdsBachelor: boolean;
    hasDegree: boolean;
  };
  'answers.without-degree.needs': {
    abbreviation: string;
    level: EducationLevel;
    viaLicense: boolean;
    hasDegree: boolean;
  };
  'answers.without-degree.your-plan': { titles: readonly Phrase[] };
  /** `shorterShown`: "Shorter ways" lists the license route (it may not be quicker from where they stand). */
  'answers.without-degree.field-plan': { titles: readonly Phrase[]; shorterShown: boolean };
  'answers.without-degree.have-it': Record<string, never>;

  /** `occupation`: the BLS occupation the figures are for. */
  'answers.earnings.today': { level: PayLevel; occupation: string | null; figures: PayFigures };
  /** The nursing license held pays more than today's post is paid as: the figure likely understates. */
  'answers.earnings.license-pays-more': {
    occupation: string | null;
    figures: PayFigures;
    sources: readonly string[];
  };
  'answers.earnings.from': {
    month: Month;
    level: PayLevel;
    /** The job the step gets, named as the pay table names it; null for a rung's post. */
    job: string | null;
    credential: string | null;
    occupation: string | null;
    figures: PayFigures;
  };
  'answers.earnings.off-ladder': Record<string, never>;
  'answers.earnings.no-figure-now': Record<string, never>;
  'answers.earnings.unknown': { titles: readonly Phrase[] };
  'answers.earnings.no-raise': { titles: readonly Phrase[] };
  /** The person works `hours` a week now, under full time. */
  'answers.earnings.part-time': { hours: number };
  'answers.earnings.none': Record<string, never>;
  'answers.earnings.explore': Record<string, never>;
  'answers.earnings.sources': { titles: readonly string[] };
  'answers.earnings.yearly': Record<string, never>;

  'answers.cost.known': { min: number; max: number; titles: readonly Phrase[] };
  'answers.cost.none': Record<string, never>;
  'answers.cost.unknown': { titles: readonly Phrase[] };
  /** Each renewal with a published fee: the certification, the fee and its cycle in years. */
  'answers.cost.renewal': { renewals: readonly { abbreviation: string; usd: number; years: number }[] };
}
