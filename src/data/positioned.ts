import { type Diagnostic, formatPath, type PathSegment } from '../core/diagnostic.js';
import type { ParsedLayer } from './parse-data.js';

/** A diagnostic about `record` at `inRecord` (a path inside the record), positioned from its origin. */
export function recordDiagnostic(
  layer: ParsedLayer,
  record: Record<string, unknown>,
  inRecord: readonly PathSegment[],
  fields: Pick<Diagnostic, 'severity' | 'code' | 'message' | 'said'>,
): Diagnostic | undefined {
  const origin = layer.origins.get(record);
  if (!origin) return undefined;
  const path = [...origin.path, ...inRecord];
  return { file: origin.source.file, ...origin.source.locate(path), path: formatPath(path), ...fields };
}
