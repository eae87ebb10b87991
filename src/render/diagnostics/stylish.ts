import { Chalk } from 'chalk';
import { groupByFile, plural, summarize, type ValidationReport, visible } from './report.js';

/** Its own instance at a fixed level: used only when color is asked for, so no global level is set. */
const chalk = new Chalk({ level: 1 });

export interface StylishOptions {
  /** ANSI color; the CLI passes what wantsColor() decided. */
  color?: boolean;
}

/** The human format: problems grouped per file, aligned, and a one-line summary. */
export function formatStylish(report: ValidationReport, options: StylishOptions = {}): string {
  const c = options.color
    ? {
        file: (t: string) => chalk.underline(t),
        dim: (t: string) => chalk.dim(t),
        error: (t: string) => chalk.red(t),
        warning: (t: string) => chalk.yellow(t),
        bad: (t: string) => chalk.red.bold(t),
        warn: (t: string) => chalk.yellow.bold(t),
        good: (t: string) => chalk.green.bold(t),
      }
    : undefined;
  const paint = (style: keyof NonNullable<typeof c>, text: string) => (c ? c[style](text) : text);
  const lines: string[] = [];

  for (const [file, diagnostics] of groupByFile(report)) {
    lines.push(paint('file', visible(file)));
    const positions = diagnostics.map((d) => `${d.line}:${d.column}`);
    const messages = diagnostics.map((d) => visible(d.message));
    const positionWidth = Math.max(...positions.map((p) => p.length));
    const messageWidth = Math.max(...messages.map((m) => m.length));
    diagnostics.forEach((d, index) => {
      const position = paint('dim', positions[index]!.padEnd(positionWidth));
      const severity = paint(d.severity, d.severity.padEnd(7));
      const message = d.path ? messages[index]!.padEnd(messageWidth) : messages[index]!;
      const path = d.path ? `   ${paint('dim', visible(d.path))}` : '';
      lines.push(`  ${position}  ${severity}  ${message}${path}`.trimEnd());
    });
    lines.push('');
  }

  const summary = summarize(report);
  const problems = summary.errors + summary.warnings;
  if (problems === 0) {
    lines.push(paint('good', `✔ ${plural(summary.files, 'file')}, no problems`));
  } else {
    const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`;
    const where = `in ${summary.files_with_problems} of ${plural(summary.files, 'file')}`;
    const failing = !summary.ok;
    const mark = summary.errors > 0 ? '✖' : '⚠';
    const line = `${mark} ${counts} ${where}${failing && summary.errors === 0 ? ' (--strict: warnings fail)' : ''}`;
    lines.push(paint(failing ? 'bad' : 'warn', line));
  }
  return `${lines.join('\n')}\n`;
}
