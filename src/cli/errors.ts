/** Exit codes (docs/contracts.md). */
export const EXIT = {
  ok: 0,
  /** The input was understood but fails: invalid data or profile, failed batch rows. */
  failed: 1,
  /** Usage error: unknown flag, missing file. */
  usage: 2,
  /** Cancelled with Ctrl-C. */
  cancelled: 130,
} as const;

/** An error meant for a person: printed as its message alone, then the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage);
}
