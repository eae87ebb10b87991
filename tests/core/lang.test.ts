import { describe, expect, it } from 'vitest';
import { chooseLang, langInArgv, localeLang } from '../../src/core/lang.js';

describe('the language the locale asks for', () => {
  it.each([
    [{ LANG: 'es_US.UTF-8' }, 'es'],
    [{ LANG: 'es_MX' }, 'es'],
    [{ LANG: 'es' }, 'es'],
    [{ LANG: 'es-419' }, 'es'],
    [{ LANG: 'es_ES@euro' }, 'es'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, undefined],
    [{ LANG: 'POSIX' }, undefined],
    [{ LANG: 'fr_FR.UTF-8' }, undefined],
    [{ LANG: 'est_EE' }, undefined],
    [{}, undefined],
  ] as const)('%j → %s', (env, lang) => {
    expect(localeLang(env)).toBe(lang);
  });

  it('reads LC_ALL, then LC_MESSAGES, then LANG (POSIX order; an empty one does not count)', () => {
    expect(localeLang({ LC_ALL: 'C', LC_MESSAGES: 'es_MX', LANG: 'es_MX' })).toBeUndefined();
    expect(localeLang({ LC_ALL: 'es_MX.UTF-8', LANG: 'en_US.UTF-8' })).toBe('es');
    expect(localeLang({ LC_ALL: '', LC_MESSAGES: 'es_PR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('es');
    expect(localeLang({ LC_MESSAGES: 'en_US.UTF-8', LANG: 'es_US.UTF-8' })).toBe('en');
    // LC_CTYPE is about characters, not language.
    expect(localeLang({ LC_CTYPE: 'es_US.UTF-8' })).toBeUndefined();
  });
});

describe('choosing the language', () => {
  it('--lang, then the profile, then the locale, then English', () => {
    const spanish = { LANG: 'es_US.UTF-8' };
    expect(chooseLang('en', 'es', spanish)).toBe('en');
    expect(chooseLang(undefined, 'en', spanish)).toBe('en');
    expect(chooseLang(undefined, undefined, spanish)).toBe('es');
    expect(chooseLang(undefined, 'es', {})).toBe('es');
    expect(chooseLang(undefined, undefined, { LANG: 'fr_FR' })).toBe('en');
  });

  it('finds --lang in raw arguments, before commander parses them', () => {
    expect(langInArgv(['roadmap', '--lang', 'es'])).toBe('es');
    expect(langInArgv(['--lang=es', 'roadmap'])).toBe('es');
    expect(langInArgv(['--lang', 'es', '--lang', 'en'])).toBe('en');
    expect(langInArgv(['--lang', 'fr'])).toBeUndefined();
    expect(langInArgv(['--', '--lang', 'es'])).toBeUndefined();
    expect(langInArgv(['--profile', 'es'])).toBeUndefined();
  });
});
