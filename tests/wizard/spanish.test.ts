import { screen } from '@inquirer/testing/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
// The Inquirer prompts must be imported after @inquirer/testing/vitest, which replaces their I/O.
import { loadCliData } from '../../src/cli/load-data.js';
import type { Data } from '../../src/data/model.js';
import { wizardEn } from '../../src/messages/wizard-en.js';
import { wizardEs } from '../../src/messages/wizard-es.js';
import { createInquirerPrompter } from '../../src/wizard/inquirer-prompter.js';
import type { LanguagePort } from '../../src/wizard/language.js';
import { askEducation } from '../../src/wizard/sections/education.js';
import { askExperience } from '../../src/wizard/sections/experience.js';
import { type RoadmapPort, runWizard } from '../../src/wizard/session.js';
import { catchUpOngoingRoles } from '../../src/wizard/welcome.js';
import { builtinData } from '../helpers/data.js';
import { MemoryStore } from './fakes.js';
import { scripted } from './helpers.js';

/**
 * The wizard in Spanish through the real Inquirer prompts, on a virtual screen: the questions,
 * the answer checks' messages, yes and no, the review and the save dialog, and the language
 * question that comes first when nothing says which language to speak.
 */

let spanishData: Data;
beforeAll(async () => {
  spanishData = await loadCliData({ color: false, input: true }, undefined, 'es');
});

function prompter() {
  return createInquirerPrompter({
    input: process.stdin,
    output: process.stdout,
    color: false,
    unicode: true,
    rows: 40,
    words: wizardEs,
  });
}

function inSpanish() {
  const { ctx } = scripted({});
  return { ...ctx, ask: prompter(), words: wizardEs, data: spanishData };
}

function activeLine(): string {
  return (
    screen
      .getScreen()
      .split('\n')
      .find((line) => /^[❯>]/.test(line)) ?? ''
  );
}

async function choose(label: string, { last = false } = {}): Promise<void> {
  for (let i = 0; i < 25 && !activeLine().includes(label); i++) screen.keypress('down');
  for (let i = 0; i < 25 && !activeLine().includes(label); i++) screen.keypress('up');
  expect(activeLine()).toContain(label);
  screen.keypress('enter');
  if (!last) await screen.next();
}

async function answer(text: string, { last = false } = {}): Promise<void> {
  if (text !== '') screen.type(text);
  screen.keypress('enter');
  if (!last) await screen.next();
}

function erase(count: number): void {
  for (let i = 0; i < count; i++) screen.keypress('backspace');
}

/** The screen with line breaks folded, for questions the terminal width wraps. */
const shown = () => screen.getScreen().replace(/\s+/g, ' ');
/** Everything written so far (answered questions included), folded the same way. */
const written = async () => (await screen.getFullOutput()).replace(/\s+/g, ' ');

describe('the questions in Spanish', () => {
  it('asks a BSW graduate her education, and takes a month typed in Spanish', async () => {
    const result = askEducation(inSpanish(), { version: 1 });
    expect(screen.getScreen()).toContain('¿Cuál es el nivel de estudios más alto que terminó?');
    expect(screen.getScreen()).toContain('↑↓ moverse • ⏎ elegir');
    await choose('Licenciatura en trabajo social (BSW)');
    expect(shown()).toContain(
      '¿El programa de trabajo social está acreditado por CSWE (Council on Social Work Education)?',
    );
    expect(activeLine()).toContain('No estoy seguro(a)');
    await choose('Sí');
    expect(screen.getScreen()).toContain('¿Cuándo obtuvo su licenciatura en trabajo social?');
    await answer('2026');
    expect(screen.getScreen()).toContain('> ¿Qué mes de 2026? Por ejemplo 2026-05 o mayo de 2026');
    erase(4);
    await answer('mayo de 2026');
    expect(await written()).toContain('✔ ¿Cuándo obtuvo su licenciatura en trabajo social? mayo de 2026');
    await choose('No, eso es todo', { last: true });
    await expect(result).resolves.toMatchObject({
      education: [
        { level: 'bachelor', field: 'social-work', program_accreditation: 'cswe', completed: '2026-05' },
      ],
    });
  });

  it('asks when a job ran and its hours, with the checks said in Spanish', async () => {
    const result = askExperience(inSpanish(), { version: 1 });
    expect(screen.getScreen()).toContain('¿Cuáles de estos trabajos ha tenido?');
    expect(screen.getScreen()).toContain('un prácticum no es un trabajo');
    expect(activeLine()).toContain('Administrador(a) de casos (case manager)');
    screen.keypress('space');
    screen.keypress('enter');
    await screen.next();
    expect(shown()).toContain('Su trabajo como administrador(a) de casos: ¿desde cuándo y hasta cuándo?');
    await answer('2025-10');
    expect(screen.getScreen()).toContain('¿Y cuándo terminó? Por ejemplo 2025-10 a hoy');
    erase(7);
    await answer('desde octubre de 2025');
    expect(await written()).toContain('de octubre de 2025 a hoy (13 meses hasta ahora)');
    expect(screen.getScreen()).toContain('¿Dónde trabaja como administrador(a) de casos?');
    expect(activeLine()).toContain('Otro lugar');
    await choose('Hospital');
    expect(shown()).toContain('¿Cuántas horas por semana trabaja como administrador(a) de casos?');
    await answer('muchas');
    expect(screen.getScreen()).toContain(
      'horas por semana: un número de 1 a 80, por ejemplo 40, o 10 sin pago',
    );
    erase(6);
    await answer('20 horas sin pago');
    expect(await written()).toContain('20 horas por semana, sin pago');
    expect(screen.getScreen()).toContain('¿Quién supervisa su trabajo como administrador(a) de casos?');
    expect(activeLine()).toContain('Nadie, o no estoy seguro(a)');
    await choose('Un(a) enfermero(a), trabajador(a) social o consejero(a) con licencia', { last: true });
    await expect(result).resolves.toMatchObject({
      experience: [
        {
          role: 'case-manager',
          setting: 'hospital',
          hours_per_week: 20,
          paid: false,
          supervised_by: 'licensed',
          start: '2025-10',
          ongoing: true,
        },
      ],
    });
  });

  it('takes s or n for yes or no, and says so for anything else', async () => {
    const ask = prompter();
    const profile = catchUpOngoingRoles(
      ask,
      { version: 1, experience: [{ role: 'case-manager', start: '2026-01', ongoing: true }] },
      '2026-05',
      '2026-11',
      '→',
      wizardEs,
    );
    expect(shown()).toContain(
      '¿Sigue trabajando como administrador(a) de casos? Eso suma 6 meses desde mayo de 2026: 4 → 10 meses. (S/n)',
    );
    await answer('q');
    expect(screen.getScreen()).toContain('> escriba s para sí o n para no');
    erase(1);
    await answer('sí', { last: true });
    await expect(profile).resolves.toMatchObject({ experience: [{ months: 10, ongoing: true }] });
    expect(await written()).toMatch(/10 meses\. Sí/);
  });
});

function fakeRoadmap(): RoadmapPort & { langs: (string | undefined)[] } {
  const langs: (string | undefined)[] = [];
  return {
    langs,
    exportFormats: ['md'],
    async show(_profile, options) {
      langs.push(options?.lang);
      return { version: 1, as_of: '2026-11', steps: [] } as never;
    },
    async render(_roadmap, format) {
      return `# roadmap (${format})\n`;
    },
  };
}

/** The whole wizard on the virtual screen, choosing its language as the CLI does. */
function session(language: Omit<LanguagePort, 'load'>) {
  const out: string[] = [];
  const loaded: string[] = [];
  const store = new MemoryStore();
  const roadmap = fakeRoadmap();
  const run = runWizard({
    data: builtinData(),
    asOf: '2026-11',
    prompter: prompter(),
    print: (text) => out.push(text),
    warn: () => {},
    width: 80,
    symbols: { done: '✔', started: '▶', arrow: '→' },
    store,
    roadmap,
    cwd: '/home/ana',
    language: {
      ...language,
      async load(lang) {
        loaded.push(lang);
        return lang === 'es'
          ? { words: wizardEs, data: spanishData }
          : { words: wizardEn, data: builtinData() };
      },
    },
  });
  return { run, out, store, loaded, roadmap };
}

describe('the whole wizard in Spanish', () => {
  it('asks the language first when nothing says, then reviews and saves in Spanish', async () => {
    const { run, out, store, loaded, roadmap } = session({});
    await screen.next();
    expect(screen.getScreen()).toContain('Language / Idioma');
    expect(screen.getScreen()).toContain('navigate / moverse');
    expect(activeLine()).toContain('English');
    await choose('Español');
    expect(loaded).toEqual(['es']);
    expect(out.join('\n')).toContain('Unas preguntas sobre sus estudios, licencias, trabajo y metas');
    await choose('Algunos estudios universitarios (some college), sin título');
    expect(shown()).toContain('¿Cuántos créditos universitarios ha completado, más o menos?');
    await answer('400');
    expect(screen.getScreen()).toContain('créditos: un número entero de 0 a 300');
    erase(3);
    await answer('30');
    await choose('No, eso es todo');
    expect(screen.getScreen()).toContain('¿En qué estado vive o piensa trabajar?');
    screen.type('nueva york');
    await screen.next();
    expect(activeLine()).toContain('Nueva York (NY)');
    await answer('');
    await answer(''); // no jobs
    expect(screen.getScreen()).toContain('¿Hacia qué meta le gustaría avanzar?');
    await choose('Todavía no lo sé: recomiéndeme una meta');
    const review = out.join('\n');
    expect(review).toContain('Sus respuestas');
    expect(review).toMatch(/Estudios +Estudios universitarios sin título, 30 créditos/);
    expect(review).toMatch(/Licencias +ninguna; vive en Nueva York/);
    expect(review).toMatch(/Experiencia +ninguna todavía/);
    expect(review).toMatch(/Meta +sin decidir: el plan recomienda una meta/);
    expect(screen.getScreen()).toContain('¿Todo listo?');
    expect(activeLine()).toContain('Sí, mostrar mi plan (roadmap)');
    expect(screen.getScreen()).toContain('Cambiar experiencia');
    await answer('');
    expect(roadmap.langs).toEqual(['es']);
    expect(screen.getScreen()).toContain('¿Guardar sus respuestas para volver a ellas más adelante?');
    expect(screen.getScreen()).toContain(`Se guarda en ${store.profilePath}`);
    await choose('Sí, en un archivo que yo elija');
    expect(screen.getScreen()).toContain('¿En qué archivo guardarlo? (mi-perfil.yaml)');
    await answer('notas.txt');
    expect(screen.getScreen()).toContain('un nombre de archivo que termine en .yaml o .yml');
    erase(9);
    await answer('');
    expect(out.join('\n')).toContain('Guardado: /home/ana/mi-perfil.yaml');
    expect(screen.getScreen()).toContain('¿Guardar una copia del plan como documento?');
    await choose('No, gracias', { last: true });
    await run;
    expect(out.at(-1)).toBe('La próxima vez: casemgr-path roadmap --profile /home/ana/mi-perfil.yaml');
    const saved = store.files.get('/home/ana/mi-perfil.yaml')!;
    expect(saved).toMatch(/^# Perfil de casemgr-path \(versión 1\), escrito por el asistente\./);
    expect(saved).toContain('\nlang: es\n');
    expect(saved).toContain('\nstate: NY\n');
  });

  it('asks no language question when the locale says, and keeps no lang the person did not choose', async () => {
    const { run, store, loaded } = session({ locale: 'en' });
    await screen.next();
    expect(screen.getScreen()).toContain('What is the highest education you have finished?');
    expect(loaded).toEqual(['en']);
    await choose('High school diploma or GED');
    await choose("No, that's everything");
    screen.type('ohio');
    await screen.next();
    await answer('');
    await answer('');
    await choose('Not sure yet: recommend a goal for me');
    await answer('');
    await choose('Yes');
    await answer('');
    await choose('No, thanks', { last: true });
    await run;
    expect(store.files.get(store.profilePath)).not.toContain('lang:');
  });
});
