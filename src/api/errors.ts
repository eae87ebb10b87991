import type { Diagnostic } from '../core/diagnostic.js';

/** The base of every error the library throws, so a script can catch them all at once. */
export class CasemgrPathError extends Error {
  constructor(
    message: string,
    /** Every problem found, each located (`file:line:column`) and with a stable `code`. */
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The data (built-in, or a folder overlaid on it) could not be read or is invalid. */
export class DataError extends CasemgrPathError {}

/** A profile is not a valid profile v1, or names ids the data does not define. */
export class ProfileError extends CasemgrPathError {}

/** One line per problem, the way the CLI prints them. */
export function describeDiagnostics(
  what: string,
  diagnostics: readonly Diagnostic[],
  options: { positions?: boolean } = {},
): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const lines = errors.slice(0, 20).map((d) => {
    const where = options.positions === false ? '' : `${d.file}:${d.line}:${d.column}  `;
    return `  ${where}${d.path ? `${d.path}: ` : ''}${d.message}`;
  });
  if (errors.length > 20) lines.push(`  … and ${errors.length - 20} more (see .diagnostics)`);
  return `${what} has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}:\n${lines.join('\n')}`;
}
