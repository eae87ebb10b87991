import { didYouMean } from '../core/diagnostic.js';

/**
 * The flat CSV columns a counselor's spreadsheet uses (docs/csv.md). One row is one client; a
 * second (third, …) degree or role goes in numbered columns: `degree2_level`, `cm2_months`.
 */

/** One problem with a CSV cell (or a whole row when `column` is empty, or the file when `row` is 1). */
export interface CsvCellError {
  /** The line of the file where the client's row starts (the header is row 1). */
  row: number;
  column: string;
  message: string;
}

export const DEGREE_SUFFIXES = [
  'level',
  'field',
  'credits',
  'accredited',
  'program_accreditation',
  'field_experience',
  'field_placement_hours',
  'field_placement_setting',
  'status',
  'completed',
  'internship_hours',
  'internship_supervised_by',
  'coursework',
] as const;
export type DegreeSuffix = (typeof DEGREE_SUFFIXES)[number];

export const CM_SUFFIXES = [
  'role',
  'setting',
  'months',
  'hours_per_week',
  'supervised_by',
  'paid',
  'start',
  'end',
  'ongoing',
] as const;
export type CmSuffix = (typeof CM_SUFFIXES)[number];

/** Degrees and roles can repeat: `degree`, `degree2` … `degree9` (likewise `cm`). */
export const MAX_REPEATS = 9;

export const PERSON_COLUMNS = ['name', 'state'] as const;
export const CREDENTIAL_COLUMNS = [
  'licenses',
  'license_state',
  'certifications',
  'exams_passed',
  'ce_hours',
] as const;
export const GOAL_COLUMNS = ['goal_job', 'goal_specialization', 'goal_certification'] as const;
/** How to report on the client: the language of their report (profile 0.2 `lang`). */
export const REPORT_COLUMNS = ['lang'] as const;

/** `degree`, `degree2`, … : the prefix of the n-th group (n from 1). */
export function groupPrefix(group: 'degree' | 'cm', n: number): string {
  return n === 1 ? group : `${group}${n}`;
}

/** The header `casemgr-path init --csv` writes: every column, with one extra degree and role. */
export const CSV_TEMPLATE_COLUMNS: readonly string[] = [
  ...PERSON_COLUMNS,
  ...[1, 2].flatMap((n) => DEGREE_SUFFIXES.map((s) => `${groupPrefix('degree', n)}_${s}`)),
  ...CREDENTIAL_COLUMNS,
  ...[1, 2].flatMap((n) => CM_SUFFIXES.map((s) => `${groupPrefix('cm', n)}_${s}`)),
  ...REPORT_COLUMNS,
  ...GOAL_COLUMNS,
];

const SINGLE_COLUMNS = new Set<string>([
  ...PERSON_COLUMNS,
  ...CREDENTIAL_COLUMNS,
  ...REPORT_COLUMNS,
  ...GOAL_COLUMNS,
]);
const GROUP_COLUMN = /^(degree|cm)([2-9])?_([a-z_]+)$/;

/**
 * Spreadsheet headers as people type them ("Degree Level", "cm-months ") to the documented
 * snake_case name.
 */
export function normalizeColumnName(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export type ColumnRef =
  | { kind: 'single'; column: string }
  | { kind: 'degree'; n: number; suffix: DegreeSuffix }
  | { kind: 'cm'; n: number; suffix: CmSuffix };

/** What a (normalized) column name means, or undefined when it is not a documented column. */
export function parseColumn(column: string): ColumnRef | undefined {
  if (SINGLE_COLUMNS.has(column)) return { kind: 'single', column };
  const match = GROUP_COLUMN.exec(column);
  if (!match) return undefined;
  const n = match[2] ? Number(match[2]) : 1;
  const suffix = match[3]!;
  if (match[1] === 'degree') {
    return (DEGREE_SUFFIXES as readonly string[]).includes(suffix)
      ? { kind: 'degree', n, suffix: suffix as DegreeSuffix }
      : undefined;
  }
  return (CM_SUFFIXES as readonly string[]).includes(suffix)
    ? { kind: 'cm', n, suffix: suffix as CmSuffix }
    : undefined;
}

/** Candidates for "did you mean": the template columns plus the same names for this column's number. */
function candidatesFor(column: string): string[] {
  const digit = /^(?:degree|cm)([2-9])_/.exec(column)?.[1];
  if (!digit) return [...CSV_TEMPLATE_COLUMNS];
  const n = Number(digit);
  return [
    ...CSV_TEMPLATE_COLUMNS,
    ...DEGREE_SUFFIXES.map((s) => `${groupPrefix('degree', n)}_${s}`),
    ...CM_SUFFIXES.map((s) => `${groupPrefix('cm', n)}_${s}`),
  ];
}

export function unknownColumnMessage(column: string): string {
  return `unknown column "${column}"${didYouMean(column, candidatesFor(column))}; the columns are listed in docs/csv.md (casemgr-path init --csv writes them)`;
}

/**
 * Checks a header row. Unknown or repeated columns are errors for the whole file: a misspelt
 * column would otherwise drop that field from every client without a word. Empty header cells
 * (a trailing comma in an export) are kept as '' and ignored while their cells are empty.
 */
export function checkCsvHeader(header: readonly string[]): { columns: string[]; errors: CsvCellError[] } {
  const columns = header.map(normalizeColumnName);
  const errors: CsvCellError[] = [];
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (column === '') return;
    const label = header[index]!.trim();
    if (!parseColumn(column)) {
      errors.push({ row: 1, column: label, message: unknownColumnMessage(column) });
    } else if (seen.has(column)) {
      errors.push({ row: 1, column: label, message: `column "${column}" appears twice in the header` });
    }
    seen.add(column);
  });
  return { columns, errors };
}
