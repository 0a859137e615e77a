// The PGlite worker thread: owns the embedded engine and Prisma's PGlite adapter, and answers
// adapter calls from the main thread and from ports it is given (the ingest thread), see
// pglite-forwarder.ts. PGlite runs each statement synchronously in WASM, so in the main thread a
// slow statement or a large ingest froze every request, /healthz included (issue 13: 21 s). Here
// it only occupies this thread.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { createPglite } from './pglite-engine.ts';
import type { WorkerReply, WorkerRequest } from './pglite-protocol.ts';

type Endpoint = MessagePort;
const { dataDir } = workerData as { dataDir: string | null };
const client = await createPglite(dataDir);
const adapter: SqlDriverAdapter = await new PrismaPGlite(client).connect();
/** Open transactions, and whose: a caller that goes away (a crashed thread) must not hold one forever. */
const transactions = new Map<number, { tx: Transaction; owner: Endpoint }>();
let nextTransaction = 1;

const queryable = (tx: number | undefined) => {
  if (tx === undefined) return adapter;
  const found = transactions.get(tx);
  if (!found) throw new Error(`transaction ${tx} is not open`);
  return found.tx;
};

async function handle(request: WorkerRequest, from: Endpoint): Promise<unknown> {
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
      transactions.set(id, { tx, owner: from });
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
    case 'attach':
      serve(request.port);
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

function serve(endpoint: Endpoint): void {
  endpoint.on('message', (request: WorkerRequest) => {
    handle(request, endpoint).then(
      (value) => endpoint.postMessage({ id: request.id, ok: true, value } satisfies WorkerReply),
      (error: unknown) => endpoint.postMessage({ ...serialise(error), id: request.id }),
    );
  });
  endpoint.on('close', () => {
    for (const [id, { tx, owner }] of transactions) {
      if (owner !== endpoint) continue;
      transactions.delete(id);
      void tx.rollback().catch(() => {});
    }
  });
}

serve(parentPort as unknown as Endpoint);
parentPort!.postMessage({ id: 0, ok: true, value: 'ready' } satisfies WorkerReply);
