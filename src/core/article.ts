/** "a" or "an" by how the word is said: "an LPN", "a utilization reviewer", "an associate degree". */
export function withArticle(phrase: string): string {
  const word = phrase.trim();
  // Letters said with a vowel sound lead an initialism: an LPN, an RN, an MSW, an ASWB exam.
  if (/^[AEFHILMNORSX][A-Z]/.test(word)) return `an ${word}`;
  if (/^[A-Z]{2}/.test(word)) return `a ${word}`;
  const lower = word.toLowerCase();
  // "u" said as "you" (utilization, unit, user, university) takes "a"; "unpaid" takes "an".
  if (/^u(ti|ni[^n]|s[eu]|r[oa])/.test(lower) || /^(one|eu)/.test(lower)) return `a ${word}`;
  if (/^(hour|honest)/.test(lower) || /^[aeiou]/.test(lower)) return `an ${word}`;
  return `a ${word}`;
}
