import type { Diagnostic } from '../../core/diagnostic.js';

/** What a validation run found: the files looked at and every diagnostic, in any order. */
export interface ValidationReport {
  files: readonly string[];
  diagnostics: readonly Diagnostic[];
  /** Warnings fail the run too (`--strict`). */
  strict: boolean;
}

export interface ReportSummary {
  files: number;
  files_with_problems: number;
  errors: number;
  warnings: number;
  /** The run passes: no errors, and no warnings either when strict. */
  ok: boolean;
}

export const VALIDATE_FORMATS = ['stylish', 'json', 'github', 'junit'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export function summarize(report: ValidationReport): ReportSummary {
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  const withProblems = new Set(report.diagnostics.map((d) => d.file));
  const files = new Set([...report.files, ...withProblems]);
  return {
    files: files.size,
    files_with_problems: withProblems.size,
    errors,
    warnings,
    ok: errors === 0 && (!report.strict || warnings === 0),
  };
}

/** Diagnostics grouped by file: files in the order they were read, then line, column. */
export function groupByFile(report: ValidationReport): Map<string, Diagnostic[]> {
  const order = new Map(report.files.map((file, index) => [file, index]));
  const sorted = [...report.diagnostics].sort(
    (a, b) =>
      (order.get(a.file) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.file) ?? Number.MAX_SAFE_INTEGER) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of sorted) {
    const group = groups.get(diagnostic.file) ?? [];
    group.push(diagnostic);
    groups.set(diagnostic.file, group);
  }
  return groups;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Control characters from a data file must not reach a terminal as escape sequences: they are
 * shown as visible escapes instead (a key named "\u001b[2J" would otherwise clear the screen).
 */
export function visible(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
