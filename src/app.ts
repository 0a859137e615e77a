// Brings the service up in order: open the database, apply pending migrations, load the seeds,
// build the GraphQL handler. Shared by the server, the CLI tools and the tests.
import type { Config } from './config.ts';
import type { AppServices } from './schema/context.ts';
import { openDatabase, type Database, type OpenOptions } from './db/database.ts';
import { applyMigrations } from './db/migrate.ts';
import { startExtractionThread } from './ingest/extraction-thread.ts';
import { ingestDocument } from './ingest/ingest-document.ts';
import type { IngestInput, IngestResult } from './ingest/ingest-result.ts';
import { startIngestThread } from './ingest/ingest-thread.ts';
import { seedFromFolder, type SeedProgress, type SeedSummary } from './ingest/seed.ts';
import type { StartProgress } from './ops/start-progress.ts';
import { createDiplographYoga, type DiplographYoga } from './yoga.ts';

export interface App {
  services: AppServices;
  yoga: DiplographYoga;
  migrationsApplied: string[];
  seeded: SeedSummary | null;
  close(): Promise<void>;
}

export interface StartOptions extends OpenOptions {
  /** An already open database (tests); otherwise the configured one is opened. */
  database?: Database;
  /** Run the mutation's ingest off the main thread (the server), so requests keep being answered. */
  ingestThread?: boolean;
  /** Told each step of the start (the server prints them on a terminal). */
  onProgress?: StartProgress;
}


export async function startApp(config: Config, options: StartOptions = {}): Promise<App> {
  const db = options.database ?? (await openDatabase(config.database, { poolSize: config.DATABASE_POOL_SIZE, replicaUrls: config.DATABASE_REPLICA_URLS, ...options }));
  try {
    options.onProgress?.({ step: 'database' });
    const migrationsApplied = await applyMigrations(db);
    options.onProgress?.({ step: 'migrations', applied: migrationsApplied });
    const onSeeds: SeedProgress | undefined = options.onProgress && ((done, total) => options.onProgress!({ step: 'seeds', done, total }));
    const seeded = config.SEED_ON_START ? await seedFromFolder(db.primary, config.SEEDS_DIR, onSeeds) : null;
    const ingestThread = options.ingestThread ? startIngestOffMainThread(db) : undefined;
    const services: AppServices = { db, config, ingest: ingestThread?.ingest };
    const yoga = createDiplographYoga(services);
    // Yoga first (closes Redis), then the worker threads and the database pools.
    const close = async () => {
      await yoga.dispose();
      await ingestThread?.close();
      await db.close();
    };
    return { services, yoga, migrationsApplied, seeded, close };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * PGlite in a worker thread: the whole ingest in another (Prisma's query compiler included). A
 * PostgreSQL pool: the pure stages in a worker, the writes on the instance's pool.
 */
function startIngestOffMainThread(db: Database): { ingest(input: IngestInput): Promise<IngestResult>; close(): Promise<void> } {
  if (db.connectEnginePort) return startIngestThread(db.connectEnginePort);
  const extraction = startExtractionThread();
  return { ingest: (input) => ingestDocument(db.primary, input, extraction), close: extraction.close };
}
