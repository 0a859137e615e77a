// PGlite in a worker thread, behind a Prisma driver adapter that forwards each call there
// (pglite-worker.ts). Same engine, same adapter, same SQL as in-process PGlite; only the thread
// that runs the WASM changes, so a slow statement no longer stops the event loop that answers
// /healthz and every other request. Transactions keep PGlite's semantics: the worker holds one
// open at a time (PGlite's own mutex) and the main thread addresses it by id.
import { Worker } from 'node:worker_threads';
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from '@prisma/driver-adapter-utils';
import type { SqlSession } from './database.ts';
import type { SerialisedError, WorkerReply, WorkerRequest } from './pglite-protocol.ts';

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export interface PgliteThread {
  factory: SqlDriverAdapterFactory;
  session: SqlSession;
  close(): Promise<void>;
}

function revive(error: SerialisedError): Error {
  if (error.name === 'DriverAdapterError' && error.cause) return new DriverAdapterError(error.cause as ConstructorParameters<typeof DriverAdapterError>[0]);
  return Object.assign(new Error(error.message), { name: error.name });
}

export async function openPgliteThread(dataDir: string | null): Promise<PgliteThread> {
  const entry = new URL('./pglite-worker.ts', import.meta.url).href;
  const worker = new Worker(new URL('../worker-boot.mjs', import.meta.url), { workerData: { entry, dataDir } });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: WorkerReply) => {
      if (reply.id === 0) return reply.ok ? resolve() : reject(revive(reply.error));
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply.value);
      else waiter?.reject(revive(reply.error));
    });
    // The engine's thread died (out of memory, a WASM abort): every waiting and later call fails.
    const fail = (error: Error) => {
      failure = error;
      reject(error);
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the PGlite worker thread exited (${code})`)));
  });
  const call = <T>(request: Request): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  };
  try {
    await ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }

  const queryable = (tx?: number) => ({
    provider: 'postgres' as const,
    adapterName: 'pglite-prisma-adapter',
    queryRaw: (query: SqlQuery) => call<SqlResultSet>({ op: 'queryRaw', query, tx }),
    executeRaw: (query: SqlQuery) => call<number>({ op: 'executeRaw', query, tx }),
  });
  const adapter: SqlDriverAdapter = {
    ...queryable(),
    executeScript: (script) => call<void>({ op: 'executeScript', script }),
    startTransaction: async (isolationLevel?: IsolationLevel): Promise<Transaction> => {
      const { id, options } = await call<{ id: number; options: TransactionOptions }>({ op: 'startTransaction', isolationLevel });
      return { ...queryable(id), options, commit: () => call<void>({ op: 'commit', tx: id }), rollback: () => call<void>({ op: 'rollback', tx: id }) };
    },
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {},
  };
  return {
    factory: { provider: 'postgres', adapterName: 'pglite-prisma-adapter', connect: async () => adapter },
    session: {
      exec: (sql) => call<void>({ op: 'sessionExec', sql }),
      query: <Row,>(sql: string, params?: unknown[]) => call<Row[]>({ op: 'sessionQuery', sql, params }),
    },
    close: async () => {
      if (!failure) await call({ op: 'close' }).catch(() => {});
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
