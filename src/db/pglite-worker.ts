// The PGlite worker thread: owns the embedded engine and Prisma's PGlite adapter, and answers the
// main thread's adapter calls (pglite-thread.ts). PGlite runs each statement synchronously in WASM,
// so in the main thread a slow statement or a large ingest froze every request, /healthz included
// (issue 13: 21 s). Here it only occupies this thread; the main thread keeps serving.
import { parentPort, workerData } from 'node:worker_threads';
import type { SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { createPglite } from './pglite-engine.ts';
import type { WorkerReply, WorkerRequest } from './pglite-protocol.ts';

const port = parentPort!;
const { dataDir } = workerData as { dataDir: string | null };
const client = await createPglite(dataDir);
const adapter: SqlDriverAdapter = await new PrismaPGlite(client).connect();
const transactions = new Map<number, Transaction>();
let nextTransaction = 1;

const queryable = (tx: number | undefined) => {
  if (tx === undefined) return adapter;
  const found = transactions.get(tx);
  if (!found) throw new Error(`transaction ${tx} is not open`);
  return found;
};

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'queryRaw':
      return queryable(request.tx).queryRaw(request.query);
    case 'executeRaw':
      return queryable(request.tx).executeRaw(request.query);
    case 'executeScript':
      return adapter.executeScript(request.script);
    case 'startTransaction': {
      const tx = await adapter.startTransaction(request.isolationLevel);
      const id = nextTransaction++;
      transactions.set(id, tx);
      return { id, options: tx.options };
    }
    case 'commit':
    case 'rollback': {
      const tx = queryable(request.tx) as Transaction;
      transactions.delete(request.tx);
      return request.op === 'commit' ? tx.commit() : tx.rollback();
    }
    case 'sessionQuery':
      return (await client.query(request.sql, request.params)).rows;
    case 'sessionExec':
      await client.exec(request.sql);
      return undefined;
    case 'close':
      await client.close();
      return undefined;
  }
}

/** Errors cross the thread boundary as data; a driver error keeps its mapped cause (codes, constraint). */
function serialise(error: unknown): WorkerReply & { ok: false } {
  const e = error as Error & { cause?: unknown };
  return { id: 0, ok: false, error: { name: e?.name ?? 'Error', message: e?.message ?? String(error), cause: e?.name === 'DriverAdapterError' ? e.cause : undefined } };
}

port.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ ...serialise(error), id: request.id }),
  );
});
port.postMessage({ id: 0, ok: true, value: 'ready' } satisfies WorkerReply);
