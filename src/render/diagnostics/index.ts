import type { DiagnosticsMessages } from '../../messages/en/diagnostics.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { ValidateFormat, ValidationReport } from './report.js';
import { formatStylish } from './stylish.js';

export * from './report.js';

/**
 * Renders a validation report in one of the `validate --format` formats. `words` are for the
 * human format only: the machine formats (json, github, junit) are the same in every language.
 */
export function formatReport(
  report: ValidationReport,
  format: ValidateFormat,
  color = false,
  words?: DiagnosticsMessages,
): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'github':
      return formatGithub(report);
    case 'junit':
      return formatJunit(report);
    default:
      return formatStylish(report, { color, ...(words ? { words } : {}) });
  }
}
