import type { Phrase } from './index.js';

/** Needs no step can meet (derive.ts). */
export interface DerivePhrases {
  /** No board of the state can approve the person for these exams; `owner`: the exams' owner. */
  'derive.exam-closed': { state: string; exams: readonly string[]; owner: string | null };
  /** A license planned where the rule would take such a closed exam too; `purpose`: what it is for. */
  'derive.exam-passed-over': {
    state: string;
    exams: readonly string[];
    owner: string | null;
    purpose: string | null;
  };
  /** A step of its own: ask the certification's issuer and the exam's owner about the closed exam. */
  'derive.ask-exam-route-title': { issuer: string | null; owner: string | null; exams: readonly string[] };
  'derive.ask-exam-route-why': {
    state: string;
    exams: readonly string[];
    issuer: string | null;
    owner: string | null;
    purpose: string | null;
  };
  /** Which exam the state uses at this level is not in the sources; `board`: the board to ask. */
  'derive.exam-unknown': { state: string; board: string | null };
  'derive.resolve': { requirement: string };
  'derive.no-step': { need: string | null };
  /** The license is held but restricted (`name`: as the state titles it). */
  'derive.restricted': { name: Phrase };
}
