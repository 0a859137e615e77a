// Opens the configured database: PGlite in-process (a folder or memory) or a PostgreSQL server.
// Both give the same Prisma client type and the same small raw-SQL surface, so nothing above this
// module knows which engine it talks to.
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import { PrismaClient } from '../generated/prisma/client.ts';
import type { MessagePort } from 'node:worker_threads';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { createPglite } from './pglite-engine.ts';
import { openPgliteThread } from './pglite-thread.ts';
import { acquireFolderLock, type FolderLock, type LockRole } from './folder-lock.ts';
import { plannedStatementName } from './prepared-statements.ts';
import { observeAdapter, type QueryListener } from './query-observer.ts';
import { routeReadsToReplicas } from './read-replicas.ts';
import type { SqlSession } from './sql-session.ts';
import { READ_STATEMENT_TIMEOUT_MS, unboundTransactions } from './statement-timeout.ts';

export type { SqlSession };


/** A connection pool's use, for metrics. */
export interface PoolStats {
  /** 'primary' or 'replica<n>'. */
  pool: string;
  total: number;
  idle: number;
  waiting: number;
}

export interface Database {
  kind: DatabaseTarget['kind'];
  /** Reads go to a replica when replicas are configured; writes and transactions to the primary. */
  prisma: PrismaClient;
  /** Always the primary: mutations, ingest and anything that must read its own writes. */
  primary: PrismaClient;
  /** Connection pool use (PostgreSQL only). */
  poolStats(): PoolStats[];
  /** The embedded engine itself, when there is one (tests dump and load its data directory). */
  pglite?: PGlite;
  /**
   * PostgreSQL: runs one statement on a connection of its own, outside the pool, so a pool busy
   * with slow requests does not read as a database that is down (/readyz).
   */
  probe?<Row = Record<string, unknown>>(sql: string, timeoutMs: number): Promise<Row[]>;
  /**
   * PostgreSQL: a read outside Prisma, on a replica when there are any, else the primary: the read
   * compiler's statements (named ones prepared once per connection, prepared-statements.ts).
   * Prisma's raw-query path was 7% of the server's busy CPU under the shapes benchmark's s02 (a CPU
   * profile). PGlite has none: its reads go through Prisma to the engine's thread.
   */
  readQuery?<Row = Record<string, unknown>>(sql: string, params: unknown[]): Promise<Row[]>;
  /** The folder lock this process holds (a PGlite folder only): one writer per embedded database. */
  lock?: FolderLock;
  /** PGlite in a worker thread only: a port to the engine, for another thread's own Prisma client. */
  connectEnginePort?: () => MessagePort;
  /** Runs `fn` on one dedicated session (for advisory locks and multi-statement scripts). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  poolSize?: number;
  /** A PGlite data-directory dump to start from (tests: a migrated template, ~10x faster than initdb). */
  loadDataDir?: Blob;
  /** Called with every SQL statement Prisma sends (tests count statements per request). */
  onQuery?: QueryListener;
  /** PostgreSQL read replicas (same schema, fed by the primary). */
  replicaUrls?: string[];
  /** PostgreSQL: statement_timeout of reads, default READ_STATEMENT_TIMEOUT_MS (tests lower it). */
  statementTimeoutMs?: number;
  /** Who takes a PGlite folder's lock, for the message a second process gets (default 'tool'). */
  lockRole?: LockRole;
  /**
   * PGlite only: 'worker' runs the engine in a worker thread (the server: a slow statement must not
   * stop the event loop); 'main' (default) keeps it in-process, where `pglite` is available.
   */
  pgliteThread?: 'main' | 'worker';
}

/**
 * - connectMs: a new connection gives up after this (a dead or unreachable host must not hang a request).
 * - acquireMs: the longest wait for a free pooled connection. Longer than a connect, because under a
 *   burst of writes (ingests serialise on advisory locks) a queue is legitimate, not an outage.
 */
export const POOL_TIMEOUTS = { connectMs: 3_000, acquireMs: 30_000 } as const;

/** pg.Pool has one timeout for both waits; its clients take their own connect timeout. */
class BoundedConnectClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super({ ...config, connectionTimeoutMillis: POOL_TIMEOUTS.connectMs, keepAlive: true });
  }
}

export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  return target.kind === 'pglite' ? openPglite(target.dataDir, options) : openPostgres(target.url, options);
}

export { createPglite };

function newPrismaClient(adapter: SqlDriverAdapterFactory, options: OpenOptions): PrismaClient {
  return new PrismaClient({ adapter: options.onQuery ? observeAdapter(adapter, options.onQuery) : adapter });
}

/** The engine, its Prisma adapter and a raw session: in this thread, or in a worker thread. */
interface PgliteEngine {
  factory: SqlDriverAdapterFactory;
  session: SqlSession;
  client?: PGlite;
  connectPort?: () => MessagePort;
  close(): Promise<void>;
}

async function startPgliteEngine(dataDir: string | null, options: OpenOptions): Promise<PgliteEngine> {
  if (options.pgliteThread === 'worker' && !options.loadDataDir) return openPgliteThread(dataDir);
  const client = await createPglite(dataDir, options.loadDataDir);
  return {
    factory: new PrismaPGlite(client),
    client,
    session: {
      exec: async (sql) => {
        await client.exec(sql);
      },
      query: async <Row,>(sql: string, params?: unknown[]) => (await client.query<Row>(sql, params)).rows,
    },
    close: () => client.close(),
  };
}

async function openPglite(dataDir: string | null, options: OpenOptions): Promise<Database> {
  // Before the engine touches a page: a second process must not even run recovery on the folder.
  const lock = dataDir ? acquireFolderLock(dataDir, options.lockRole ?? 'tool') : undefined;
  let engine: PgliteEngine;
  try {
    engine = await startPgliteEngine(dataDir, options);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const prisma = newPrismaClient(engine.factory, options);
  return {
    kind: 'pglite',
    prisma,
    primary: prisma,
    poolStats: () => [],
    pglite: engine.client,
    lock,
    connectEnginePort: engine.connectPort,
    // PGlite has a single connection, so every caller already shares one session.
    withSession: (fn) => fn(engine.session),
    close: async () => {
      try {
        await prisma.$disconnect();
        await engine.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** The read planner's statements are prepared once per connection (src/db/prepared-statements.ts). */
const pgOptions = { statementNameGenerator: plannedStatementName };

function openPool(url: string, options: OpenOptions): pg.Pool {
  // Bounded waits: with the server down, a request fails fast (DATABASE_UNAVAILABLE) instead of
  // hanging on a connect that never completes or a pool slot that never frees.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: POOL_TIMEOUTS.acquireMs,
    Client: BoundedConnectClient,
    // Sent at connect: the session's default, restored by RESET after a session lifts it.
    statement_timeout: options.statementTimeoutMs ?? READ_STATEMENT_TIMEOUT_MS,
    // No JIT: a compiled read's estimated cost (recursive loose index scans, one subquery per
    // nested list) passes jit_above_cost, and compiling took longer than running. S3 of the shapes
    // benchmark at 10k: 3,349 ms with JIT, 36 ms of execution without (EXPLAIN ANALYZE, loaded).
    options: '-c jit=off',
  });
  // An idle client that loses its server (restart, failover) must not crash the process.
  pool.on('error', () => {});
  return pool;
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const pool = openPool(url, options);
  const primary = newPrismaClient(unboundTransactions(new PrismaPg(pool, pgOptions)), options);
  const replicaPools = (options.replicaUrls ?? []).map((replicaUrl) => openPool(replicaUrl, options));
  const replicas = replicaPools.map((replicaPool) => newPrismaClient(unboundTransactions(new PrismaPg(replicaPool, pgOptions)), options));
  const prisma = routeReadsToReplicas(primary, replicas);
  const readers = replicaPools.length ? replicaPools : [pool];
  let turn = 0;
  const stats = (name: string, p: pg.Pool): PoolStats => ({ pool: name, total: p.totalCount, idle: p.idleCount, waiting: p.waitingCount });
  return {
    kind: 'postgres',
    prisma,
    primary,
    poolStats: () => [stats('primary', pool), ...replicaPools.map((p, i) => stats(`replica${i + 1}`, p))],
    readQuery: async <Row,>(sql: string, params: unknown[]) => {
      options.onQuery?.(sql);
      const reader = readers[turn++ % readers.length]!;
      const name = plannedStatementName({ sql }) || undefined;
      return (await reader.query({ name, text: sql, values: params })).rows as Row[];
    },
    probe: async <Row,>(sql: string, timeoutMs: number) => {
      const client = new BoundedConnectClient({ connectionString: url, statement_timeout: timeoutMs });
      client.on('error', () => {});
      try {
        await client.connect();
        return (await client.query(sql)).rows as Row[];
      } finally {
        client.end().catch(() => {});
      }
    },
    withSession: async (fn) => {
      const client = await pool.connect();
      try {
        // Sessions run migrations and wait on advisory locks: no read bound, restored on release.
        await client.query('SET statement_timeout = 0');
        return await fn({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <Row,>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params)).rows as Row[],
        });
      } finally {
        await client.query('RESET statement_timeout').then(
          () => client.release(),
          (error: Error) => client.release(error),
        );
      }
    },
    close: async () => {
      await Promise.all([primary, ...replicas].map((client) => client.$disconnect()));
      await Promise.all([pool, ...replicaPools].map((p) => p.end().catch(() => {})));
    },
  };
}
