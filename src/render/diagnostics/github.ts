import { groupByFile, plural, summarize, type ValidationReport } from './report.js';

/** Workflow-command data: `%`, CR and LF are escaped, as GitHub's toolkit does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property values: also `:` and `,`, which would end the value early. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions annotations: each problem shows on the file's line in the pull request. */
export function formatGithub(report: ValidationReport): string {
  const lines: string[] = [];
  for (const diagnostics of groupByFile(report).values()) {
    for (const d of diagnostics) {
      const properties = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `title=${escapeProperty(`casemgr-path ${d.code}`)}`,
      ].join(',');
      const message = d.path ? `${d.message} (${d.path})` : d.message;
      lines.push(`::${d.severity} ${properties}::${escapeData(message)}`);
    }
  }
  const summary = summarize(report);
  lines.push(
    summary.errors + summary.warnings === 0
      ? `${plural(summary.files, 'file')}, no problems`
      : `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')} in ${summary.files_with_problems} of ${plural(summary.files, 'file')}`,
  );
  return `${lines.join('\n')}\n`;
}
