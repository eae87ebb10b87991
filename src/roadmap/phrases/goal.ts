import type { Month } from '../../core/month.js';
import type { EducationField, Setting } from '../../core/vocabulary.js';
import type { Phrase } from './index.js';

/** The goal and why (goal.ts, plan.ts). `area`: the specialization's name, null for none. */
export interface GoalPhrases {
  /** Where the person works now, and where they worked before (not also now). */
  'goal.reason.settings': { now: readonly Setting[]; before: readonly Setting[] };
  'goal.reason.studies': { fields: readonly EducationField[] };
  'goal.reason.licenses': { names: readonly string[] };
  'goal.reason.held': { names: readonly string[] };
  /** The area the person can start in now, as `title` (a state's job keeps its capitals: `named`). */
  /** `withoutStudy`: the area was chosen over a quicker one whose study takes longer than it saves. */
  'goal.reason.soonest': { title: string; named: boolean; withoutStudy: boolean };
  /** No area has a job the plan would start the person in now: the soonest certification decides. */
  'goal.reason.soonest-certification': { withoutStudy: boolean };
  'goal.area-default': { area: string | null };
  'goal.area-fits': { area: string | null; reasons: readonly Phrase[] };
  'goal.unknown': { id: string };
  'goal.chose': { abbreviation: string };
  'goal.held-main': { abbreviation: string };
  'goal.none': Record<string, never>;
  'goal.fits-best': { area: string | null; abbreviation: string };
  'goal.status.held': Record<string, never>;
  'goal.status.eligible': Record<string, never>;
  'goal.status.not-yet': { month: Month };
  'goal.status.cannot': { status: string };
  'goal.status.quickest': { months: number };
  /** Certifications outside the area that are open now; `toConfirm`: a verdict rests on a note. */
  'goal.open-now-elsewhere': {
    certifications: readonly { abbreviation: string; name: string }[];
    toConfirm: boolean;
  };
  'goal.status.takes': { months: number };
  /**
   * The goal is reached without new study, before a quicker one whose study takes at least as
   * long as it saves: `abbreviation` that one, `saves` its months sooner, `studyMonths` its study.
   */
  'goal.status.without-study': { months: number; abbreviation: string; saves: number; studyMonths: number };
  /** The goal waits for a need no step can meet: its months count from when that is resolved. */
  'goal.status.unresolved': { months: number };
  'goal.status.no-route': Record<string, never>;
  /** A job chosen as the goal leads the plan; `next`: the certification below is the next step. */
  /** `held`: the person holds the chosen job now. */
  'goal.job': { title: string; employer: string | null; name: string; next: boolean; held: boolean };
  'goal.alongside-open': { abbreviation: string };
  'goal.alongside-opens': { abbreviation: string; month: Month };
  /** `abbreviation` accepts the goal certification in place of a degree or license: it follows it. */
  'goal.alongside-after': { abbreviation: string; goal: string };
  /** The license the plan gets (`license`, the state's title) is all `abbreviation` still lacks. */
  /** `reactivated`: the plan makes a license the person holds active again rather than earning it. */
  'goal.alongside-license': { abbreviation: string; license: string; reactivated: boolean };
  /** The plan keeps someone in supervised practice until `short`; a shorter way leaves it sooner. */
  'goal.license-first': { short: string; abbreviation: string; months: number };
  /** The goal's verdict or date counts the person's work as the plan reads it; `issuer` confirms. */
  'goal.rests-on-reading': { issuer: string; work: boolean; degree: boolean };
  /** The dates assume a post hires the person with little time under these licenses. */
  /** `none`: the person will have no time under the license when the search starts. */
  'goal.hired-newly-licensed': { licenses: readonly string[]; none: boolean };
}
