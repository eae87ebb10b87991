import type { ExamSpec } from './schema/states.js';

/** The exam ids an ExamSpec names: [] for none, null for unknown. */
export function examIds(exam: ExamSpec | undefined): string[] | null {
  if (exam === undefined || exam === 'unknown') return null;
  if (exam === 'none') return [];
  return typeof exam === 'string' ? [exam] : [...exam];
}
