// What every resolver receives. Built once per request by createContext (http/context.ts);
// DataLoaders live here (request-scoped), never at module level.
import type { Loaders } from '../read/loaders.ts';
import type { DiplographPubSub } from '../shared/pubsub.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { IngestInput, IngestResult } from '../ingest/ingest-result.ts';

/** What the server holds for its whole life: the database and the configuration. */
export interface AppServices {
  db: Database;
  config: Config;
  /** How the ingestDocument mutation ingests (the server: in worker threads); unset: in this thread. */
  ingest?: (input: IngestInput) => Promise<IngestResult>;
}

/** What one GraphQL handler holds for its life beside the services: events and the read cache. */
export interface ApiRuntime {
  pubsub: DiplographPubSub;
  /** Drops every cached read answer; called by each mutation that changed data. */
  invalidateReads(): void;
}

export interface Context {
  prisma: PrismaClient;
  services: AppServices;
  request: Request;
  runtime: ApiRuntime;
  isAuthenticated: boolean;
  loaders: Loaders;
}
