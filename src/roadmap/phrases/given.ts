/**
 * Text that reaches the planner already worded: the data's own text (summaries, notes, caveats,
 * requirements), which the data layer has put in the person's language, and the engine's worded
 * requirements and caveats. It travels as a parameter and is said as it is.
 */
export interface GivenPhrases {
  given: { text: string };
}
