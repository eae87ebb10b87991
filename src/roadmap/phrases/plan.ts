import type { Phrase } from './index.js';

/** An exam a step ends with: a certification's (by its abbreviation) or a named exam; both null when unknown. */
export interface ExamRef {
  certification: string | null;
  exam: string | null;
}

/** What the plan itself says (plan.ts): a certification held, a restricted license. */
export interface PlanPhrases {
  /** `name`: the certification's full name. */
  'plan.hold': { name: string };
  /** `issuer`: the goal's certifying body, null when there is no goal. */
  'plan.restricted': { name: Phrase; issuers: string[] };
  /** A license held first under a limited one (Michigan's LLBSW): the plan counts the full one. */
  'plan.held-first': {
    state: string;
    title: string;
    limited: string;
    limitedId: string | null;
    board: string | null;
  };
  /** The goal step waits on a need no step can meet: its dates are as if it were met now. */
  'plan.dates-once-resolved': Record<string, never>;
  /** The route counts months on the profile that all come before the license the plan gets. */
  'plan.experience-before-license': { abbreviation: string; license: string; issuer: string };
  /** This exam was moved after `exams`, whose months it overlapped: one exam prepared for at a time. */
  'plan.one-exam-at-a-time': { exams: readonly ExamRef[] };
}
