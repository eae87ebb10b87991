import type { EducationField, EducationLevel } from '../../core/vocabulary.js';
import type { Phrase } from './index.js';

/** Degrees to earn or finish (steps/education.ts). Months are of full-time study unless said. */
/** A held degree whose field the vocabulary does not list, and whom to ask about it. */
interface FieldAsked {
  level: EducationLevel;
  issuer: string | null;
  abbreviation: string | null;
  placementUnsaid: boolean;
}

export interface EducationPhrases {
  'education.missing': { need: string };
  /** A program of degrees.yaml: its official name and abbreviation. */
  'education.degree': { name: string; abbreviation: string };
  /** College credits alone: `more` to earn, to `total` in all. */
  'education.credits-more': { more: number; total: number };
  /**
   * How long `more` credits take at the pace of `degree` (`degreeCredits` over `degreeMonths`
   * of full-time study); `planned`: the plan takes that degree, and these are its first credits.
   */
  'education.credits-more-why': {
    have: number;
    more: number;
    months: number;
    degree: { name: string; abbreviation: string };
    planned: boolean;
    degreeCredits: number;
    degreeMonths: number;
  };
  /** The degree the next one on the plan usually starts from. */
  'education.leads-to': { next: string };
  'education.check-field': { level: EducationLevel; field: EducationField };
  'education.check-field-why': { level: EducationLevel; field: EducationField };
  /** The same check, where a degree underway meets the requirement once finished. */
  'education.check-field-sooner': { level: EducationLevel; field: EducationField };
  /** A held degree short only on accreditation (a school abroad): ask about an evaluation first. */
  'education.accreditation-only': { level: EducationLevel; field: EducationField };
  /** A held degree in a field the vocabulary does not list, short of the requirement only on it. */
  'education.field-unlisted': FieldAsked;
  /** "Ask CCMC whether your bachelor's degree counts for the CCM". */
  'education.ask-field': FieldAsked;
  /** The new degree is the way only if the issuer does not count the held one. */
  'education.unless-field-counts': Record<string, never>;
  /** A new degree planned for a requirement the held degree may meet, if the check finds a placement. */
  'education.unless-placement': { level: EducationLevel; field: EducationField };
  /** The check opens another certification of the field (`abbreviation`), not the goal's rule. */
  'education.check-field-opens': { level: EducationLevel; field: EducationField; abbreviation: string };
  /** The same check for a degree still underway: whether its program includes a placement. */
  'education.check-field-underway': { level: EducationLevel; field: EducationField };
  /** Why, for the goal's own degree need. */
  'education.check-field-underway-need': { level: EducationLevel; field: EducationField };
  'education.check-field-underway-why': {
    level: EducationLevel;
    field: EducationField;
    abbreviation: string;
  };
  'education.full-time': { months: number };
  /** The plan has the person working full time during this study. */
  /** `partTime`: the program's part-time months where the sources give them; null when they do not. */
  /** `hours`: the weekly hours of the job held during the study (null: a full-time post the plan finds). */
  'education.while-working': { partTime: number | null; hours: number | null };
  /** Credits already earned shorten the program: `left` months of the usual `months` remain. */
  'education.credits': { total: number; months: number; credits: number; left: number };
  /** A lower degree underway is finished before `next` starts, which counts its credits. */
  /** `transfers`: its credits count toward the next (an associate toward a bachelor's); not when
   * it is only the next one's prerequisite (a bachelor's before the MSW). `level`: the degree's. */
  'education.credits-first': {
    next: string;
    assumedMonths: number | null;
    transfers: boolean;
    level: EducationLevel;
  };
  'education.part-time': { months: number };
  /**
   * The degree is for a quicker route only: the certification's `route`, met in education as the
   * person stands, takes `without` months on the plan's assumptions, `saves` more than this plan.
   */
  'education.only-quicker': { abbreviation: string; route: string; without: number; saves: number };
  'education.part-time-unknown': Record<string, never>;
  'education.nursing-admission': Record<string, never>;
  /** A degree underway meets the requirement; `assumedMonths`: months assumed left when no month is given. */
  /** A requirement of the program's internship, still ahead in a degree underway (the CRC's 600 hours). */
  'education.internship-ahead': { requirement: Phrase };
  'education.underway': {
    requirement: Phrase;
    level: EducationLevel;
    field: EducationField;
    assumedMonths: number | null;
  };
  'education.earn-level': { level: EducationLevel; fields: readonly EducationField[] | null };
  'education.no-program': { months: number };
}
