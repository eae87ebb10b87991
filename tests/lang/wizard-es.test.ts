import { describe, expect, it } from 'vitest';
import { wizardEn } from '../../src/messages/wizard-en.js';
import { wizardEs } from '../../src/messages/wizard-es.js';

/**
 * The wizard's words in both languages: the same keys, each of the same kind, and every message
 * says the same placeholders (what a caller passes in reaches the person in both languages).
 */

type Words = Record<string, unknown>;

/** Every leaf of the message tree, with its path ("education.finished"). */
function leaves(words: Words, prefix = ''): [string, unknown][] {
  return Object.entries(words).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    // The locale format is checked with the other formats (tests/messages/format.test.ts).
    if (path === 'format') return [];
    return value && typeof value === 'object' && !Array.isArray(value)
      ? leaves(value as Words, path)
      : [[path, value] as [string, unknown]];
  });
}

const at = (words: Words, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Words)[key], words);

/** Markers for each parameter, as text, as a one-item list, and as numbers. */
const AS_TEXT = Array.from({ length: 7 }, (_, i) => `‹${i}›`);
const AS_LIST = AS_TEXT.map((m) => [m]);
const AS_NUMBER = Array.from({ length: 7 }, (_, i) => 9001 + i);

/** The markers a message says when given `args`, or null when it cannot take them. */
function said(message: (...args: unknown[]) => string, args: unknown[]): string[] | null {
  let text: string;
  try {
    text = String(message(...args));
  } catch {
    return null;
  }
  return args.map(String).filter((marker) => text.includes(marker));
}

const english = leaves(wizardEn as unknown as Words);

describe('the wizard in both languages', () => {
  it('has every key in both languages, and no other', () => {
    expect(leaves(wizardEs as unknown as Words).map(([path]) => path)).toEqual(english.map(([path]) => path));
  });

  it('says something for every key, of the same kind in both languages', () => {
    for (const [path, en] of english) {
      const es = at(wizardEs as unknown as Words, path);
      expect(Array.isArray(es) ? 'list' : typeof es, path).toBe(Array.isArray(en) ? 'list' : typeof en);
      if (typeof es === 'string') expect(es.trim(), path).not.toBe('');
      // English puts nothing between a month's name and its year; every other list says something.
      if (Array.isArray(es) && path !== 'answers.monthYearJoin') expect(es.length, path).toBeGreaterThan(0);
      if (typeof es === 'function') {
        expect((es as () => string).length, `${path}: parameters`).toBe((en as () => string).length);
      }
    }
  });

  it('says the same placeholders in both languages', () => {
    let checked = 0;
    for (const [path, en] of english) {
      if (typeof en !== 'function') continue;
      const es = at(wizardEs as unknown as Words, path) as (...args: unknown[]) => string;
      const args = said(en as typeof es, AS_TEXT) ? AS_TEXT : AS_LIST;
      expect(said(es, args), `${path} (text)`).toEqual(said(en as typeof es, args));
      // Counts: only where the message takes numbers in both languages (text-only ones throw).
      const counted = [said(en as typeof es, AS_NUMBER), said(es, AS_NUMBER)];
      if (counted[0] && counted[1]) expect(counted[1], `${path} (numbers)`).toEqual(counted[0]);
      checked++;
    }
    expect(checked).toBeGreaterThan(70);
  });

  it('the month names and the answer words a month needs are there for all twelve months', () => {
    expect(wizardEs.answers.monthNames).toHaveLength(12);
    expect(wizardEn.answers.monthNames).toHaveLength(12);
  });

  it('the tense follows whether the program is finished', () => {
    expect(wizardEs.education.practicum(true)).toContain('incluyó');
    expect(wizardEs.education.practicum(false)).toContain('incluye');
    expect(wizardEn.education.practicum(true)).toMatch(/^Did /);
    expect(wizardEn.education.practicum(false)).toMatch(/^Does /);
    expect(
      wizardEs.welcome.stillThere('administrador(a) de casos', null, 1, 'mayo de 2026', '13', '14', '→'),
    ).toBe(
      '¿Sigue trabajando como administrador(a) de casos? Eso suma 1 mes desde mayo de 2026: 13 → 14 meses.',
    );
  });
});
