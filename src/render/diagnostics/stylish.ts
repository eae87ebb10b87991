import { Chalk } from 'chalk';
import { type DiagnosticsMessages, enDiagnostics, say } from '../../messages/en/diagnostics.js';
import { groupByFile, summarize, type ValidationReport, visible } from './report.js';

/** Its own instance at a fixed level: used only when color is asked for, so no global level is set. */
const chalk = new Chalk({ level: 1 });

export interface StylishOptions {
  /** ANSI color; the CLI passes what wantsColor() decided. */
  color?: boolean;
  /** The language of the frame and of the messages that can be said in it (English by default). */
  words?: DiagnosticsMessages;
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
  const words = options.words ?? enDiagnostics;
  const severityWidth = Math.max(words.severity.error.length, words.severity.warning.length);
  const lines: string[] = [];

  for (const [file, diagnostics] of groupByFile(report)) {
    lines.push(paint('file', visible(file)));
    const positions = diagnostics.map((d) => `${d.line}:${d.column}`);
    // A message said in English only stays whole in English.
    const messages = diagnostics.map((d) => visible(d.said ? say(words.said, d.said) : d.message));
    const positionWidth = Math.max(...positions.map((p) => p.length));
    const messageWidth = Math.max(...messages.map((m) => m.length));
    diagnostics.forEach((d, index) => {
      const position = paint('dim', positions[index]!.padEnd(positionWidth));
      const severity = paint(d.severity, words.severity[d.severity].padEnd(severityWidth));
      const message = d.path ? messages[index]!.padEnd(messageWidth) : messages[index]!;
      const path = d.path ? `   ${paint('dim', visible(d.path))}` : '';
      lines.push(`  ${position}  ${severity}  ${message}${path}`.trimEnd());
    });
    lines.push('');
  }

  const summary = summarize(report);
  const problems = summary.errors + summary.warnings;
  if (problems === 0) {
    lines.push(paint('good', `✔ ${words.clean(summary.files)}`));
  } else {
    const failing = !summary.ok;
    const mark = summary.errors > 0 ? '✖' : '⚠';
    const line = `${mark} ${words.problems(summary)}${failing && summary.errors === 0 ? words.strictFails : ''}`;
    lines.push(paint(failing ? 'bad' : 'warn', line));
  }
  return `${lines.join('\n')}\n`;
}
