import type { Month } from '../../core/month.js';
import type { EligibleWhen } from './answers.js';

/** A certification's renewal: its cycle in months, CE hours (null: not said), fee and issuer. */
export interface Renewal {
  abbreviation: string;
  months: number;
  ceHours: number | null;
  ethicsHours: number | null;
  fee: number | null;
  issuer: string | null;
}

/** Applications, exams, CE hours and renewals (steps/credential.ts). `who`: the issuer's abbreviation. */
export interface CredentialPhrases {
  'credential.apply': { abbreviation: string; exam: boolean };
  /** `route`: the title of the route the person becomes eligible by, as the data words it. */
  'credential.eligible': { when: EligibleWhen; route: string };
  'credential.review-unknown': { who: string };
  'credential.review-weeks': { who: string; weeks: number; months: number };
  'credential.review': { who: string; months: number };
  'credential.study': { months: number; format: string };
  'credential.no-exam': Record<string, never>;
  /** `approvedBy`: the issuer that approves the application first; `attempts`: a yearly limit. */
  'credential.on-demand': { approvedBy: string | null; attempts: number | null };
  /** `resultsWeeks`, `resultsMonths`: how long results take after the window, where the issuer says. */
  'credential.windows-unknown': { who: string; resultsWeeks: number | null; resultsMonths: number };
  'credential.fees-unknown': { who: string };
  /** The fees in force; `published`: the issuer gave the month they start; `partial`: a part is unknown. */
  'credential.fees': {
    who: string;
    published: boolean;
    effective: Month;
    application: number | null;
    exam: number | null;
    partial: boolean;
  };
  'credential.pass-ids': { ids: readonly string[] };
  'credential.pass': { exam: string };
  'credential.exam-study': { months: number; issuer: string | null };
  /** A licensing exam sat on its own is approved through an application for the state's `short`. */
  'credential.exam-through-license': {
    owner: string | null;
    short: string;
    state: string;
    board: string | null;
  };
  /** An exam fee read from a page years older than the plan. */
  'credential.stale-fee': { min: number; max: number; asOf: Month; issuer: string | null };
  'credential.ce': { hours: number };
  'credential.ce-have': { hours: number; perMonth: number };
  'credential.renew-title': Renewal & { held: boolean };
  'credential.renew-held': Renewal;
  'credential.renew': Renewal;
}
