/** Moves on the career ladder (ladder.ts). `rung`: the rung's name as ladder.yaml gives it. */
export interface LadderPhrases {
  'ladder.move-up': { rung: string };
  /** What usually moves people up from the rung, as the data words it. */
  'ladder.moves-up': { how: readonly string[] };
  'ladder.typical': { months: number };
  'ladder.entry': { rung: string };
  'ladder.entry-why': { months: number };
  /** Someone on the first rung who meets what moving up usually asks (ladder.yaml `moves_up_rule`). */
  'ladder.up-now': { rung: string; requirement: string; months: number };
  /** The months a certification needs count in the post of that move: no second search. */
  'ladder.keep-post': { rung: string };
}
