import { wizardEn } from '../../src/messages/wizard-en.js';
import type { WizardContext } from '../../src/wizard/context.js';
import { analyseRules } from '../../src/wizard/relevance.js';
import { builtinData } from '../helpers/data.js';
import { type Script, ScriptedPrompter } from './fakes.js';

/** A section context over the built-in data, answering from `script`. */
export function scripted(
  script: Script,
  asOf = '2026-11',
): { ctx: WizardContext; prompter: ScriptedPrompter } {
  const data = builtinData();
  const prompter = new ScriptedPrompter(script);
  return {
    ctx: { data, relevance: analyseRules(data), asOf, ask: prompter, say: () => {}, words: wizardEn },
    prompter,
  };
}
