import { EPSILON } from '../core/number.js';

// The slack lives with number formatting (core/number.ts), which rounds with it too.
export { EPSILON };

export function atLeast(have: number, need: number): boolean {
  return have + EPSILON >= need;
}
