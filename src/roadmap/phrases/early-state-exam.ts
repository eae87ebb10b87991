/**
 * A state's own exams: one taken while the associate credential is held (steps/early-state-exam.ts),
 * and one a license asks for beside the national exam (steps/state-exam.ts).
 */
export interface EarlyExamPhrases {
  /** `associateTitle`: the state's title for the associate credential (ASW), null when it has none. */
  'early-exam.title': { exam: string; associateTitle: string | null };
  'early-exam.when': { withinMonths: number; associateTitle: string | null; afterRegistration: boolean };
  'early-exam.prepare': { months: number };
  /** `short`: the license it is for, as the state titles it. */
  'state-exam.title': { exam: string; short: string };
  'state-exam.why': {
    exam: string;
    short: string;
    board: { name: string; url: string | null } | null;
    where: string | null;
    /** The license asks for a national exam too. */
    national: boolean;
  };
}
