import type { Month } from '../../core/month.js';
import type { EducationField, EducationLevel } from '../../core/vocabulary.js';
import type { Phrase } from './index.js';

/** What the person has already: done, underway and not-needed steps (steps/done.ts). */
export interface DonePhrases {
  /** `instead`: the requirement that counts instead, as the engine words it; `have`: what the person has. */
  'done.not-needed': { abbreviation: string; instead: string; have: string | null };
  'done.finish': { level: EducationLevel; field: EducationField };
  'done.expected': { month: Month };
  /** The steps that wait for a high-school diploma under way. */
  'done.diploma-first': { steps: number };
  'done.expected-assumed': { months: number };
  /** A degree held; `credits`: some college with its credits. */
  'done.degree': {
    level: EducationLevel;
    field: EducationField;
    accreditor: string | null;
    credits: number | null;
  };
  'done.credits': { credits: number };
  'done.credits-unknown': Record<string, never>;
  'done.completed-in': { month: Month };
  'done.completed': Record<string, never>;
  'done.meets': { requirement: string };
  'done.license': { name: Phrase; state: string | null };
  'done.passed': { exam: string };
  'done.hold': { abbreviation: string };
  'done.experience': { requirement: string };
  /** `confirmWith`: the issuer, when the months count only as the plan reads the person's work. */
  'done.experience-met': { abbreviation: string; have: string | null; confirmWith: string | null };
  'done.ce': { hours: number };
}
