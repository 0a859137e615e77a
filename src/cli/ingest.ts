// npm run ingest -- <file|dir>... [--json] [--published YYYY-MM-DD] [--batch N]
// Ingests text files through ingestDocument (the same function as the seed step and the GraphQL
// mutation). On a PGlite folder a running server holds (its lock file says so) the documents go
// through that server's API (cli-remote.ts); otherwise this process opens the configured database
// itself (DATABASE_URL, default the PGlite folder, under its lock), migrating first (cli-local.ts).
// A progress bar on a terminal when there are many files, then a summary table; --json prints one
// machine-readable object instead.
import { statSync } from 'node:fs';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { FolderLockedError } from '../db/folder-lock.ts';
import { applyMigrations } from '../db/migrate.ts';
import { ingestLocally, type CliOutcome, type IngestOptions } from './ingest-local.ts';
import { findRunningServer, ingestThroughServer } from './ingest-remote.ts';
import { announceToInstances, type CreatedDocument } from './ingest-shared-state.ts';
import { printFound, table } from './ingest-report.ts';
import { listTextFiles } from '../ingest/seed.ts';

type Route =
  | { route: 'server'; url: string; pid: number }
  | { route: 'database'; database: 'pglite' | 'postgres'; folder: string | null; sharedCache: boolean };

function expand(args: string[]): string[] {
  return args.flatMap((a) => (statSync(a).isDirectory() ? listTextFiles(a) : [a]));
}

function parseArgs(argv: string[]) {
  const json = argv.includes('--json');
  const pubIdx = argv.indexOf('--published');
  const publishedAt = pubIdx >= 0 ? new Date(`${argv[pubIdx + 1]}T00:00:00Z`) : null;
  const batchIdx = argv.indexOf('--batch');
  // Files per transaction (ingestDocuments): the same outcome as one at a time, in fewer round trips.
  const batch = batchIdx >= 0 ? Math.max(1, Number(argv[batchIdx + 1]) || 1) : 16;
  const inputs = argv.filter((a, i) => !a.startsWith('--') && (pubIdx < 0 || i !== pubIdx + 1) && (batchIdx < 0 || i !== batchIdx + 1));
  return { json, publishedAt, batch, inputs };
}

/** Through the folder's server when one runs; else this process opens the database itself. */
async function ingest(config: Config, files: string[], options: IngestOptions): Promise<{ via: Route; outcome: CliOutcome }> {
  const dataDir = config.database.kind === 'pglite' ? config.database.dataDir : null;
  for (let attempt = 1; ; attempt++) {
    if (dataDir) {
      const server = await findRunningServer(dataDir, (pid) => process.stderr.write(`Waiting for the server (pid ${pid}) on ${dataDir} to finish starting…\n`));
      if (server) return { via: { route: 'server', url: server.url, pid: server.pid }, outcome: await ingestThroughServer(server, files, options) };
    }
    let db;
    try {
      // PGlite in its worker thread: the main thread's waits are then real events, so Ctrl-C is heard
      // mid-ingest (with the engine in-process, Node 22 ran a whole ingest without handling SIGINT).
      db = await openDatabase(config.database, { poolSize: 2, lockRole: 'ingest', pgliteThread: 'worker' });
    } catch (error) {
      // A server took the folder between the look and the open: go through it.
      if (error instanceof FolderLockedError && error.owner.role === 'server' && attempt < 5) continue;
      throw error;
    }
    try {
      await applyMigrations(db);
      const outcome = await ingestLocally(db, files, options);
      const sharedCache = config.REDIS_URL ? await retireSharedCache(config.REDIS_URL, outcome.created) : false;
      return { via: { route: 'database', database: db.kind, folder: db.lock?.info.folder ?? null, sharedCache }, outcome };
    } finally {
      await db.close();
    }
  }
}

/** The documents are committed either way: a Redis failure is a warning, not a failed ingest. */
async function retireSharedCache(redisUrl: string, created: CreatedDocument[]): Promise<boolean> {
  try {
    await announceToInstances(redisUrl, created);
    return true;
  } catch (error) {
    process.stderr.write(`Warning: could not reach Redis to retire the instances' cached reads (${(error as Error).message}); they expire after RESPONSE_CACHE_TTL_MS.\n`);
    return false;
  }
}

function describeRoute(via: Route): string {
  if (via.route === 'server') {
    return `Sent through the running server at ${via.url} (pid ${via.pid}): its subscribers were notified and its cached reads retired.`;
  }
  if (via.database === 'pglite') return `Ingested into the PGlite folder ${via.folder ?? '(in memory)'} directly (no server was running on it).`;
  return via.sharedCache ? 'Ingested into PostgreSQL directly; the instances\' cached reads were retired through Redis.' : 'Ingested into PostgreSQL directly.';
}

/** What --json prints: which way the documents went, a row per file, each document's result. */
export interface IngestReport {
  via: Route;
  files: CliOutcome['rows'];
  results: CliOutcome['results'];
}

/** The ingest command; `present` shapes the --json report (the `diplograph` bin gives global ids). */
export async function main(argv = process.argv.slice(2), present: (report: IngestReport) => unknown = (report) => report) {
  const { json, publishedAt, batch, inputs } = parseArgs(argv);
  if (inputs.length === 0) {
    process.stderr.write('usage: npm run ingest -- <file|dir>... [--json] [--published YYYY-MM-DD] [--batch N]\n');
    process.exit(2);
  }
  const files = expand(inputs);
  const config = loadConfig();
  // Interrupted: exit through the 'exit' handlers, which release the folder lock.
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  const showProgress = !json && process.stderr.isTTY && files.length > 3;
  let result;
  try {
    result = await ingest(config, files, { publishedAt, batch, showProgress, details: !json && files.length <= 3 });
  } catch (error) {
    if (!(error instanceof FolderLockedError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(75); // EX_TEMPFAIL, as a second server gets
  }
  const { via, outcome } = result;
  if (showProgress) process.stderr.write('\n');
  if (json) {
    process.stdout.write(`${JSON.stringify(present({ via, files: outcome.rows, results: outcome.results }), null, 2)}\n`);
  } else {
    process.stdout.write(`${describeRoute(via)}\n${table(outcome.rows)}\n`);
    printFound(outcome.found);
  }
  if (outcome.rows.some((r) => r.error)) process.exitCode = 1;
}

// Run as a script (`npm run ingest`); imported by the `diplograph` bin (ingest-command.ts).
if (import.meta.filename === process.argv[1]) await main();
