import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scratchDir } from '../helpers/scratch.js';
import { BIN, ensureBuilt } from './built.js';
import { answer, answeredBeforeReview, choose } from './e2e-keys.js';
import { hasTmux, openTerminal, type Terminal } from './tmux.js';

/**
 * The built wizard in Spanish in a real terminal (tmux): the language question when the locale
 * says nothing, a whole interview to the saved profile, welcome back in the saved language, and
 * Spanish loaded only on the Spanish path.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const LOAD_LOG = pathToFileURL(join(ROOT, 'tests', 'helpers', 'load-log.mjs')).href;
/** Words only a Spanish chunk holds (as tests/lang/lazy.test.ts reads the bundle). */
const SPANISH = /noviembre|elegibilidad|administración de casos|quiso decir/;

// A person's whole session in a real terminal, with the suite's other workers on the same cores:
// each wait has its own limit (tmux.ts), so the test as a whole gets more than the default.
describe.runIf(hasTmux)('the wizard in Spanish in a terminal', { timeout: 90_000 }, () => {
  const open: Terminal[] = [];
  beforeAll(() => ensureBuilt(), 120_000);
  afterEach(() => {
    for (const terminal of open.splice(0)) terminal.close();
  });

  function start(config: string, env: Record<string, string>, width = 80, node: string[] = []) {
    const dir = scratchDir('casemgr-es-');
    const terminal = openTerminal(['node', ...node, BIN], {
      dir,
      cwd: dir,
      width,
      env: { XDG_CONFIG_HOME: config, TERM: 'xterm-256color', NO_COLOR: '1', ...env },
    });
    open.push(terminal);
    return terminal;
  }

  it('asks the language when the locale says nothing, then a BSW graduate answers in Spanish (8 questions)', async () => {
    const config = scratchDir('casemgr-es-config-');
    const t = start(config, { LANG: 'C.UTF-8' });
    await t.waitFor('Language / Idioma');
    await choose(t, 'Español');
    await t.waitFor('¿Cuál es el nivel de estudios más alto que terminó?');
    await choose(t, 'Licenciatura en trabajo social (BSW)');
    await t.waitFor('acreditado por CSWE');
    await choose(t, 'Sí');
    await t.waitFor('¿Cuándo obtuvo su licenciatura en trabajo social?');
    answer(t, 'mayo de 2026');
    await t.waitFor('¿Algo más sobre sus estudios?');
    answer(t, '');
    await t.waitFor('¿Cuáles de estos tiene, o ha aprobado?');
    answer(t, '');
    await t.waitFor('¿En qué estado vive o piensa trabajar?');
    t.type('texas');
    await t.waitFor('❯ Texas (TX)');
    t.keys('Enter');
    await t.waitFor('un prácticum no es un trabajo');
    answer(t, '');
    await t.waitFor('¿Hacia qué meta le gustaría avanzar?');
    await choose(t, 'Administración de casos en bienestar infantil');
    const review = await t.waitFor('¿Todo listo?');
    expect(review).toContain('Licenciatura en trabajo social, acreditación CSWE, terminó en');
    t.keys('Enter');
    await t.waitFor('¿Guardar sus respuestas para volver a ellas más adelante?', 30_000);
    const history = t.history();
    t.keys('Enter');
    await t.waitFor('¿Su primer nombre, para saludarle la próxima vez?');
    answer(t, 'Ana');
    await t.waitFor('¿Guardar una copia del plan como documento?');
    t.keys('Enter');
    await t.waitFor('La próxima vez, ejecute casemgr-path de nuevo para actualizarlo.');
    expect(await t.exitCode()).toBe(0);

    // The language question, then the same 8 questions as in English.
    const answered = answeredBeforeReview(history.split('Sus respuestas')[0]!);
    expect(answered[0]).toBe('✔ Language / Idioma Español');
    expect(answered).toHaveLength(9);
    // The roadmap is in Spanish too: its heading, its steps and its months.
    expect(history).not.toContain('todavía no está disponible en español');
    expect(history).toMatch(/casemgr-path · su hoja de ruta · a .* de 2026 · Texas/);
    const saved = parse(readFileSync(join(config, 'casemgr-path', 'profile.yaml'), 'utf8'));
    expect(saved).toMatchObject({ name: 'Ana', lang: 'es', state: 'TX' });

    // The next run speaks the saved language, whatever the locale says.
    const again = start(config, { LANG: 'en_US.UTF-8' }, 100);
    await again.waitFor('Bienvenido(a) de nuevo, Ana.');
    await again.waitFor('Actualizarlo con lo que ha cambiado, y luego ver mi plan');
  });

  it('loads no Spanish chunk in English, and the Spanish words only in Spanish', async () => {
    const spanishChunks = readdirSync(join(ROOT, 'dist', 'cli')).filter(
      (name) => name.endsWith('.cjs') && SPANISH.test(readFileSync(join(ROOT, 'dist', 'cli', name), 'utf8')),
    );
    const loadedBy = async (env: Record<string, string>, first: string) => {
      const config = scratchDir('casemgr-es-config-');
      const log = join(config, 'loaded.log');
      const t = start(config, { ...env, CASEMGR_LOAD_LOG: log }, 80, ['--import', LOAD_LOG]);
      await t.waitFor(first);
      t.keys('C-c');
      expect(await t.exitCode()).toBe(130);
      return readFileSync(log, 'utf8')
        .split('\n')
        .filter((url) => url.includes('/dist/'))
        .map((url) => url.slice(url.lastIndexOf('/') + 1));
    };
    const english = await loadedBy(
      { LANG: 'en_US.UTF-8' },
      'What is the highest education you have finished?',
    );
    expect(english.filter((name) => spanishChunks.includes(name))).toEqual([]);
    const spanish = await loadedBy(
      { LANG: 'es_MX.UTF-8' },
      '¿Cuál es el nivel de estudios más alto que terminó?',
    );
    expect(spanish.filter((name) => spanishChunks.includes(name)).length).toBeGreaterThan(0);
  });
});
