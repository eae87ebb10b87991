/**
 * What the CLI says in Spanish around its results: usage errors (commander's and ours), file
 * errors, and the frame and wording of profile problems (`file:line:col  path: message`). The
 * English stays where it is written (src/cli, src/profile, src/data); a message is said in
 * Spanish by matching the English it is, one rule per message. A message no rule knows is shown in
 * English, whole, rather than half-translated; `tests/lang/cli-es.test.ts` holds each rule to the
 * English the code writes, so a changed English message shows up there.
 */

type Rule = readonly [RegExp, (...groups: string[]) => string];

/** "(¿quiso decir "lcsw"?)" from " (did you mean "lcsw"?)" (or nothing). */
const hint = (suggestion: string | undefined) => (suggestion ? ` (¿quiso decir "${suggestion}"?)` : '');

/** The things a file error names (fs-errors.ts `what`), with their article. */
const WHAT: Record<string, { noun: string; the: string }> = {
  profile: { noun: 'perfil', the: 'el perfil' },
  file: { noun: 'archivo', the: 'el archivo' },
  'data folder': { noun: 'carpeta de datos', the: 'la carpeta de datos' },
  'output file': { noun: 'archivo de salida', the: 'el archivo de salida' },
  caseload: { noun: 'lista de clientes', the: 'la lista de clientes' },
  profiles: { noun: 'archivo de perfiles', the: 'el archivo de perfiles' },
};
const what = (english: string) => WHAT[english] ?? { noun: english, the: english };

/** Ids a profile names, each with its gender for "desconocido(a)". */
const ID_KINDS: Record<string, { noun: string; unknown: string; known: string }> = {
  license: { noun: 'licencia', unknown: 'desconocida', known: 'las conocidas' },
  certification: { noun: 'certificación', unknown: 'desconocida', known: 'las conocidas' },
  exam: { noun: 'examen', unknown: 'desconocido', known: 'los conocidos' },
  coursework: { noun: 'curso', unknown: 'desconocido', known: 'los conocidos' },
  specialization: { noun: 'especialización', unknown: 'desconocida', known: 'las conocidas' },
  job: { noun: 'empleo', unknown: 'desconocido', known: 'los conocidos' },
};

const EXPECTED: Record<string, string> = {
  'a mapping (key: value)': 'un mapa (clave: valor)',
  'a list': 'una lista',
  text: 'texto',
  'a number': 'un número',
  'a boolean': 'true o false (sí o no)',
};
const RECEIVED: Record<string, string> = {
  nothing: 'nada',
  null: 'null (vacío)',
  'a list': 'una lista',
  'a mapping': 'un mapa',
  true: 'true',
  false: 'false',
};

const NO_PROMPT: Record<string, string> = {
  '--no-input was given': 'se indicó --no-input',
  'CI is set': 'la variable CI está definida',
  'standard input is not a terminal': 'la entrada estándar no es una terminal',
  'standard output is not a terminal': 'la salida estándar no es una terminal',
};

/** The wording of one problem with an input (a profile, a CSV cell): the part after the path. */
const PROBLEM_RULES: readonly Rule[] = [
  [
    /^unknown key "(.+?)"(?: \(did you mean "(.+)"\?\))?$/,
    (key, s) => `clave desconocida "${key}"${hint(s)}`,
  ],
  [/^required field is missing$/, () => 'falta este campo, que es obligatorio'],
  [
    /^expected (a mapping \(key: value\)|a list|text|a number|a boolean), got (.+)$/,
    (type, got) => `se esperaba ${EXPECTED[type!]}; se recibió ${RECEIVED[got!] ?? got}`,
  ],
  [
    /^expected one of (.+); write other for anything not listed$/,
    (values) => `se esperaba uno de estos valores: ${values}; escriba other para lo que no esté en la lista`,
  ],
  [/^expected one of (.+)$/, (values) => `se esperaba uno de estos valores: ${values}`],
  [
    /^unknown value (.+?)(?: \(did you mean "(.+)"\?\))?$/,
    (value, s) => `valor desconocido ${value}${hint(s)}`,
  ],
  [
    /^unknown (license|certification|exam|coursework|specialization|job) "(.+?)"(?: \(did you mean "(.+)"\?\))?; known: (.+)$/,
    (kind, id, s, known) => {
      const k = ID_KINDS[kind!]!;
      return `${k.noun} ${k.unknown} "${id}"${hint(s)}; ${k.known}: ${known}`;
    },
  ],
  [
    /^the profile is empty; it needs at least `version: 1`$/,
    () => 'el perfil está vacío; necesita al menos `version: 1`',
  ],
  [
    /^expected version: 1 \(the only profile version so far\)$/,
    () => 'se esperaba version: 1 (la única versión de perfil por ahora)',
  ],
  [
    /^expected a US two-letter state code such as TX$/,
    () => 'se esperaba el código de dos letras de un estado de EE. UU., como TX',
  ],
  [
    /^expected a month as YYYY-MM \(for example (\S+)\)$/,
    (example) => `se esperaba un mes en formato AAAA-MM (por ejemplo ${example})`,
  ],
  [
    /^(\S+) is outside the months this tool plans with \((\S+) to (\S+)\)$/,
    (value, from, to) =>
      `${value} está fuera de los meses con que planifica esta herramienta (de ${from} a ${to})`,
  ],
  [/^months must be 0 or more$/, () => 'months debe ser 0 o más'],
  [/^months must be at most 720 \(60 years\)$/, () => 'months debe ser como máximo 720 (60 años)'],
  [/^hours per week must be more than 0$/, () => 'las horas por semana (hours_per_week) deben ser más de 0'],
  [
    /^months is needed \(or both start and end, or start with ongoing: true\)$/,
    () => 'falta months (o bien start y end, o start con ongoing: true)',
  ],
  [
    /^an ongoing role has no end month: remove `end` or set `ongoing: false`$/,
    () => 'un puesto actual (ongoing) no tiene mes de fin: quite `end` o ponga `ongoing: false`',
  ],
  [
    /^the role ends \((\S+)\) before it starts \((\S+)\)$/,
    (end, start) => `el puesto termina (${end}) antes de empezar (${start})`,
  ],
  [
    /^months (\S+) disagrees with start (\S+) and end (\S+) \((\d+) months\); give the dates or the months$/,
    (months, start, end, dated) =>
      `months ${months} no coincide con start ${start} y end ${end} (${dated} meses); indique las fechas o los meses`,
  ],
  [
    /^credits go with level: some-college \(college without a degree\), not (\S+)$/,
    (level) => `credits va con level: some-college (estudios universitarios sin título), no con ${level}`,
  ],
  [/^credits must be a whole number$/, () => 'credits debe ser un número entero'],
  [
    /^field placement hours must be at most 5,000$/,
    () => 'las horas de la práctica (field placement) deben ser como máximo 5,000',
  ],
  [/^expected en \(English\) or es \(Spanish\)$/, () => 'se esperaba en (inglés) o es (español)'],
  [/^number must be at least (\S+)$/, (n) => `el número debe ser al menos ${n}`],
  [/^number must be at most (\S+)$/, (n) => `el número debe ser como máximo ${n}`],
  [/^text must be at most (\d+) characters?$/, (n) => `el texto debe tener como máximo ${n} caracteres`],
  [
    /^(.+) has no (\S+(?: \S+)?): it has no (.+) credential$/,
    (state, title, level) =>
      `${state} no tiene ${title}: no tiene una credencial de ${LEVELS[level!] ?? level}`,
  ],
  [
    /^(.+) has no (\S+(?: \S+)?); did you mean the (.+) (license|registration|voluntary certification) \((\S+)\)\?$/,
    (state, title, theirs, kind, id) =>
      `${state} no tiene ${title}; ¿quiso decir ${KINDS[kind!] ?? kind} ${theirs} (${id})?`,
  ],
  [
    /^(.+) has no (\S+(?: \S+)?): its (.+) license is the (.+), which `(\S+)` stands for here$/,
    (state, title, level, theirs, id) =>
      `${state} no tiene ${title}: su licencia de ${LEVELS[level!] ?? level} es la ${theirs}, y aquí \`${id}\` la representa`,
  ],
  [
    /^(.+)'s (\S+) is not its independent license: `(\S+)` stands here for the (.+); if you hold the \2, write `(\S+)`$/,
    (state, title, id, theirs, own) =>
      `la ${title} de ${state} no es su licencia independiente: aquí \`${id}\` representa la ${theirs}; si tiene la ${title}, escriba \`${own}\``,
  ],
  [
    /^([^.:]+?) issues the (.+?) only after the (.+?), which a profile cannot name yet: `(\S+)` is read as the full \2\. If what you hold is the \3, the plan counts a license you do not have yet; ask the (.+) what the \2 still takes$/,
    (state, title, first, id, board) =>
      `${state} emite la ${title} solo después ${ofTitle(first!)}, que un perfil todavía no puede indicar: \`${id}\` se lee como la ${title} completa. Si lo que tiene es ${lowerArticle(first!)}, el plan cuenta una licencia que usted aún no tiene; pregunte a ${boardOf(board!, state!)} qué le falta para la ${title}`,
  ],
  [
    /^([^.:]+?) issues the (.+?) only after the (.+?): `(\S+)` is read as the full \2\. If what you hold is the \3, write `(\S+)` instead$/,
    (state, title, first, id, own) =>
      `${state} emite la ${title} solo después ${ofTitle(first!)}: \`${id}\` se lee como la ${title} completa. Si lo que tiene es ${lowerArticle(first!)}, escriba \`${own}\``,
  ],
  [
    /^the (.+) \((\S+)\) is a (.+) title, not one of (.+)'s; give the license's own state, or the title you hold there$/,
    (title, id, home, state) =>
      `la ${title} (${id}) es un título de ${home}, no de ${state}; indique el estado de esa licencia, o el título que tiene allí`,
  ],
];

const LEVELS: Record<string, string> = {
  "bachelor's-level social work": 'trabajo social de nivel licenciatura',
  "master's-level social work": 'trabajo social de nivel maestría',
  'clinical social work': 'trabajo social clínico',
  counselor: 'consejería',
};

/** A state's first title: "la LLMSW", or New York's "Limited permit" as "el permiso limitado (Limited permit)". */
function lowerArticle(title: string): string {
  return title === 'Limited permit' ? 'el permiso limitado (Limited permit)' : `la ${title}`;
}
/** "de la LLMSW", "del permiso limitado (Limited permit)". */
function ofTitle(title: string): string {
  const named = lowerArticle(title);
  return named.startsWith('el ') ? `del ${named.slice(3)}` : `de ${named}`;
}

/** "the Illinois board" → "la junta de Illinois"; a board's own name stays, after "la junta estatal". */
function boardOf(board: string, state: string): string {
  return board === `${state} board` ? `la junta de ${state}` : `la junta estatal (${board})`;
}
const KINDS: Record<string, string> = {
  license: 'la licencia',
  registration: 'el registro',
  'voluntary certification': 'la certificación voluntaria',
};

/** Whole lines of the CLI's own messages (ours and commander's). */
const LINE_RULES: readonly Rule[] = [
  [/^the profile has a problem:$/, () => 'el perfil tiene un problema:'],
  [/^the profile has (\d+) problems:$/, (n) => `el perfil tiene ${n} problemas:`],
  [/^(.+) not found: (.+)$/, (w, path) => `no se encontró ${what(w!).the}: ${path}`],
  [
    /^cannot read (.+?) (\S+): permission denied$/,
    (w, path) => `no se puede leer ${what(w!).the} ${path}: permiso denegado`,
  ],
  [
    /^(.+?) (\S+) is a directory, not a file$/,
    (w, path) => `${capital(what(w!).the)} ${path} es una carpeta, no un archivo`,
  ],
  [
    /^--profile - reads the profile from standard input, but nothing is piped in$/,
    () =>
      '--profile - lee el perfil de la entrada estándar, pero no llega nada por ella (use una tubería: cat perfil.yaml | …)',
  ],
  [
    /^--as-of expects a month as YYYY-MM \(for example (\S+)\), got "(.*)"$/,
    (example, got) =>
      `--as-of espera un mes en formato AAAA-MM (por ejemplo ${example}); se recibió "${got}"`,
  ],
  [
    /^--as-of must be a month from (\S+) to (\S+), got "(.*)"$/,
    (from, to, got) => `--as-of debe ser un mes de ${from} a ${to}; se recibió "${got}"`,
  ],
  [
    /^unknown certification "(.+?)"(?: \(did you mean "(.+)"\?\))?; known: (.+)$/,
    (id, s, known) => `certificación desconocida "${id}"${hint(s)}; las conocidas: ${known}`,
  ],
  [
    /^unknown command '(.+?)'(?: \(did you mean "(.+)"\?\))?; see casemgr-path --help$/,
    (word, s) => `comando desconocido '${word}'${hint(s)}; vea casemgr-path --help`,
  ],
  [
    /^the wizard needs a terminal, and (.+)\.$/,
    (why) => `el asistente necesita una terminal, y ${NO_PROMPT[why!] ?? why}.`,
  ],
  [
    /^Instead: casemgr-path roadmap --profile FILE$/,
    () => 'En su lugar: casemgr-path roadmap --profile ARCHIVO',
  ],
  [
    /^\(casemgr-path init --out profile\.yaml writes a profile template to fill in\)$/,
    () => '(casemgr-path init --out perfil.yaml escribe una plantilla de perfil para completar)',
  ],
  [
    /^the data in (.+) has (?:an error|(\d+) errors); fix (?:it|them) or run without --data$/,
    (dir, n) =>
      n
        ? `los datos de ${dir} tienen ${n} errores; corríjalos o ejecute sin --data`
        : `los datos de ${dir} tienen un error; corríjalo o ejecute sin --data`,
  ],
  // commander's own
  [/^error: unknown option '(.+)'$/, (flag) => `error: opción desconocida '${flag}'`],
  [/^\(Did you mean (.+)\?\)$/, (s) => `(¿quiso decir ${s}?)`],
  [/^\(Did you mean one of (.+)\?\)$/, (s) => `(¿quiso decir una de estas: ${s}?)`],
  [/^error: required option '(.+)' not specified$/, (flag) => `error: falta la opción obligatoria '${flag}'`],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    (flag, value, choices) =>
      `error: el valor '${value}' de la opción '${flag}' no es válido. Los valores posibles son ${choices}.`,
  ],
  [/^error: option '(.+)' argument missing$/, (flag) => `error: falta el valor de la opción '${flag}'`],
  [/^error: missing required argument '(.+)'$/, (name) => `error: falta el argumento obligatorio '${name}'`],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, got) =>
      `error: demasiados argumentos${command ? ` para '${command}'` : ''}. Se esperaban ${expected} y se recibieron ${got}.`,
  ],
  [/^error: unknown command '(.+)'$/, (word) => `error: comando desconocido '${word}'`],
];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function apply(rules: readonly Rule[], text: string): string | undefined {
  for (const [pattern, say] of rules) {
    const match = pattern.exec(text);
    if (match) return say(...match.slice(1).map((g) => g as string));
  }
  return undefined;
}

/** `file:line:col  [warning: ][path: ]message`, the lines of readProfile's problems. */
const PROBLEM_LINE =
  /^(.+?:\d+:\d+ {2})(warning: )?((?:[A-Za-z_][\w-]*|\[\d+\]|\["[^"]*"\])(?:\.[A-Za-z_][\w-]*|\[\d+\]|\["[^"]*"\])*: )?(.*)$/;

/** One problem's wording in Spanish (the part after the path), or the English when no rule knows it. */
export function problem(message: string): string {
  const whole = apply(PROBLEM_RULES, message);
  if (whole !== undefined) return whole;
  // Two checks said in one message, joined by ". " (profile/ids.ts): each part by its own rule,
  // or the whole in English.
  for (let at = message.indexOf('. '); at > 0; at = message.indexOf('. ', at + 1)) {
    const first = apply(PROBLEM_RULES, message.slice(0, at));
    const second = first === undefined ? undefined : apply(PROBLEM_RULES, message.slice(at + 2));
    if (second !== undefined) return `${first}. ${second.charAt(0).toUpperCase()}${second.slice(1)}`;
  }
  return message;
}

/** A message of the CLI (one or several lines) in Spanish, line by line; lines no rule knows stay. */
export function cliMessage(message: string): string {
  return message
    .split('\n')
    .map((line) => {
      const whole = apply(LINE_RULES, line);
      if (whole !== undefined) return whole;
      const located = PROBLEM_LINE.exec(line);
      if (located) {
        const [, at, warning, path, text] = located;
        return `${at}${warning ? 'aviso: ' : ''}${path ?? ''}${problem(text!)}`;
      }
      return apply(PROBLEM_RULES, line) ?? line;
    })
    .join('\n');
}

/** The CLI's fixed sentences. */
export const cliWords = {
  cancelled: 'Cancelado.',
  unexpected: (message: string) => `error inesperado: ${message}`,
  reportIt: 'Ejecútelo con DEBUG=casemgr-path para ver los detalles, y por favor infórmenos del problema.',
  /** "report: 2 filas · 2 informes escritos en out/ · sin fallas · 0.4 s" */
  reportDone: (run: {
    rows: number;
    written: number;
    failed: number;
    out: string;
    errorsFile: string;
    time: string;
    count: (n: number) => string;
  }) =>
    [
      `${run.count(run.rows)} ${run.rows === 1 ? 'fila' : 'filas'}`,
      `${run.count(run.written)} ${run.written === 1 ? 'informe escrito' : 'informes escritos'} en ${run.out}`,
      run.failed === 0
        ? 'sin fallas'
        : `${run.count(run.failed)} con fallas (vea ${run.errorsFile} en ${run.out})`,
      run.time,
    ].join(' · '),
  reportInEnglish: (count: string, n: number) =>
    n === 1
      ? `${count} cliente pidió español; los planes (roadmaps) todavía no se pueden escribir en español, así que su informe está en inglés`
      : `${count} clientes pidieron español; los planes (roadmaps) todavía no se pueden escribir en español, así que sus informes están en inglés`,
};
