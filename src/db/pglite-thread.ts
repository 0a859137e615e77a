// PGlite in a worker thread, behind a Prisma driver adapter that forwards each call there
// (pglite-worker.ts, pglite-forwarder.ts). Same engine, same adapter, same SQL as in-process
// PGlite; only the thread that runs the WASM changes, so a slow statement no longer stops the event
// loop that answers /healthz and every other request. Transactions keep PGlite's semantics: the
// worker holds one open at a time (PGlite's own mutex) and callers address it by id.
// Why not @electric-sql/pglite-socket (PGlite behind the PostgreSQL wire protocol): 0.2.18 pins
// @electric-sql/pglite 0.5.15 (this project: 0.5.16) and seven extension packages as required
// peers, and every row would be encoded to and parsed from wire text; a thread and structured
// clone need no dependency. Other processes reach the data through the server's API instead
// (src/cli/ingest-remote.ts), which also keeps subscriptions and the read cache right.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { startWorker } from '../threads/start-worker.ts';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlSession } from './sql-session.ts';
import { createForwarder, forwardingAdapterFactory, forwardingSession } from './pglite-forwarder.ts';

export interface PgliteThread {
  factory: SqlDriverAdapterFactory;
  session: SqlSession;
  /** A new port the engine's thread serves, for another thread's own adapter (the ingest thread). */
  connectPort(): MessagePort;
  close(): Promise<void>;
}

/** How long a close waits for the engine to finish what it is doing before the thread is stopped. */
const CLOSE_TIMEOUT_MS = 5_000;

export async function openPgliteThread(dataDir: string | null): Promise<PgliteThread> {
  const worker = startWorker(new URL('./pglite-worker.ts', import.meta.url), { workerData: { dataDir } });
  const forwarder = createForwarder(worker);
  // The engine's thread died (out of memory, a WASM abort): every waiting and later call fails.
  worker.on('error', forwarder.fail);
  worker.on('exit', (code) => forwarder.fail(new Error(`the PGlite worker thread exited (${code})`)));
  try {
    await forwarder.ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return {
    factory: forwardingAdapterFactory(forwarder),
    session: forwardingSession(forwarder),
    connectPort: () => {
      const { port1, port2 } = new MessageChannel();
      void forwarder.call({ op: 'attach', port: port2 }, [port2]).catch(() => {});
      return port1;
    },
    close: async () => {
      // A clean close flushes the engine; one stuck behind a transaction that never ends is cut.
      const closed = forwarder.failed() ? Promise.resolve() : forwarder.call({ op: 'close' }).catch(() => {});
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref())]);
      forwarder.fail(new Error('the database is closed'));
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
