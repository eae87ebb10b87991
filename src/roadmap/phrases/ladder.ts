/** Moves on the career ladder (ladder.ts). `rung`: the rung's name as ladder.yaml gives it. */
export interface LadderPhrases {
  'ladder.move-up': { rung: string };
  /** What usually moves people up from the rung, as the data words it. */
  'ladder.moves-up': { how: readonly string[] };
  'ladder.typical': { months: number };
  'ladder.entry': { rung: string };
  'ladder.entry-why': { months: number };
}
