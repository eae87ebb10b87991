import type { HelpWords } from '../../cli/help-lang.js';

/**
 * `--help` in Spanish: commander's headings, the placeholders of the usage lines, and every
 * description the commands give (src/cli/program.ts and src/cli/commands/). Flags, commands,
 * formats and file names stay as they are typed. Descriptions say what a command does in the
 * third person, as Spanish help screens do ("muestra la ayuda"). `tests/lang/help-es.test.ts`
 * checks that every command, option and argument has its words here, and no other.
 */

const PROFILE = 'su perfil (YAML o JSON), o - para leerlo de la entrada estándar';

export const esHelp: HelpWords = {
  headings: {
    'Usage:': 'Uso:',
    'Options:': 'Opciones:',
    'Arguments:': 'Argumentos:',
    'Commands:': 'Comandos:',
    'Global Options:': 'Opciones globales:',
  },
  placeholders: {
    options: 'opciones',
    command: 'comando',
    file: 'archivo',
    dir: 'carpeta',
    format: 'formato',
    month: 'mes',
    lang: 'idioma',
    family: 'categoría',
  },
  choices: (values) => `valores: ${values}`,
  defaultValue: (value) => `predeterminado: ${value}`,
  help: 'muestra la ayuda del comando',
  program: {
    description:
      'Su plan personal, con fechas, para llegar a ser administrador(a) de casos (case manager).\nSin comando, en una terminal, abre el asistente (wizard).',
    options: {
      '--version': 'muestra la versión',
      '--data':
        'una carpeta de datos que se superpone a los datos incluidos (el mismo id reemplaza, un id nuevo se agrega)',
      '--no-color': 'sin colores, incluso en una terminal (también se respeta NO_COLOR)',
      '--lang': 'el idioma en que usted lee (predeterminado: según LC_ALL, LC_MESSAGES o LANG)',
      '--no-input': 'nunca hace preguntas; falla con un error de uso donde haría falta una pregunta',
      '--start': 'npm start: el plan del perfil de ejemplo cuando no hay una terminal',
    },
    after:
      '\nCódigos de salida: 0 éxito; 1 entrada comprendida pero con fallas (datos o\n' +
      'perfil no válidos, filas del lote con fallas); 2 error de uso; 130 cancelado.\n' +
      'Se respeta NO_COLOR; DEBUG=casemgr-path muestra los detalles técnicos.',
  },
  commands: {
    roadmap: {
      description: 'su plan paso a paso, con fechas, hacia una certificación en administración de casos',
      options: {
        '--profile': PROFILE,
        '--format': 'formato de salida (predeterminado: según el nombre del archivo de --out; si no, text)',
        '--out': 'escribe el plan en este archivo en lugar de la salida estándar',
        '--as-of': 'planifica desde este mes, AAAA-MM (predeterminado: este mes)',
      },
    },
    eligibility: {
      description: 'para qué califica hoy, qué le falta y cuándo va a calificar',
      options: {
        '--profile': PROFILE,
        '--cert': 'solo esta certificación (por ejemplo ccm)',
        '--format': 'formato de salida',
        '--as-of': 'evalúa según este mes, AAAA-MM (predeterminado: este mes)',
      },
    },
    report: {
      description:
        'un informe por cliente a partir de una lista de clientes en CSV, JSONL, YAML o JSON, más summary.csv y errors.csv',
      options: {
        '--profiles': 'la lista de clientes: .csv (un cliente por fila), .jsonl o una lista .yaml/.json',
        '--out': 'la carpeta de reports/, summary.csv y errors.csv (se reemplaza en cada ejecución)',
        '--format': 'formato de los informes',
        '--as-of': 'planifica según este mes, AAAA-MM (predeterminado: este mes)',
      },
    },
    explore: {
      description: 'recorre los datos: lista una categoría o muestra un registro con sus fuentes',
      arguments: {
        family:
          'specializations, certifications, licenses, degrees, salaries, ladder, … (los nombres se escriben en inglés)',
        id: 'un registro de esa categoría, por ejemplo ccm',
      },
    },
    validate: {
      description:
        'revisa los archivos de datos: todos los problemas de todos los archivos a la vez, como archivo:línea:columna',
      arguments: {
        dir: 'carpetas de datos, cada una revisada como un conjunto de datos completo (predeterminado: los datos incluidos)',
      },
      options: {
        '--format': 'stylish, json, github o junit (github cuando GITHUB_ACTIONS=true)',
        '--strict': 'los avisos (como fuentes desactualizadas) también hacen fallar la revisión',
        '--as-of': 'juzga la antigüedad de las fuentes según este mes, AAAA-MM (predeterminado: este mes)',
      },
      after:
        '\nCon --data CARPETA se revisan los datos incluidos con CARPETA superpuesta.\n' +
        'Códigos de salida: 0 sin problemas, 1 se encontraron problemas, 2 error de uso.',
    },
    schema: {
      description:
        'escribe los JSON Schemas (draft-07) de los archivos de datos y del perfil, para los editores',
      options: { '--out': 'la carpeta donde escribirlos' },
      after:
        '\nPara asociar un archivo YAML a uno de ellos, use una primera línea como\n' +
        '  # yaml-language-server: $schema=../schema/certifications.schema.json',
    },
    init: {
      description: 'escribe una plantilla de perfil comentada para completar (con cada campo explicado)',
      options: {
        '--out':
          'la escribe en este archivo (predeterminado: la salida estándar); nunca sobrescribe uno existente',
        '--csv': 'en su lugar, escribe la fila de encabezados de un CSV de clientes para casemgr-path report',
      },
    },
  },
};
