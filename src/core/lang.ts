/**
 * The languages a person can read the tool in, and how one is chosen. Tiny on purpose: the CLI
 * imports it on every start, and nothing of a language's words is loaded until it is used.
 */

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'español' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language the locale asks for, or undefined when it does not say. The locale is the first
 * of LC_ALL, LC_MESSAGES and LANG that is set (POSIX order: `LC_ALL=C` wins over `LANG=es_MX`).
 * `es`, `es_US.UTF-8`, `es-MX` and the like are Spanish; `en_*` is English; `C`, `POSIX` or any
 * other language says nothing we can use.
 */
export function localeLang(env: NodeJS.ProcessEnv): Lang | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (!locale) return undefined;
  const language = /^([A-Za-z]{2,3})(?:[_.@-]|$)/.exec(locale)?.[1]?.toLowerCase();
  return isLang(language) ? language : undefined;
}

/**
 * The language to speak. The most specific choice wins: the person's `--lang`, then what their
 * profile remembers, then the locale; English when none says.
 */
export function chooseLang(
  explicit: Lang | undefined,
  saved: Lang | undefined,
  env: NodeJS.ProcessEnv,
): Lang {
  return explicit ?? saved ?? localeLang(env) ?? 'en';
}

/**
 * `--lang es` or `--lang=es` in raw arguments, before they are parsed: a usage error is said in
 * the language asked for even when the parse itself fails. Invalid values are ignored here (the
 * parser reports them).
 */
export function langInArgv(argv: readonly string[]): Lang | undefined {
  let found: Lang | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[index + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (isLang(value)) found = value;
  }
  return found;
}
