import { groupByFile, summarize, type ValidationReport } from './report.js';

/** The machine format: every diagnostic (sorted like the human output) and the summary. */
export function formatJson(report: ValidationReport): string {
  const diagnostics = [...groupByFile(report).values()].flat().map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    path: d.path,
    message: d.message,
  }));
  return `${JSON.stringify({ version: 1, diagnostics, summary: summarize(report) }, null, 2)}\n`;
}
