import type { ParsedLayer } from './parse-data.js';
import type {
  Certification,
  DataSet,
  Degree,
  Exam,
  Job,
  LadderLevel,
  License,
  Organization,
  SalaryBand,
  Specialization,
  State,
} from './schema/families.js';

/** The data with lookups by id: what the engine, the planner and the renderers read. */
export interface Data extends DataSet {
  byId: {
    certifications: ReadonlyMap<string, Certification>;
    licenses: ReadonlyMap<string, License>;
    exams: ReadonlyMap<string, Exam>;
    degrees: ReadonlyMap<string, Degree>;
    coursework: ReadonlyMap<string, DataSet['coursework'][number]>;
    organizations: ReadonlyMap<string, Organization>;
    levels: ReadonlyMap<string, LadderLevel>;
    specializations: ReadonlyMap<string, Specialization>;
    skills: ReadonlyMap<string, DataSet['skills'][number]>;
    occupations: ReadonlyMap<string, DataSet['occupations'][number]>;
    bands: ReadonlyMap<string, SalaryBand>;
    states: ReadonlyMap<string, State>;
    jobs: ReadonlyMap<string, Job>;
  };
}

const LIST_KEYS = [
  'organizations',
  'licenses',
  'exams',
  'degrees',
  'coursework',
  'certifications',
  'levels',
  'bands',
  'bls',
  'occupations',
  'skills',
  'specializations',
  'states',
  'jobs',
] as const satisfies readonly (keyof DataSet)[];

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Adds the id lookups to a plain data set (for example the embedded built-in JSON). */
export function indexData(set: DataSet): Data {
  return {
    ...set,
    byId: {
      certifications: byId(set.certifications),
      licenses: byId(set.licenses),
      exams: byId(set.exams),
      degrees: byId(set.degrees),
      coursework: byId(set.coursework),
      organizations: byId(set.organizations),
      levels: byId(set.levels),
      specializations: byId(set.specializations),
      skills: byId(set.skills),
      occupations: byId(set.occupations),
      bands: byId(set.bands),
      states: byId(set.states),
      jobs: byId(set.jobs),
    },
  };
}

/** The plain data set held by a parsed (and possibly merged) layer. Lists absent from it are empty. */
export function dataSetOf(layer: ParsedLayer): DataSet {
  const set = {} as Record<string, unknown[]>;
  for (const key of LIST_KEYS) set[key] = layer.lists.get(key) ?? [];
  (set.levels as LadderLevel[]).sort((a, b) => a.rank - b.rank);
  return set as unknown as DataSet;
}
