// The bin's exit codes (README "Command line"): stable, so scripts can branch on them.
export const ExitCode = {
  OK: 0,
  /** The command ran and something failed: a document that did not ingest, an unexpected error. */
  FAILED: 1,
  /** Bad command line: unknown command or option, missing argument, a file that does not exist. */
  USAGE: 2,
  /** The database cannot be reached (EX_UNAVAILABLE). */
  DATABASE_UNAVAILABLE: 69,
  /** A configuration variable is invalid (EX_CONFIG), as for the server. */
  CONFIG: 78,
} as const;

/** A failure the CLI reports as one line and a chosen exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
