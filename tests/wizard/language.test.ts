import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Lang } from '../../src/core/lang.js';
import { type WizardMessages, wizardEn } from '../../src/messages/wizard-en.js';
import { wizardEs } from '../../src/messages/wizard-es.js';
import type { LanguagePort } from '../../src/wizard/language.js';
import { type RoadmapPort, runWizard } from '../../src/wizard/session.js';
import type { Draft } from '../../src/wizard/store.js';
import { builtinData } from '../helpers/data.js';
import { MemoryStore, type Script, ScriptedPrompter } from './fakes.js';
import { TEXAS_BSW } from './personas.js';

/**
 * Which language the wizard speaks (docs/i18n.md): --lang, else the answers being resumed, else
 * the saved profile's lang, else the locale; when none says, it asks first. The profile keeps
 * the language the person chose.
 */

const roadmap: RoadmapPort = {
  exportFormats: [],
  async show() {
    return null;
  },
  async render() {
    return '';
  },
};

class SpeakingPrompter extends ScriptedPrompter {
  readonly spoken: WizardMessages[] = [];
  speak(words: WizardMessages): void {
    this.spoken.push(words);
  }
}

function run(script: Script, language: Omit<LanguagePort, 'load'>, store = new MemoryStore()) {
  const out: string[] = [];
  const loaded: Lang[] = [];
  const prompter = new SpeakingPrompter(script);
  const outcome = runWizard({
    data: builtinData(),
    asOf: '2026-11',
    prompter,
    print: (text) => out.push(text),
    warn: () => {},
    width: 80,
    symbols: { done: '✔', started: '▶' },
    store,
    roadmap,
    cwd: '/home/ana',
    language: {
      ...language,
      async load(lang) {
        loaded.push(lang);
        return { words: lang === 'es' ? wizardEs : wizardEn, data: builtinData() };
      },
    },
  });
  return { outcome, out, loaded, prompter, store };
}

const NEW_BSW: Script = { ...TEXAS_BSW, 'review.next': 'roadmap', 'save.where': 'default', 'save.name': '' };
const savedProfile = (store: MemoryStore) => parse(store.files.get(store.profilePath)!);
const messageOf = (prompter: ScriptedPrompter, id: string) =>
  prompter.asked.find((q) => q.id === id)?.message;

describe('the language the wizard speaks', () => {
  it('asks first when neither --lang, a saved profile nor the locale says, and keeps the answer', async () => {
    const { outcome, prompter, loaded, store } = run({ 'start.lang': 'es', ...NEW_BSW }, {});
    await outcome;
    expect(prompter.ids[0]).toBe('start.lang');
    expect(prompter.asked[0]).toMatchObject({ message: 'Language / Idioma', choices: ['en', 'es'] });
    expect(loaded).toEqual(['es']);
    expect(messageOf(prompter, 'education.highest')).toBe(
      '¿Cuál es el nivel de estudios más alto que terminó?',
    );
    // The prompts' own words (key help, yes and no) follow: both languages for the question, then Spanish.
    expect(prompter.spoken.at(-1)).toBe(wizardEs);
    expect(savedProfile(store).lang).toBe('es');
  });

  it('keeps English chosen at the question too, so it is not asked again', async () => {
    const { outcome, store } = run({ 'start.lang': 'en', ...NEW_BSW }, {});
    await outcome;
    expect(savedProfile(store).lang).toBe('en');
  });

  it('asks nothing when the locale says, and leaves lang out of the profile', async () => {
    const { outcome, prompter, loaded, store } = run(NEW_BSW, { locale: 'es' });
    await outcome;
    expect(prompter.ids).not.toContain('start.lang');
    expect(loaded).toEqual(['es']);
    expect(messageOf(prompter, 'licenses.state')).toBe('¿En qué estado vive o piensa trabajar?');
    expect(savedProfile(store).lang).toBeUndefined();
  });

  it('--lang wins over the locale and is kept in the profile', async () => {
    const { outcome, prompter, store } = run(NEW_BSW, { flag: 'es', locale: 'en' });
    await outcome;
    expect(prompter.ids).not.toContain('start.lang');
    expect(messageOf(prompter, 'goals.goal')).toBe('¿Hacia qué meta le gustaría avanzar?');
    expect(savedProfile(store).lang).toBe('es');
  });

  it('welcomes back in the saved profile’s language, whatever the locale says', async () => {
    const store = new MemoryStore();
    store.files.set(store.profilePath, 'version: 1\nname: Ana\nlang: es\nstate: TX\n');
    store.state = { version: 1, saved_at: '2026-05', roadmap: null };
    const { outcome, out, prompter } = run({ 'start.saved': 'show' }, { locale: 'en' }, store);
    await outcome;
    expect(out[0]).toBe('Bienvenido(a) de nuevo, Ana. Su perfil se guardó en mayo de 2026.');
    expect(messageOf(prompter, 'start.saved')).toBe('¿Qué le gustaría hacer?');
  });

  it('resumes unfinished answers in the language they were given in', async () => {
    const store = new MemoryStore();
    const draft: Draft = {
      version: 1,
      started: '2026-10',
      mode: 'new',
      stage: 'interview',
      profile: { version: 1 },
      todo: ['education', 'licenses', 'experience', 'goals'],
      answers: { 'education.highest': 'bachelor:social-work', 'education.0.accreditation': 'cswe' },
      base_sha: null,
      lang: 'es',
    };
    store.draft = draft;
    const script = { 'start.resume': 'resume', ...NEW_BSW };
    const { outcome, prompter, out } = run(script, { locale: 'en' }, store);
    await outcome;
    expect(messageOf(prompter, 'start.resume')).toBe(
      'Tiene respuestas sin terminar de octubre de 2026. ¿Quiere seguir donde lo dejó?',
    );
    // The answers given before are not asked again; the next question is in Spanish.
    expect(prompter.ids).not.toContain('education.highest');
    expect(messageOf(prompter, 'education.0.finished')).toMatch(/^¿Cuándo obtuvo su licenciatura/);
    expect(out.join('\n')).toContain('Sus respuestas');
  });

  it('says the review and the save in Spanish, and writes the profile with a Spanish header', async () => {
    const { outcome, out, store } = run({ ...NEW_BSW, 'save.name': 'Ana' }, { flag: 'es' });
    await outcome;
    const printed = out.join('\n');
    expect(printed).toMatch(
      /Estudios +Licenciatura en trabajo social, acreditación CSWE, terminó en\s+mayo de 2026/,
    );
    expect(printed).toMatch(/Licencias +ninguna; vive en Texas/);
    expect(printed).toContain(`Guardado: ${store.profilePath}`);
    expect(out.at(-1)).toBe('La próxima vez, ejecute casemgr-path de nuevo para actualizarlo.');
    const text = store.files.get(store.profilePath)!;
    expect(text.split('\n')[0]).toBe('# Perfil de casemgr-path (versión 1), escrito por el asistente.');
    expect(parse(text)).toMatchObject({ name: 'Ana', lang: 'es', state: 'TX' });
  });
});
