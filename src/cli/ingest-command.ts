// `diplograph ingest <file|dir>... [--json] [--published YYYY-MM-DD] [--batch N]`: the ingest CLI
// of src/cli/ingest.ts, with the API's global ids in its --json report.
import { existsSync } from 'node:fs';
import { main, type IngestReport } from './ingest.ts';
import { CliError, ExitCode } from './exit-codes.ts';
import { withGlobalIds } from './global-ids.ts';
import type { IngestResult } from '../ingest/ingest-result.ts';

type LocalResult = IngestResult & { file: string };

const VALUE_OPTIONS = new Set(['--published', '--batch']);
const FLAGS = new Set(['--json']);

/** The same arguments, checked first so a typo is a usage error (exit 2) and not a stack trace. */
function check(argv: string[]): void {
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (VALUE_OPTIONS.has(arg)) {
      if (argv[i + 1] === undefined) throw new CliError(`${arg} needs a value`, ExitCode.USAGE);
      i += 1;
    } else if (arg.startsWith('--')) {
      if (!FLAGS.has(arg)) throw new CliError(`unknown option ${arg}`, ExitCode.USAGE);
    } else inputs.push(arg);
  }
  if (inputs.length === 0) throw new CliError('usage: diplograph ingest <file|dir>... [--json] [--published YYYY-MM-DD] [--batch N]', ExitCode.USAGE);
  const missing = inputs.find((input) => !existsSync(input));
  if (missing) throw new CliError(`no such file or folder: ${missing}`, ExitCode.USAGE);
  const published = argv[argv.indexOf('--published') + 1];
  if (argv.includes('--published') && !/^\d{4}-\d{2}-\d{2}$/.test(published ?? '')) {
    throw new CliError('--published takes a date, YYYY-MM-DD', ExitCode.USAGE);
  }
}

export async function ingestCommand(argv: string[]): Promise<void> {
  check(argv);
  // Written here, the results are the stored rows (ids made global); sent through a running server,
  // they are already its API's ingestDocument payloads.
  await main(argv, (report: IngestReport) =>
    report.via.route === 'database' ? { ...report, results: (report.results as LocalResult[]).map(withGlobalIds) } : report,
  );
}
