/** Comparisons with a little slack, so 12 full-time months are never "a few hours short" of 2,080. */
export const EPSILON = 1e-6;

export function atLeast(have: number, need: number): boolean {
  return have + EPSILON >= need;
}
