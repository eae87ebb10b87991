import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandsOf, wordsOf } from '../../src/cli/help-lang.js';
import { buildProgram } from '../../src/cli/program.js';
import { esHelp } from '../../src/messages/es/help.js';
import { ROOT } from '../helpers/build.js';
import { runMain } from '../helpers/cli.js';

const COMMANDS = ['main', 'roadmap', 'eligibility', 'report', 'explore', 'validate', 'schema', 'init'];
const helpArgs = (name: string) => (name === 'main' ? ['--help'] : [name, '--help']);

describe('--help', () => {
  // The English help is commander's, from the words each command is written with: these files
  // are what it printed before Spanish existed, and must stay byte for byte.
  it.each(COMMANDS)('%s in English is unchanged (golden)', async (name) => {
    const result = await runMain(helpArgs(name));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      readFileSync(join(ROOT, 'tests', 'golden', 'help', 'en', `${name}.txt`), 'utf8'),
    );
  });

  // `UPDATE_GOLDEN=1 npx vitest run tests/lang/help-es.test.ts` rewrites the Spanish ones.
  it.each(COMMANDS)('%s in Spanish with --lang es (golden)', async (name) => {
    const result = await runMain(['--lang', 'es', ...helpArgs(name)]);
    expect(result.status).toBe(0);
    const path = join(ROOT, 'tests', 'golden', 'help', 'es', `${name}.txt`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, result.stdout);
    expect(result.stdout).toBe(readFileSync(path, 'utf8'));
    // Nothing of commander's English is left, and every line fits 80 columns.
    expect(result.stdout).not.toMatch(
      /Usage:|Options:|Arguments:|Commands:|display help|choices:|default:|<file>|\[options\]/,
    );
    for (const line of result.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('is in Spanish where --lang es is given, or the locale is Spanish; --lang en wins', async () => {
    for (const [args, env] of [
      [['explore', '--help', '--lang', 'es'], {}],
      [['--lang=es', 'explore', '-h'], {}],
      [['explore', '--help'], { LANG: 'es_US.UTF-8' }],
    ] as const) {
      const result = await runMain([...args], { env });
      expect(result.stdout, args.join(' ')).toMatch(
        /^Uso: casemgr-path explore \[opciones\] \[categoría\] \[id\]\n/,
      );
    }
    const english = await runMain(['--lang', 'en', 'explore', '--help'], { env: { LANG: 'es_US.UTF-8' } });
    expect(english.stdout).toMatch(/^Usage: casemgr-path explore \[options\] \[family\] \[id\]\n/);
  });
});

describe('every description of the program has its Spanish, and no other', () => {
  const stream = () => new PassThrough() as unknown as NodeJS.WriteStream;
  const { program } = buildProgram({
    stdout: stream(),
    stderr: stream(),
    stdin: new PassThrough() as unknown as NodeJS.ReadStream,
    env: {},
  });
  const listens = (command: Command) =>
    (command as unknown as NodeJS.EventEmitter).listenerCount('afterHelp') > 0;

  it.each(commandsOf(program).map((command) => [command.name(), command] as const))('%s', (_, command) => {
    const words = wordsOf(esHelp, program, command);
    expect(words, 'its words').toBeDefined();
    expect(words!.description.trim()).not.toBe('');
    const options = command.options.flatMap((option) => (option.long ? [option.long] : []));
    expect(Object.keys(words!.options ?? {}).sort()).toEqual([...options].sort());
    const args = command.registeredArguments.map((argument) => argument.name());
    expect(Object.keys(words!.arguments ?? {}).sort()).toEqual([...args].sort());
    expect(words!.after !== undefined, 'text after the help').toBe(listens(command));
  });

  it('no words for a command that does not exist', () => {
    const names = program.commands.map((command) => command.name());
    expect(Object.keys(esHelp.commands).filter((name) => !names.includes(name))).toEqual([]);
  });
});
