/**
 * Report file names that are safe on every file system: ASCII letters, digits and hyphens only,
 * lower case (so case-insensitive systems see no clash), capped in length, and never one of the
 * names Windows reserves for devices.
 */

export const MAX_SLUG_LENGTH = 60;

/** CON, NUL, COM1 … are devices on Windows, with any extension ("con.md" cannot be created). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** Letters that do not decompose into an ASCII letter plus accents. */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (letter) => TRANSLITERATIONS[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_SLUG_LENGTH);
  // Cut at a word boundary when one is reasonably close, so names stay readable.
  const boundary = cut.lastIndexOf('-');
  return (boundary >= MAX_SLUG_LENGTH / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/, '');
}

/** The base of a client's report name: from the name, else from the row number. */
export function reportBaseName(name: string | null, row: number): string {
  const slug = slugify(name ?? '');
  if (slug === '') return `row-${row}`;
  if (WINDOWS_RESERVED.test(slug)) return `client-${slug}`;
  return slug;
}

/** The n-th candidate for a base name: `maria-lopez`, then `maria-lopez-2`, `maria-lopez-3` … */
export function candidateName(base: string, attempt: number, extension: string): string {
  return attempt === 1 ? `${base}.${extension}` : `${base}-${attempt}.${extension}`;
}
