// The `diplograph` command (bin/diplograph.js runs the compiled form of this file):
//   diplograph start [--port N]                  the server (what `npm start` runs)
//   diplograph migrate [--json]                  apply pending migrations
//   diplograph ingest <file|dir>... [--json] [--published YYYY-MM-DD] [--batch N]
//   diplograph export [--types a,b] [--ndjson]   the graph as JSON, with global ids
// Results go to stdout (clean JSON with --json/--ndjson), progress to stderr on a terminal.
// Exit codes: src/cli/exit-codes.ts (README "Command line").
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../config.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { CliError, ExitCode } from './exit-codes.ts';
import { exportCommand, parseTypes } from './export.ts';
import { ingestCommand } from './ingest-command.ts';
import { migrateCommand } from './migrate.ts';

const USAGE = `usage: diplograph <command> [options]

commands:
  start [--port N]                                     start the server (migrations, seeds, then listen)
  migrate [--json]                                     apply pending migrations to the configured database
  ingest <file|dir>... [--json] [--published YYYY-MM-DD] [--batch N]
                                                       extract and store text documents
  export [--types articles,meetings,persons,organisations,statements] [--ndjson]
                                                       write the graph as JSON to stdout, with global ids

The database is DATABASE_URL (unset: the PGlite folder PGLITE_DIR, ./data/pglite).
Exit codes: 0 ok, 1 failed, 2 usage, 69 database unavailable, 78 invalid configuration.
`;

function options<const T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], spec: T) {
  try {
    return parseArgs({ args: argv, options: spec, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${USAGE}`, ExitCode.USAGE);
  }
}

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start': {
      const { port } = options(rest, { port: { type: 'string' } });
      if (port !== undefined) process.env.PORT = String(port);
      await import('../server.ts');
      return;
    }
    case 'migrate':
      return migrateCommand({ json: Boolean(options(rest, { json: { type: 'boolean' } }).json) });
    case 'ingest':
      return ingestCommand(rest);
    case 'export': {
      const values = options(rest, { types: { type: 'string' }, ndjson: { type: 'boolean' }, json: { type: 'boolean' } });
      return exportCommand({ types: parseTypes(values.types as string | undefined), ndjson: Boolean(values.ndjson) });
    }
    case '--version':
    case '-v': {
      const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
      process.stdout.write(`${manifest.version}\n`);
      return;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return;
    default:
      throw new CliError(`unknown command ${command}\n\n${USAGE}`, ExitCode.USAGE);
  }
}

function exitCodeOf(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof ConfigError) return ExitCode.CONFIG;
  if (isDatabaseUnavailable(error)) return ExitCode.DATABASE_UNAVAILABLE;
  return ExitCode.FAILED;
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  const code = exitCodeOf(error);
  const known = error instanceof CliError || error instanceof ConfigError || code === ExitCode.DATABASE_UNAVAILABLE;
  process.stderr.write(`diplograph: ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
  process.exitCode = code;
}
