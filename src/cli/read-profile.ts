import type { Diagnostic } from '../core/diagnostic.js';
import type { Lang } from '../core/lang.js';
import type { Data } from '../data/model.js';
import { quickProfile, readProfileSource } from '../profile/read.js';
import type { Profile } from '../profile/schema.js';
import type { Io } from './context.js';
import { CliError, EXIT } from './errors.js';
import { readInputFile, readStdin } from './read-input.js';

/** One line per problem: `file:line:col  path: message` (what a person fixes, where). */
export function formatProblems(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map(
      (d) =>
        `${d.file}:${d.line}:${d.column}  ${d.severity === 'warning' ? 'warning: ' : ''}${d.path ? `${d.path}: ` : ''}${d.message}`,
    )
    .join('\n');
}

/**
 * Reads a profile from a file or stdin (`-`). A missing file is a usage error (exit 2); a profile that
 * reads but is invalid is exit 1, with every problem listed.
 */
export async function readProfile(
  pathOrDash: string,
  io: Io,
  data: Data,
  lang: Lang = 'en',
): Promise<Profile> {
  if (pathOrDash === '-' && io.stdin.isTTY) {
    throw new CliError(
      '--profile - reads the profile from standard input, but nothing is piped in',
      EXIT.usage,
    );
  }
  const bytes = pathOrDash === '-' ? await readStdin(io.stdin) : await readInputFile(pathOrDash, 'profile');
  const read = readProfileSource(pathOrDash === '-' ? '<stdin>' : pathOrDash, bytes);
  // A profile the quick check passes needs no zod; any other gets the schema, which words every problem.
  const result = !read.ok
    ? read
    : (quickProfile(read.source, data) ??
      (await import('../profile/parse.js')).profileFromSource(read.source, data));
  if (!result.ok) {
    const count = result.diagnostics.length;
    throw new CliError(
      `the profile has ${count === 1 ? 'a problem' : `${count} problems`}:\n${formatProblems(result.diagnostics)}`,
      EXIT.failed,
    );
  }
  // Warnings (a title the state issues under another name) do not stop the run, but are said,
  // in the run's language (errors are said by the program, which knows it too).
  if (result.diagnostics.length > 0) {
    const text = formatProblems(result.diagnostics);
    const spanish = lang === 'es' ? await import('../messages/es/cli.js') : undefined;
    io.stderr.write(`${spanish ? spanish.cliMessage(text) : text}\n`);
  }
  return result.profile;
}
