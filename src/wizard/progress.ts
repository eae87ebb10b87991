import { type WizardMessages, wizardEn } from '../messages/wizard-en.js';
import type { Roadmap } from '../roadmap/types.js';
import type { SavedState } from './store.js';

type SavedSteps = NonNullable<SavedState['roadmap']>;

/** The part of a roadmap kept for next time: step ids, titles and statuses. */
export function rememberRoadmap(roadmap: Roadmap): SavedSteps {
  return {
    as_of: roadmap.as_of,
    steps: roadmap.steps.map((s) => ({ id: s.id, title: s.title, status: s.status })),
  };
}

export interface Progress {
  /** Steps done now that were not done last time (or not listed: the planner words a met milestone anew). */
  newlyDone: { id: string; title: string }[];
  /** Steps under way now that were waiting last time. */
  newlyStarted: { id: string; title: string }[];
  doneNow: number;
  doneBefore: number;
  total: number;
}

export function compareProgress(previous: SavedSteps, roadmap: Roadmap): Progress {
  const before = new Map(previous.steps.map((s) => [s.id, s.status]));
  const newlyDone = roadmap.steps
    .filter((s) => s.status === 'done' && before.get(s.id) !== 'done')
    .map((s) => ({ id: s.id, title: s.title }));
  const newlyStarted = roadmap.steps
    .filter(
      (s) =>
        s.status === 'in-progress' &&
        before.has(s.id) &&
        !['done', 'in-progress'].includes(before.get(s.id)!),
    )
    .map((s) => ({ id: s.id, title: s.title }));
  return {
    newlyDone,
    newlyStarted,
    doneNow: roadmap.steps.filter((s) => s.status === 'done').length,
    doneBefore: previous.steps.filter((s) => s.status === 'done').length,
    total: roadmap.steps.filter((s) => s.status !== 'n-a').length,
  };
}

/** "Progress since Mar 2026" as lines of text. */
export function progressText(
  progress: Progress,
  since: string,
  symbols: { done: string; started: string },
  words: WizardMessages = wizardEn,
): string {
  const said = words.progress;
  const lines = [said.since(words.format.month(since))];
  for (const step of progress.newlyDone) lines.push(`  ${symbols.done} ${said.done(step.title)}`);
  for (const step of progress.newlyStarted) lines.push(`  ${symbols.started} ${said.started(step.title)}`);
  if (progress.newlyDone.length === 0 && progress.newlyStarted.length === 0) lines.push(`  ${said.none}`);
  lines.push(`  ${said.count(progress.doneNow, progress.total, progress.doneBefore)}`);
  return lines.join('\n');
}
