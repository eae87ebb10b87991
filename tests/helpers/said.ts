import { enFormat } from '../../src/messages/en/format.js';
import { enRoadmap } from '../../src/messages/en/roadmap/index.js';
import { roadmapFormat, sentences } from '../../src/messages/roadmap.js';
import type { Phrase } from '../../src/roadmap/phrases/index.js';

const words = roadmapFormat(enRoadmap, enFormat);

/** A planner phrase in English, or a list of them (a `why`) as its sentences. */
export function said(p: Phrase | readonly Phrase[] | undefined): string {
  if (p === undefined) return '';
  return Array.isArray(p) ? sentences(p, words) : words.say(p as Phrase);
}

/** A draft with its title and reason in English, for tests that read them. */
export function inWords<T extends { title: Phrase; why: readonly Phrase[] }>(
  draft: T,
): Omit<T, 'title' | 'why'> & { title: string; why: string } {
  return { ...draft, title: said(draft.title), why: said(draft.why) };
}
