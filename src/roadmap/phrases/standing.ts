import type { Month } from '../../core/month.js';
import type {
  EducationField,
  EducationLevel,
  LicenseStatus,
  Role,
  Setting,
  SupervisorKind,
} from '../../core/vocabulary.js';
import type { Phrase } from './index.js';

/** "Where you stand": what the person brings, in their words rather than the rule's (standing.ts). */
export interface StandingPhrases {
  /** A finished degree; `credits`: some college with its credits; `accredited`: the school is. */
  'standing.degree': {
    level: EducationLevel;
    field: EducationField;
    credits: number | null;
    completed: Month | null;
    accredited: boolean;
  };
  'standing.degree-underway': { level: EducationLevel; field: EducationField; expected: Month | null };
  'standing.license': { name: Phrase; status: LicenseStatus; state: string | null };
  'standing.certification': { abbreviation: string };
  /** An exam passed; `requiredBy`: the credential held that required it, when the person did not list it. */
  'standing.exam': { exam: string; requiredBy: Phrase | null };
  'standing.experience': {
    months: number;
    hoursPerWeek: number;
    fteMonths: number;
    role: Role;
    setting: Setting;
    supervisedBy: SupervisorKind;
    paid: boolean;
    ongoing: boolean;
  };
  'standing.ce': { hours: number };
  /** What the goal route still misses, as the engine words it. */
  /** `purpose`: the certification it is for, when not the goal. */
  'standing.missing': { requirement: string; need: string | null; purpose: string | null };
  /** A choice still open (`requirement` is the whole "a or b"); `planned`: what the plan takes. */
  /** `licenses`: the licenses the plan gets for a license branch (else `planned`, the branch's need). */
  'standing.missing-one-of': {
    requirement: string;
    planned: string;
    purpose: string | null;
    licenses: readonly string[];
  };
  /** A degree the person is finishing meets the requirement: the plan's way is to finish it. */
  'standing.missing-finish': {
    requirement: string;
    purpose: string | null;
    oneOf: boolean;
    degree: { level: EducationLevel; field: EducationField; expected: Month | null };
  };
}
