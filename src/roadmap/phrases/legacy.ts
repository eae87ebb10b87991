/**
 * English still built by an area of the planner that has not moved its sentences into phrases
 * yet. Each area that moves drops its uses; the code goes once none is left.
 */
export interface LegacyPhrases {
  english: { text: string };
}
