/**
 * `have` followed by those of `more` whose address it lacks: sources merged from two records
 * (a state's board pages beside a license's own) are cited once each. A source with no address
 * is always kept, since nothing shows it repeats another.
 */
export function mergeSources<T extends { url?: string }>(have: readonly T[], more: readonly T[]): T[] {
  const urls = new Set(have.flatMap((s) => (s.url === undefined ? [] : [s.url])));
  return [...have, ...more.filter((s) => s.url === undefined || !urls.has(s.url))];
}
