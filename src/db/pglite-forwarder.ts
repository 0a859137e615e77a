// The calling side of the PGlite worker thread's protocol (pglite-worker.ts), over any message
// endpoint: the Worker itself (the main thread) or a MessagePort the worker serves (the ingest
// thread). Gives a Prisma driver adapter factory and a raw SQL session that forward every call.
import type { MessagePort, Worker } from 'node:worker_threads';
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
import type { SqlSession } from './sql-session.ts';
import type { SerialisedError, WorkerReply, WorkerRequest } from './pglite-protocol.ts';

export type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export interface Forwarder {
  call<T>(request: Request, transfer?: MessagePort[]): Promise<T>;
  /** Resolves when the worker reports its engine open (reply id 0). */
  ready: Promise<void>;
  /** Fails every waiting and later call (the engine's thread died or was closed). */
  fail(error: Error): void;
  failed(): boolean;
}

function revive(error: SerialisedError): Error {
  if (error.name === 'DriverAdapterError' && error.cause) return new DriverAdapterError(error.cause as ConstructorParameters<typeof DriverAdapterError>[0]);
  return Object.assign(new Error(error.message), { name: error.name });
}

export function createForwarder(endpoint: Worker | MessagePort): Forwarder {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;
  let markReady!: () => void;
  let markFailed!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => ((markReady = resolve), (markFailed = reject)));
  ready.catch(() => {});
  endpoint.on('message', (reply: WorkerReply) => {
    if (reply.id === 0) return reply.ok ? markReady() : markFailed(revive(reply.error));
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiter?.resolve(reply.value);
    else waiter?.reject(revive(reply.error));
  });
  const fail = (error: Error) => {
    failure ??= error;
    markFailed(error);
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  return {
    ready,
    fail,
    failed: () => failure !== null,
    call: <T>(request: Request, transfer: MessagePort[] = []) => {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        endpoint.postMessage({ ...request, id }, transfer);
      });
    },
  };
}

/** Prisma's adapter over the forwarder; transactions are addressed by the id the worker gives them. */
export function forwardingAdapterFactory({ call }: Forwarder): SqlDriverAdapterFactory {
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
  return { provider: 'postgres', adapterName: 'pglite-prisma-adapter', connect: async () => adapter };
}

export function forwardingSession({ call }: Forwarder): SqlSession {
  return {
    exec: (sql) => call<void>({ op: 'sessionExec', sql }),
    query: <Row,>(sql: string, params?: unknown[]) => call<Row[]>({ op: 'sessionQuery', sql, params }),
  };
}
