import type { Lang } from '../core/lang.js';
import type { Data } from '../data/model.js';
import { type WizardMessages, wizardEn } from '../messages/wizard-en.js';
import type { Prompter } from './prompter.js';
import type { Draft, SavedProfile } from './store.js';

/**
 * Which language the wizard speaks (docs/i18n.md, "Choosing the language"): `--lang`, else the
 * language of the answers being resumed, else the saved profile's `lang`, else the locale. When
 * none says, the first question asks, in both languages.
 */

/** What the wizard needs from outside to speak a language. */
export interface LanguagePort {
  /** `--lang`, when given. */
  flag?: Lang;
  /** What the locale says (LC_ALL, LC_MESSAGES, LANG); undefined when it does not say. */
  locale?: Lang;
  /**
   * The sentences, and the data with its text, in `lang`. Called once the language is known,
   * so another language's words are loaded only when it is spoken.
   */
  load(lang: Lang): Promise<{ words: WizardMessages; data: Data }>;
}

export interface Spoken {
  lang: Lang;
  words: WizardMessages;
  /** The data with its text (specializations, courses) in the language, for questions and review. */
  data: Data;
  /** The person chose it (the language question or `--lang`): the profile keeps it as `lang`. */
  chosen: boolean;
}

/** The language already known, and whether the person chose it just now; null when none says. */
export function knownLanguage(
  port: LanguagePort,
  draft: Draft | null,
  saved: SavedProfile | null,
): { lang: Lang; chosen: boolean } | null {
  if (port.flag) return { lang: port.flag, chosen: true };
  const remembered = draft?.lang ?? draft?.profile.lang ?? saved?.profile?.lang ?? port.locale;
  return remembered ? { lang: remembered, chosen: false } : null;
}

/** The key help under the language question, in both languages (none is known yet). */
const BOTH: WizardMessages = {
  ...wizardEn,
  prompt: {
    ...wizardEn.prompt,
    keyActions: { ...wizardEn.prompt.keyActions, navigate: 'navigate / moverse', select: 'select / elegir' },
  },
};

/** The language question: asked before any language is known, so each answer is in its own. */
export function askLanguage(ask: Prompter): Promise<Lang> {
  ask.speak?.(BOTH);
  return ask.select<Lang>({
    id: 'start.lang',
    message: 'Language / Idioma',
    choices: [
      { value: 'en', name: 'English' },
      { value: 'es', name: 'Español' },
    ],
    default: 'en',
  });
}
