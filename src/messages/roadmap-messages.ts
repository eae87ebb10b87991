import type { Phrase, RoadmapPhrases } from '../roadmap/phrases/index.js';
import type { LocaleFormat } from './locale-format.js';

/**
 * What a roadmap message is given besides its parameters: the language's months, money, counts
 * and lists, and `say` for a phrase it holds (a step's title inside an answer).
 */
export interface RoadmapFormat extends LocaleFormat {
  say(phrase: Phrase): string;
}

/** The messages of one area: a function for every code of its phrase interface. */
export type AreaMessages<P> = { readonly [C in keyof P]: (params: P[C], format: RoadmapFormat) => string };

/**
 * Everything a language says in a roadmap, one function per phrase code of the planner
 * (src/roadmap/phrases/). A code with no message, or a message with the wrong parameters, is a
 * type error.
 */
export type RoadmapMessages = AreaMessages<RoadmapPhrases>;

/** A language for the roadmap: its messages and its formats, passed together. */
export interface RoadmapLanguage {
  messages: RoadmapMessages;
  format: LocaleFormat;
}
