/** A state exam taken while the associate credential is held (steps/early-state-exam.ts). */
export interface EarlyExamPhrases {
  /** `associateTitle`: the state's title for the associate credential (ASW), null when it has none. */
  'early-exam.title': { exam: string; associateTitle: string | null };
  'early-exam.when': { withinMonths: number; associateTitle: string | null; afterRegistration: boolean };
  'early-exam.prepare': { months: number };
}
