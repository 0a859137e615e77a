// The messages between the main thread and the PGlite worker thread (pglite-worker.ts).
import type { MessagePort } from 'node:worker_threads';
import type { IsolationLevel, SqlQuery } from '@prisma/driver-adapter-utils';

export type WorkerRequest = { id: number } & (
  | { op: 'queryRaw' | 'executeRaw'; query: SqlQuery; tx?: number }
  | { op: 'executeScript'; script: string }
  | { op: 'startTransaction'; isolationLevel?: IsolationLevel }
  | { op: 'commit' | 'rollback'; tx: number }
  | { op: 'sessionQuery'; sql: string; params?: unknown[] }
  | { op: 'sessionExec'; sql: string }
  | { op: 'attach'; port: MessagePort }
  | { op: 'close' }
);

export interface SerialisedError {
  name: string;
  message: string;
  /** A DriverAdapterError's mapped cause (kind, code, constraint…), which Prisma turns into P2002 and friends. */
  cause?: unknown;
}

export type WorkerReply = { id: number } & ({ ok: true; value: unknown } | { ok: false; error: SerialisedError });
