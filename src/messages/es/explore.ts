import { isMonth } from '../../core/month.js';
import type { Data } from '../../data/model.js';
import type { ExploreMessages } from '../en/explore.js';
import { LABELS } from './explore-labels.js';
import { periodMonth, VALUES } from './explore-values.js';
import { formatMonth } from './format.js';

/**
 * The Spanish words of `explore`. The family names (`certifications`, `states`) are what a
 * person types, so they stay as they are; what each family holds is said in Spanish beside it.
 */

const hint = (suggestion: string | undefined) => (suggestion ? ` (¿quiso decir "${suggestion}"?)` : '');

/** A month of the data (2025-09) as Spanish writes it in a sentence; anything else as it is. */
const month = (value: string) => (isMonth(value) ? formatMonth(value) : value);

/** Keys whose values are months (YYYY-MM). */
const MONTH_KEYS = new Set(['effective', 'as_of', 'since', 'retired_on']);

/**
 * Keys that name records of our own, which have a Spanish name: the name is shown, not the id
 * (`habilidades: Evaluación del cliente, …`, not `assessment`). Official names (licenses,
 * certifications, exams, organizations, BLS occupations) are the same in both languages, so
 * their ids, mostly abbreviations (rn, ccm), are shown as in English.
 */
const NAMED: Readonly<Record<string, (data: Data) => ReadonlyMap<string, { name: string }>>> = {
  skills: (data) => data.byId.skills,
  specializations: (data) => data.byId.specializations,
  specialization: (data) => data.byId.specializations,
  coursework: (data) => data.byId.coursework,
  level: (data) => data.byId.levels,
  next: (data) => data.byId.jobs,
};

/** Lists whose Spanish label is feminine (`cuotas: ninguna`). */
const FEMININE = new Set([
  'bands',
  'caveats',
  'certifications',
  'disciplines',
  'fees',
  'held_licenses',
  'licenses',
  'occupations',
  'organizations',
  'outlook',
  'published',
  'reactivation',
  'responsibilities',
  'routes',
  'skills',
  'sources',
  'specializations',
  'statuses',
]);

/** Titles for list items that have none of their own, by the key of their list. */
const ITEMS: Readonly<Record<string, string>> = {
  caveats: 'advertencia',
  cycles: 'ciclo',
  published: 'período con fechas',
};

export const esExplore: ExploreMessages = {
  families: {
    specializations: 'áreas de la administración de casos',
    certifications: 'credenciales y sus vías de elegibilidad',
    licenses: 'licencias estatales (valores nacionales de referencia)',
    exams: 'exámenes de licencia',
    degrees: 'títulos que llevan a la administración de casos',
    coursework: 'cursos que piden algunas vías',
    ladder: 'niveles de la carrera, del primero al último',
    salaries: 'bandas salariales y medianas de la BLS',
    outlook: 'proyecciones de empleo de la BLS',
    skills: 'habilidades y cómo desarrollarlas',
    organizations: 'entidades certificadoras, asociaciones, acreditadoras',
    states: 'licencias por estado: títulos, exámenes, horas, juntas',
  },
  dataTitle: 'datos de casemgr-path',
  familiesHint:
    'Para ver una categoría: casemgr-path explore certifications. Para ver un registro: casemgr-path explore certifications ccm',
  noRecords: '(ninguno)',
  showOne: (family, id) => `Para ver uno: casemgr-path explore ${family} ${id}`,
  // The level and the area are ids (explore ladder …, explore specializations …).
  bandTitle: ({ pay, level, specialization, credential }) =>
    `${pay} · ${level}, ${specialization ?? 'cualquier área'}${credential ? ` + ${credential}` : ''}`,
  medianTitle: (pay, occupation) => `${pay} (mediana) · ${occupation} (BLS)`,
  // A pay band with no area is for any area (its title says so).
  unknown: (key) => (key === 'specialization' ? 'cualquier área' : 'sin datos'),
  yes: 'sí',
  no: 'no',
  none: (key) => (FEMININE.has(key) ? 'ninguna' : 'ninguno'),
  label: (key) => LABELS[key] ?? key.replace(/_usd$/, ' (USD)').replace(/_/g, ' '),
  value: (key, value, data) => {
    if (MONTH_KEYS.has(key)) return month(value);
    if (key === 'period') {
      const bls = periodMonth(value);
      return bls ? formatMonth(bls) : value;
    }
    return VALUES[key]?.[value] ?? NAMED[key]?.(data).get(value)?.name ?? value;
  },
  join: (items) => {
    // Phrases of their own (the data's sentences, names) or items with commas are set apart with
    // semicolons, and go on in lower case, as Spanish punctuates such a list; words and ids with commas.
    if (!items.some((item) => /,|^\p{Lu}\S*\s/u.test(item))) return items.join(', ');
    return items
      .map((item, index) => (index > 0 ? item.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) : item))
      .join('; ');
  },
  ruleParts: (text, every) => {
    const joiner = every ? 'todo lo siguiente' : 'una de estas opciones';
    return text ? `${text} — ${joiner}:` : `${joiner}:`;
  },
  ruleNot: 'que no se cumpla:',
  from: (value) => `desde ${month(value)}`,
  item: (list) => ITEMS[list] ?? 'elemento',
  sources: 'Fuentes',
  source: (title, asOf) => `${title} (a ${month(asOf)})`,
  unknownFamily: (family, suggestion, families) =>
    `categoría desconocida "${family}"${suggestion ? hint(suggestion) : `; las categorías: ${families.join(', ')}`}`,
  noRecord: (family, id, suggestion) =>
    `no hay ningún registro "${id}" en ${family}${suggestion ? hint(suggestion) : `; vea la lista: casemgr-path explore ${family}`}`,
  noState: (id, suggestion, codes) =>
    `el estado "${id}" no está en los datos${hint(suggestion)}; los estados: ${codes.join(', ')} (los demás usan los valores nacionales de referencia)`,
};
