import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Io } from '../../src/cli/context.js';
import { main } from '../../src/cli/program.js';
import { checkProfileIds } from '../../src/profile/parse.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { profileTemplate } from '../../src/profile/template.js';
import { builtinData } from '../helpers/data.js';
import { scratchDir } from '../helpers/scratch.js';
import { BIN, ensureBuilt } from './built.js';

/** In-process streams that say they are (or are not) a terminal. */
function fakeIo(env: NodeJS.ProcessEnv = {}, tty = true) {
  const stream = () => Object.assign(new PassThrough(), { isTTY: tty, columns: 80, rows: 24 });
  const stdout = stream();
  const stderr = stream();
  const chunks = { out: '', err: '' };
  stdout.on('data', (d) => (chunks.out += d));
  stderr.on('data', (d) => (chunks.err += d));
  const io = {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: stream() as unknown as NodeJS.ReadStream,
    env,
  } satisfies Io;
  return { io, chunks };
}

/** Runs the built binary with stdin a pipe that stays open: anything that waits for input hangs. */
function runBuilt(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('casemgr-path init', () => {
  it('prints a template that is a valid profile as it stands, naming only ids the data knows', () => {
    const data = builtinData();
    const text = profileTemplate(data);
    const result = ProfileSchema.safeParse(parse(text));
    expect(result.success).toBe(true);
    if (result.success) expect(checkProfileIds(result.data, data)).toEqual([]);
    // Every top-level field and every entry field carries a comment.
    for (const line of text.split('\n')) {
      if (
        /^\s*(- )?[a-z_]+:/.test(line) &&
        !/^\s+- level: master|^\s+(field|program_accreditation|status|completed):/.test(line)
      ) {
        expect(line, line).toContain('#');
      }
    }
    for (const key of Object.keys(ProfileSchema.shape)) expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
  });

  it('writes it to a file, and never over an existing one', async () => {
    const dir = scratchDir('casemgr-init-');
    const out = join(dir, 'profile.yaml');
    const first = fakeIo();
    expect(await main(['init', '--out', out], first.io)).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('version: 1');
    expect(first.chunks.err).toContain(`casemgr-path roadmap --profile ${out}`);

    writeFileSync(out, 'mine\n');
    const second = fakeIo();
    expect(await main(['init', '--out', out], second.io)).toBe(2);
    expect(second.chunks.err).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('mine\n');
  });
});

describe('casemgr-path with no command, where it cannot prompt', () => {
  it('says CI or --no-input stops the wizard, and what to run instead (exit 2)', async () => {
    const ci = fakeIo({ CI: 'true' });
    expect(await main([], ci.io)).toBe(2);
    expect(ci.chunks.err).toContain('the wizard needs a terminal, and CI is set');
    expect(ci.chunks.err).toContain('Instead: casemgr-path roadmap --profile FILE');

    const noInput = fakeIo();
    expect(await main(['--no-input'], noInput.io)).toBe(2);
    expect(noInput.chunks.err).toContain('--no-input was given');
  });

  it('names an unknown command with a suggestion instead of starting the wizard', async () => {
    const { io, chunks } = fakeIo();
    expect(await main(['int'], io)).toBe(2);
    expect(chunks.err).toContain(`unknown command 'int' (did you mean "init"?)`);
  });

  describe('the built binary', () => {
    beforeAll(() => ensureBuilt(), 120_000);

    it('exits 2 at once when stdin is a pipe that stays open, instead of waiting', async () => {
      const { code, stderr, stdout } = await runBuilt([]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('standard input is not a terminal');
      expect(stderr).toContain('casemgr-path roadmap --profile FILE');
      expect(stderr).toContain('casemgr-path init --out profile.yaml');
    });

    it('shows the example roadmap for npm start, saying so', async () => {
      const { code, stderr } = await runBuilt(['--start']);
      expect(code).toBe(0);
      expect(stderr).toContain('here is the roadmap of the example profile examples/maria.yaml');
    });
  });
});
