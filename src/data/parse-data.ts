import { z } from 'zod';
import { type Diagnostic, didYouMean, formatPath, type PathSegment } from '../core/diagnostic.js';
import { FAMILIES, FAMILY_NAMES, type FamilyName } from './schema/families.js';
import { decodeSource, type ParsedSource, parseYamlSource } from './yaml-source.js';
import { issuesToDiagnostics, withKeyHints } from './zod-diagnostics.js';

/** A data file as read from disk (or embedded): its display name and bytes. */
export interface DataFileInput {
  /** Shown in diagnostics, for example `data/certifications.yaml`. */
  file: string;
  bytes: Uint8Array;
}

/** Where a record came from, so later checks (cross-references, staleness) can point at it. */
export interface RecordOrigin {
  source: ParsedSource;
  root: unknown;
  path: PathSegment[];
}

export interface ParsedLayer {
  /** list key (`certifications`, `exams`, …) → valid records, in file order. */
  lists: Map<string, Record<string, unknown>[]>;
  origins: WeakMap<object, RecordOrigin>;
  diagnostics: Diagnostic[];
  files: string[];
  /**
   * list key → ids of records that failed validation (their errors are already reported). Other
   * records may still name them, and saying those ids "do not exist" would only add noise.
   */
  rejectedIds?: Map<string, Set<string>>;
}

const LIST_TO_FAMILY = new Map<string, FamilyName>(
  FAMILY_NAMES.flatMap((family) => FAMILIES[family].lists.map((list) => [list, family] as const)),
);

function familyOf(file: string): FamilyName | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  const name = base.replace(/\.(ya?ml|json)$/i, '');
  return (FAMILY_NAMES as readonly string[]).includes(name) ? (name as FamilyName) : undefined;
}

export function isDataFileName(file: string): boolean {
  return /\.(ya?ml)$/i.test(file);
}

/** The schema of one list item, taken from the family's file schema. */
function itemSchema(family: FamilyName, list: string): z.ZodType {
  const fileSchema = FAMILIES[family].schema as unknown as z.ZodObject;
  const array = fileSchema.shape[list] as unknown as z.ZodArray<z.ZodType>;
  return array.element;
}

/**
 * Parses and validates one layer of data files (the built-in data, or a maintainer's overlay).
 * Each record is validated on its own, so one bad record hides nothing else in the file.
 */
export interface ParseOptions {
  /**
   * An overlay: a file may hold only some of its family's lists (a `licenses.yaml` with no
   * `exams`). A complete data set needs every list, even if empty.
   */
  partial?: boolean;
}

export function parseDataLayer(inputs: readonly DataFileInput[], options: ParseOptions = {}): ParsedLayer {
  const layer: ParsedLayer = {
    lists: new Map(),
    origins: new WeakMap(),
    diagnostics: [],
    files: [],
    rejectedIds: new Map(),
  };

  for (const input of inputs) {
    layer.files.push(input.file);
    const family = familyOf(input.file);
    if (!family) {
      const base = (input.file.split(/[\\/]/).pop() ?? input.file).replace(/\.(ya?ml)$/i, '');
      layer.diagnostics.push({
        file: input.file,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'unknown-file',
        path: '',
        message: unknownFileMessage(base),
      });
      continue;
    }
    const decoded = decodeSource(input.file, input.bytes);
    if (!decoded.ok) {
      layer.diagnostics.push(decoded.diagnostic);
      continue;
    }
    const source = parseYamlSource(input.file, decoded.text);
    layer.diagnostics.push(...source.diagnostics);
    if (source.fatal) continue;

    const root = source.value;
    const lists = FAMILIES[family].lists as readonly string[];
    const list = options.partial ? z.array(z.unknown()).optional() : z.array(z.unknown());
    const envelope = z.strictObject(Object.fromEntries(lists.map((name) => [name, list])));
    const shape = envelope.safeParse(root ?? {});
    if (!shape.success) {
      layer.diagnostics.push(
        ...issuesToDiagnostics(source, root, withKeyHints(shape.error.issues, envelope)),
      );
      if (!root || typeof root !== 'object' || Array.isArray(root)) continue;
    }
    // An empty or comment-only file holds no lists (fine for an overlay; reported above otherwise).
    if (!root || typeof root !== 'object' || Array.isArray(root)) continue;

    for (const list of lists) {
      const items = (root as Record<string, unknown>)[list];
      if (!Array.isArray(items)) continue;
      const schema = itemSchema(family, list);
      const valid: Record<string, unknown>[] = layer.lists.get(list) ?? [];
      items.forEach((item, index) => {
        const path: PathSegment[] = [list, index];
        const result = schema.safeParse(item);
        if (!result.success) {
          layer.diagnostics.push(
            ...issuesToDiagnostics(source, root, withKeyHints(result.error.issues, schema), path),
          );
          const id = (item as { id?: unknown } | null)?.id;
          if (typeof id === 'string') {
            const rejected = layer.rejectedIds!.get(list) ?? new Set<string>();
            rejected.add(id);
            layer.rejectedIds!.set(list, rejected);
          }
          return;
        }
        const record = result.data as Record<string, unknown>;
        layer.origins.set(record, { source, root, path });
        valid.push(record);
      });
      layer.lists.set(list, valid);
    }
  }
  layer.diagnostics.push(...duplicateIds(layer));
  return layer;
}

function unknownFileMessage(base: string): string {
  const names = FAMILY_NAMES.map((family) => `${family}.yaml`);
  const hint = didYouMean(`${base}.yaml`, names);
  return hint
    ? `not a data file this tool knows${hint}`
    : `not a data file this tool knows; data files are ${names.join(', ')}`;
}

function duplicateIds(layer: ParsedLayer): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [list, records] of layer.lists) {
    const seen = new Map<string, Record<string, unknown>>();
    for (const record of records) {
      const id = record.id as string;
      const first = seen.get(id);
      if (first) {
        const origin = layer.origins.get(record)!;
        const firstOrigin = layer.origins.get(first)!;
        const firstAt = firstOrigin.source.locate(firstOrigin.path);
        out.push({
          file: origin.source.file,
          ...origin.source.locate([...origin.path, 'id']),
          severity: 'error',
          code: 'duplicate-id',
          path: formatPath(origin.path),
          message: `duplicate ${list} id "${id}" (first at ${firstOrigin.source.file}:${firstAt.line})`,
        });
      } else {
        seen.set(id, record);
      }
    }
  }
  return out;
}

/** Overlays `top` on `base`: a record with the same id replaces the base one, a new id is added. */
export function mergeLayers(base: ParsedLayer, top: ParsedLayer): ParsedLayer {
  const lists = new Map<string, Record<string, unknown>[]>();
  const keys = new Set([...base.lists.keys(), ...top.lists.keys()]);
  for (const list of keys) {
    const merged = [...(base.lists.get(list) ?? [])];
    for (const record of top.lists.get(list) ?? []) {
      const at = merged.findIndex((existing) => existing.id === record.id);
      if (at >= 0) merged[at] = record;
      else merged.push(record);
    }
    lists.set(list, merged);
  }
  const origins = new WeakMap<object, RecordOrigin>();
  for (const layer of [base, top]) {
    for (const records of layer.lists.values()) {
      for (const record of records) {
        const origin = layer.origins.get(record);
        if (origin) origins.set(record, origin);
      }
    }
  }
  const rejectedIds = new Map<string, Set<string>>();
  for (const layer of [base, top]) {
    for (const [list, ids] of layer.rejectedIds ?? []) {
      rejectedIds.set(list, new Set([...(rejectedIds.get(list) ?? []), ...ids]));
    }
  }
  return {
    lists,
    origins,
    diagnostics: [...base.diagnostics, ...top.diagnostics],
    files: [...base.files, ...top.files],
    rejectedIds,
  };
}

export { LIST_TO_FAMILY };
