import type { Month } from '../../core/month.js';
import type { Role, Setting, SupervisorKind } from '../../core/vocabulary.js';
import type { Phrase } from './index.js';
import type { Purpose } from './requirement.js';

/** The settings a post is in: up to two, and whether the condition allows more. */
export interface PostSettings {
  settings: readonly Setting[];
  more: boolean;
}

/** A post to find: one in a role, or a supervised post for a license (`purpose`: its name). */
export type Post =
  | { kind: 'role'; role: Role; where: PostSettings | null; supervisors: readonly SupervisorKind[] | null }
  | { kind: 'supervised'; where: PostSettings | null; purpose: Purpose | null };

/** Months of experience: keep a role, or find a post and work in it (steps/experience.ts). */
export interface ExperiencePhrases {
  /** `earlier`: the step continues a stay cut before it, whose months add to `have`. */
  'experience.have': { have: string; earlier?: boolean };
  'experience.keep': { role: Role; months: number };
  /** The months of a role a later credential needs beyond the step before it. */
  'experience.keep-on': { role: Role; months: number };
  /** A part-time role: `rate` of a full-time month a month. */
  'experience.part-time': { hours: number; rate: number };
  'experience.after-degree': Record<string, never>;
  'experience.closes': { month: Month };
  /** `move`: the person leaves the post they hold for it. */
  'experience.find': { move: boolean; post: Post };
  'experience.post-only': { requirement: Phrase };
  /** `asked`: the plan has a step that asks the issuer whether the duties count. */
  'experience.near-case-management': { role: Role; asked: boolean };
  /** `caveated`: the plan's reading of the rule is not confirmed by the issuer. */
  'experience.not-counted': { role: Role; caveated: boolean };
  'experience.search': { months: number };
  /** Someone not working now goes back to the kind of post they held for `months` FTE months. */
  'experience.return': { role: Role; months: number; certificationAhead: boolean };
  'experience.clinical-first': { short: string; counted: boolean };
  'experience.bachelor-early': Record<string, never>;
  /** Working now with a bachelor's: the move comes now, and the studies run beside the new post. */
  'experience.move-while-studying': Record<string, never>;
  /** A first case-management post: employers set the minimums, which the sources do not give. */
  'experience.employer-minimums': Record<string, never>;
  /** Working near case management below a bachelor's: employers may hire on experience sooner. */
  'experience.experience-early': Record<string, never>;
  /** Months counted while a degree on the plan is still underway: the rule does not say they must follow it. */
  'experience.before-planned-degree': Record<string, never>;
  'experience.work': { months: number; post: Post };
  'experience.still-needed': { need: string };
  /** `partTime`: the person works fewer hours now; at that pace the months would take `months`. */
  'experience.full-time-assumed': { partTime?: { hours: number; months: number; later: number } };
}
