import type { EducationLevel } from '../core/vocabulary.js';
import type { EducationEntry } from '../profile/schema.js';

const DEGREE_LEVELS: ReadonlySet<EducationLevel> = new Set(['associate', 'bachelor', 'master', 'doctorate']);

/**
 * How an education entry's field is said, in any language: `another` ("in another field") for a
 * degree in a field the vocabulary does not name beside other entries, `none` where the level
 * already says it (high school, a nursing diploma, the practical nursing certificate) or the
 * field is unnamed, else `named`.
 */
export function fieldShown(entry: EducationEntry, inList: boolean): 'another' | 'none' | 'named' {
  if (entry.field === 'other' && inList && DEGREE_LEVELS.has(entry.level)) return 'another';
  if (
    entry.field === 'other' ||
    entry.level === 'high-school' ||
    ((entry.level === 'diploma' || entry.level === 'certificate') && entry.field === 'nursing')
  )
    return 'none';
  return 'named';
}
