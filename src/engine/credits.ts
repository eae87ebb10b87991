import { EDUCATION_RANK } from '../core/vocabulary.js';
import type { EducationEntry } from '../profile/schema.js';

/**
 * Semester credits an entry stands for (the reading in docs/rules.md): a some-college entry its
 * own `credits` (also an in-progress degree that gives them), a completed associate degree at
 * least 60, a bachelor's or higher at least 120, anything else its own credits or none.
 */
export function creditsOf(entry: EducationEntry): number {
  const own = (entry as { credits?: number }).credits ?? 0;
  if (entry.level === 'some-college' || entry.status !== 'completed') return own;
  if (entry.level === 'associate') return Math.max(own, LEVEL_CREDITS.associate);
  return EDUCATION_RANK[entry.level] >= EDUCATION_RANK.bachelor ? Math.max(own, LEVEL_CREDITS.bachelor) : own;
}

/** Semester credits a finished associate or bachelor's degree stands for (docs/rules.md). */
export const LEVEL_CREDITS = { associate: 60, bachelor: 120 } as const;
