/** Joining a professional association (steps/network.ts). */
export interface NetworkPhrases {
  'network.title': { abbreviation: string; name: string };
  'network.ce': Record<string, never>;
  'network.dues': { min: number; max: number };
  'network.joining': Record<string, never>;
}
