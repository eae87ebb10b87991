import { formatPath, type PathSegment } from '../core/diagnostic.js';
import type { Data } from '../data/model.js';
import type { ParsedSource } from '../data/yaml-source.js';
import { issuesToDiagnostics } from '../data/zod-diagnostics.js';
import {
  type CellResult,
  readBoolean,
  readId,
  readLang,
  readLicenses,
  readList,
  readMonth,
  readNumber,
  readState,
  readText,
} from './csv-cells.js';
import {
  CM_SUFFIXES,
  type CmSuffix,
  type CsvCellError,
  DEGREE_SUFFIXES,
  type DegreeSuffix,
  groupPrefix,
  MAX_REPEATS,
  normalizeColumnName,
  parseColumn,
  unknownColumnMessage,
} from './csv-columns.js';
import { checkProfileIds } from './parse.js';
import { type Profile, ProfileSchema } from './schema.js';

export {
  CSV_TEMPLATE_COLUMNS,
  type CsvCellError,
  checkCsvHeader,
  normalizeColumnName,
} from './csv-columns.js';

export type CsvRowResult = { ok: true; profile: Profile } | { ok: false; errors: CsvCellError[] };

export interface CsvRowOptions {
  /** The row number put on errors (the header is row 1). Default 2. */
  row?: number;
  /** When given, ids (licenses, certifications, exams, goals) must exist in this data. */
  data?: Data;
}

type Reader<T> = (raw: string) => CellResult<T>;

const DEGREE_READERS: Record<DegreeSuffix, Reader<unknown>> = {
  level: readId,
  field: readId,
  credits: readNumber,
  accredited: readBoolean,
  program_accreditation: readId,
  field_experience: readBoolean,
  field_placement_hours: readNumber,
  field_placement_setting: readId,
  status: readId,
  completed: readMonth,
  internship_hours: readNumber,
  internship_supervised_by: readId,
  coursework: readList,
};

const CM_READERS: Record<CmSuffix, Reader<unknown>> = {
  role: readId,
  setting: readId,
  months: readNumber,
  hours_per_week: readNumber,
  supervised_by: readId,
  paid: readBoolean,
  start: readMonth,
  end: readMonth,
  ongoing: readBoolean,
};

/**
 * Builds a profile v1 from one CSV row (column name → cell text; empty cell = absent) and checks
 * it with the same schema as a YAML profile. Every error names the column it came from. Pure.
 */
export function profileFromCsvRow(
  record: Readonly<Record<string, string | undefined>>,
  options: CsvRowOptions = {},
): CsvRowResult {
  const row = options.row ?? 2;
  const errors: CsvCellError[] = [];
  const cells = new Map<string, string>();
  for (const [key, value] of Object.entries(record)) {
    const column = normalizeColumnName(key);
    const text = (value ?? '').trim();
    if (column === '') {
      if (text !== '')
        errors.push({ row, column: '', message: 'a cell is filled under a column with no header' });
      continue;
    }
    if (!parseColumn(column)) errors.push({ row, column, message: unknownColumnMessage(column) });
    else if (text !== '') cells.set(column, text);
  }

  /** Profile path (formatted) → the column its value came from, to name columns in zod's errors. */
  const origins = new Map<string, string>();
  const read = <T>(column: string, reader: Reader<T>): T | undefined => {
    const raw = cells.get(column);
    if (raw === undefined) return undefined;
    const result = reader(raw);
    if (result.ok) return result.value;
    errors.push({ row, column, message: result.message });
    return undefined;
  };
  const put = (
    target: Record<string, unknown>,
    key: string,
    value: unknown,
    path: PathSegment[],
    column: string,
  ) => {
    // Recorded even for an empty cell: zod reports a missing field at its path.
    origins.set(formatPath(path), column);
    if (value !== undefined) target[key] = value;
  };

  const input: Record<string, unknown> = { version: 1 };
  put(input, 'name', read('name', readText), ['name'], 'name');
  put(input, 'state', read('state', readState), ['state'], 'state');
  put(input, 'lang', read('lang', readLang), ['lang'], 'lang');

  const education: Record<string, unknown>[] = [];
  const experience: Record<string, unknown>[] = [];
  for (let n = 1; n <= MAX_REPEATS; n++) {
    const degree = groupPrefix('degree', n);
    if (DEGREE_SUFFIXES.some((s) => cells.has(`${degree}_${s}`))) {
      const at: PathSegment[] = ['education', education.length];
      origins.set(formatPath(at), `${degree}_level`);
      const entry: Record<string, unknown> = {};
      for (const suffix of DEGREE_SUFFIXES) {
        if (suffix.startsWith('internship_') || suffix.startsWith('field_placement_')) continue;
        put(
          entry,
          suffix,
          read(`${degree}_${suffix}`, DEGREE_READERS[suffix]),
          [...at, suffix],
          `${degree}_${suffix}`,
        );
      }
      const hours = read(`${degree}_internship_hours`, readNumber);
      const supervisor = read(`${degree}_internship_supervised_by`, readId);
      if (cells.has(`${degree}_internship_hours`) || cells.has(`${degree}_internship_supervised_by`)) {
        const internship: Record<string, unknown> = {};
        origins.set(formatPath([...at, 'internship']), `${degree}_internship_hours`);
        put(internship, 'hours', hours, [...at, 'internship', 'hours'], `${degree}_internship_hours`);
        put(
          internship,
          'supervised_by',
          supervisor,
          [...at, 'internship', 'supervised_by'],
          `${degree}_internship_supervised_by`,
        );
        entry.internship = internship;
      }
      // A field placement's hours and setting make `field_experience` an object (profile 0.2).
      const placementHours = read(`${degree}_field_placement_hours`, readNumber);
      const placementSetting = read(`${degree}_field_placement_setting`, readId);
      if (cells.has(`${degree}_field_placement_hours`) || cells.has(`${degree}_field_placement_setting`)) {
        if (cells.has(`${degree}_field_experience`)) {
          errors.push({
            row,
            column: `${degree}_field_placement_hours`,
            message: `give ${degree}_field_experience (yes/no) or the placement's hours and setting, not both`,
          });
        }
        const placement: Record<string, unknown> = {};
        origins.set(formatPath([...at, 'field_experience']), `${degree}_field_placement_hours`);
        put(
          placement,
          'hours',
          placementHours,
          [...at, 'field_experience', 'hours'],
          `${degree}_field_placement_hours`,
        );
        put(
          placement,
          'setting',
          placementSetting,
          [...at, 'field_experience', 'setting'],
          `${degree}_field_placement_setting`,
        );
        entry.field_experience = placement;
      }
      education.push(entry);
    }
    const cm = groupPrefix('cm', n);
    if (CM_SUFFIXES.some((s) => cells.has(`${cm}_${s}`))) {
      const at: PathSegment[] = ['experience', experience.length];
      origins.set(formatPath(at), `${cm}_role`);
      const entry: Record<string, unknown> = {};
      for (const suffix of CM_SUFFIXES) {
        put(entry, suffix, read(`${cm}_${suffix}`, CM_READERS[suffix]), [...at, suffix], `${cm}_${suffix}`);
      }
      experience.push(entry);
    }
  }
  if (education.length > 0) input.education = education;

  const licenses = read('licenses', readLicenses);
  const licenseState = read('license_state', readState);
  if (licenses && licenses.length > 0) {
    input.licenses = licenses.map((license, i) => {
      for (const key of ['', '.type', '.status']) origins.set(`licenses[${i}]${key}`, 'licenses');
      origins.set(`licenses[${i}].state`, license.state ? 'licenses' : 'license_state');
      const state = license.state ?? licenseState;
      return { ...license, ...(state ? { state } : {}) };
    });
  }
  for (const column of ['certifications', 'exams_passed'] as const) {
    const list = read(column, readList);
    if (list && list.length > 0) {
      input[column] = list;
      origins.set(column, column);
    }
  }
  put(input, 'ce_hours', read('ce_hours', readNumber), ['ce_hours'], 'ce_hours');
  if (experience.length > 0) input.experience = experience;

  const goals: Record<string, unknown> = {};
  put(
    goals,
    'specialization',
    read('goal_specialization', readId),
    ['goals', 'specialization'],
    'goal_specialization',
  );
  put(
    goals,
    'certification',
    read('goal_certification', readId),
    ['goals', 'certification'],
    'goal_certification',
  );
  put(goals, 'job', read('goal_job', readId), ['goals', 'job'], 'goal_job');
  if (Object.keys(goals).length > 0) input.goals = goals;

  if (errors.length > 0) return { ok: false, errors };

  const parsed = ProfileSchema.safeParse(input);
  const columnOf = (path: string) => columnForPath(path, origins);
  if (!parsed.success) {
    const source: ParsedSource = {
      file: 'csv',
      value: input,
      diagnostics: [],
      fatal: false,
      locate: () => ({ line: row, column: 1 }),
    };
    for (const diagnostic of issuesToDiagnostics(source, input, parsed.error.issues)) {
      const column = columnOf(diagnostic.path);
      errors.push({
        row,
        column,
        message: cellMessage(diagnostic.code, diagnostic.message, column, cells.get(column)),
      });
    }
    return { ok: false, errors };
  }
  if (options.data) {
    for (const diagnostic of checkProfileIds(parsed.data, options.data)) {
      if (diagnostic.severity !== 'error') continue;
      errors.push({ row, column: columnOf(diagnostic.path), message: diagnostic.message });
    }
    if (errors.length > 0) return { ok: false, errors };
  }
  return { ok: true, profile: parsed.data };
}

/** The column behind a profile path: the path itself, else its nearest recorded ancestor. */
function columnForPath(path: string, origins: ReadonlyMap<string, string>): string {
  let current = path;
  for (;;) {
    const column = origins.get(current);
    if (column !== undefined) return column;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    if (cut <= 0) return '';
    current = current.slice(0, cut);
  }
}

function cellMessage(code: string, message: string, column: string, raw: string | undefined): string {
  // zod reports an absent enum as a wrong value; with the cell empty, it is a missing one.
  if (code === 'missing' || (raw === undefined && code === 'wrong-value')) {
    const group = /^((?:degree|cm)\d?)_/.exec(column)?.[1];
    return group
      ? `${column} is needed when other ${group}_ columns are filled`
      : `${column || 'this field'} is needed`;
  }
  if (
    raw !== undefined &&
    (code === 'wrong-value' || code === 'wrong-format') &&
    !message.includes(JSON.stringify(raw))
  ) {
    return `${JSON.stringify(raw)}: ${message}`;
  }
  return message;
}
