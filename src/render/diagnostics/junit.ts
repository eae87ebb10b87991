import type { Diagnostic } from '../../core/diagnostic.js';
import { groupByFile, plural, type ValidationReport } from './report.js';

/** XML text or attribute: the five entities, and no characters XML 1.0 forbids. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function line(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}${d.path ? `  (${d.path})` : ''}`;
}

/**
 * JUnit XML for CI dashboards: one test case per file, failing when the file has errors (or,
 * with --strict, warnings). Warnings that do not fail the run are kept as system-out.
 */
export function formatJunit(report: ValidationReport): string {
  const groups = groupByFile(report);
  const files = [...new Set([...report.files, ...groups.keys()])];
  const cases: string[] = [];
  let failures = 0;
  for (const file of files) {
    const diagnostics = groups.get(file) ?? [];
    const failing = diagnostics.filter((d) => d.severity === 'error' || report.strict);
    const passing = diagnostics.filter((d) => !failing.includes(d));
    const body: string[] = [];
    if (failing.length > 0) {
      failures++;
      const errors = failing.filter((d) => d.severity === 'error').length;
      const message = `${plural(errors, 'error')}, ${plural(failing.length - errors, 'warning')}`;
      body.push(
        `      <failure message="${xml(message)}" type="invalid-data">${xml(failing.map(line).join('\n'))}</failure>`,
      );
    }
    if (passing.length > 0) body.push(`      <system-out>${xml(passing.map(line).join('\n'))}</system-out>`);
    const open = `    <testcase classname="casemgr-path.validate" name="${xml(file)}"`;
    cases.push(body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`);
  }
  const counts = `tests="${files.length}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="casemgr-path validate" ${counts}>`,
    `  <testsuite name="casemgr-path validate" ${counts} skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
