import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliMessage, problem } from '../../src/messages/es/cli.js';
import { runMain } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'casemgr-cli-es-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const es = (args: string[], env: NodeJS.ProcessEnv = {}) => runMain(['--lang', 'es', ...args], { env });

describe('usage errors in Spanish', () => {
  it.each([
    [
      ['roadmap', '--profile', 'x.yaml', '--formt', 'md'],
      "error: opción desconocida '--formt'\n(¿quiso decir --format?)\n",
    ],
    [['roadmap'], "error: falta la opción obligatoria '--profile <file>'\n"],
    [
      ['eligibility', '--profile', 'examples/maria.yaml', '--format', 'pdf'],
      "error: el valor 'pdf' de la opción '--format <format>' no es válido. Los valores posibles son text, json.\n",
    ],
    [['roadmap', '--profile'], "error: falta el valor de la opción '--profile <file>'\n"],
    [
      ['roadmp'],
      `casemgr-path: comando desconocido 'roadmp' (¿quiso decir "roadmap"?); vea casemgr-path --help\n`,
    ],
    [['roadmap', '--profile', 'no-such.yaml'], 'casemgr-path: no se encontró el perfil: no-such.yaml\n'],
    [
      ['roadmap', '--profile', 'examples/maria.yaml', '--as-of', '2026-13'],
      'casemgr-path: --as-of espera un mes en formato AAAA-MM (por ejemplo 2026-11); se recibió "2026-13"\n',
    ],
    [
      ['eligibility', '--profile', 'examples/maria.yaml', '--cert', 'ccn'],
      /^casemgr-path: certificación desconocida "ccn" \(¿quiso decir "ccm"\?\); las conocidas: ccm, acm-rn, /,
    ],
    [
      ['--no-input'],
      'casemgr-path: el asistente necesita una terminal, y se indicó --no-input.\nEn su lugar: casemgr-path roadmap --profile ARCHIVO\n(casemgr-path init --out perfil.yaml escribe una plantilla de perfil para completar)\n',
    ],
  ] as const)('%j', async (args, expected) => {
    const result = await es([...args]);
    expect(result.status).toBe(2);
    if (typeof expected === 'string') expect(result.stderr).toBe(expected);
    else expect(result.stderr).toMatch(expected);
  });

  it('the locale is enough; --lang en keeps English', async () => {
    const spanish = await runMain(['roadmap'], { env: { LANG: 'es_MX.UTF-8' } });
    expect(spanish.stderr).toBe("error: falta la opción obligatoria '--profile <file>'\n");
    const english = await runMain(['--lang', 'en', 'roadmap'], { env: { LANG: 'es_MX.UTF-8' } });
    expect(english.stderr).toBe("error: required option '--profile <file>' not specified\n");
  });
});

describe('profile problems in Spanish, around the file, line and field path', () => {
  it('the frame, each problem and its path', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      [
        'version: 1',
        'stat: TX',
        'education: [{ level: bachelors }]',
        'experience: [{ role: case-manager }]',
        'lang: fr',
        '',
      ].join('\n'),
    );
    const result = await es(['eligibility', '--profile', file]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('casemgr-path: el perfil tiene 4 problemas:');
    expect(
      lines
        .slice(1)
        .map((line) => line.replace(/^.*bad\.yaml:/, ''))
        .sort(),
    ).toEqual([
      '2:1  clave desconocida "stat" (¿quiso decir "state"?)',
      '3:22  education[0].level: valor desconocido "bachelors" (¿quiso decir "bachelor"?)',
      '4:14  experience[0].months: falta este campo, que es obligatorio',
      '5:7  lang: se esperaba uno de estos valores: en, es',
    ]);
  });

  it('an id the data does not know, with the ids it does', async () => {
    const file = join(dir, 'id.yaml');
    writeFileSync(file, 'version: 1\nlicenses: [{ type: lcws }]\n');
    const result = await es(['eligibility', '--profile', file]);
    expect(result.stderr).toMatch(
      /^casemgr-path: el perfil tiene un problema:\n.*id\.yaml:2:20 {2}licenses\[0\]\.type: licencia desconocida "lcws" \(¿quiso decir "lcsw"\?\); las conocidas: rn, lpn, /,
    );
  });

  it('a state title the state does not issue', async () => {
    const file = join(dir, 'ca.yaml');
    writeFileSync(file, 'version: 1\nstate: CA\nlicenses: [{ type: lmsw }]\n');
    const result = await es(['eligibility', '--profile', file]);
    expect(result.stderr).toMatch(
      /licenses\[0\]\.type: California no tiene LMSW; ¿quiso decir el registro ASW \(ca-asw\)\?\n$/,
    );
  });

  it.each([
    [
      'IL',
      'lpc',
      'la LPC de Illinois no es su licencia independiente: aquí `lpc` representa la LCPC; si tiene la LPC, escriba `il-lpc`',
    ],
    [
      'MI',
      'lmsw',
      'Michigan emite la LMSW solo después de la LLMSW: `lmsw` se lee como la LMSW completa. Si lo que tiene es la LLMSW, escriba `mi-llmsw`',
    ],
    ['NY', 'lpc', 'New York emite la LMHC solo después del permiso limitado (Limited permit)'],
    [
      'OH',
      'lpc',
      'la LPC de Ohio no es su licencia independiente: aquí `lpc` representa la LPCC; si tiene la LPC, escriba `oh-lpc`',
    ],
  ])(
    'a %s %s warning (a title held first, or under another name), whole in Spanish',
    async (state, type, expected) => {
      const file = join(dir, `held-first-${state}.yaml`);
      writeFileSync(file, `version: 1\nstate: ${state}\nlicenses: [{ type: ${type} }]\n`);
      const result = await es(['eligibility', '--profile', file]);
      const warning = result.stderr.split('\n').find((line) => line.includes('aviso: licenses[0].type: '));
      expect(warning).toBeDefined();
      expect(warning).toContain(expected);
      // No English left in it: each part of a joined message has its own rule.
      expect(warning).not.toMatch(/ issues the | has no | stands for here|which a profile/);
    },
  );

  it('a message no rule knows stays whole, in English, rather than half-translated', () => {
    expect(cliMessage('something new went wrong: x')).toBe('something new went wrong: x');
    expect(problem('a brand-new check says no')).toBe('a brand-new check says no');
    expect(cliMessage('p.yaml:3:1  a brand-new check says no')).toBe('p.yaml:3:1  a brand-new check says no');
  });

  it('problem wording covers the value checks of the profile schema', () => {
    expect(problem('months must be 0 or more')).toBe('months debe ser 0 o más');
    expect(problem('expected a number, got "ten"')).toBe('se esperaba un número; se recibió "ten"');
    expect(problem('expected a list, got a mapping')).toBe('se esperaba una lista; se recibió un mapa');
    expect(problem('number must be at least 0')).toBe('el número debe ser al menos 0');
    expect(problem('the role ends (2023-01) before it starts (2023-05)')).toBe(
      'el puesto termina (2023-01) antes de empezar (2023-05)',
    );
    expect(problem('expected a month as YYYY-MM (for example 2026-03)')).toBe(
      'se esperaba un mes en formato AAAA-MM (por ejemplo 2026-03)',
    );
  });
});

describe('what the commands say on stderr, in Spanish', () => {
  it('report: the summary line, and the report itself in Spanish', async () => {
    const csv = join(dir, 'c.csv');
    writeFileSync(csv, 'name,degree_level,degree_field\nAna,bachelor,social-work\n');
    const result = await es(['report', '--profiles', csv, '--out', join(dir, 'out'), '--as-of', '2026-11']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^report: 1 fila · 1 informe escrito en .*out · sin fallas · \d+\.\d s\n$/);
    const [report] = readdirSync(join(dir, 'out', 'reports')).filter((f) => !f.startsWith('.'));
    expect(readFileSync(join(dir, 'out', 'reports', report ?? ''), 'utf8')).toMatch(/^# Hoja de ruta/);
  });
});
