// The whole ingestDocument in a worker thread, for a server on PGlite: extraction and also Prisma's
// own work (its query compiler runs in the calling thread: ~250 ms per large INSERT of a 200 KB
// document). The worker has its own Prisma client, whose adapter talks to the PGlite engine's
// thread over a port of its own (pglite-forwarder.ts); the main thread only waits.
import type { MessagePort } from 'node:worker_threads';
import { restartingWorker } from '../threads/worker-rpc.ts';
import type { IngestInput, IngestResult } from './ingest-result.ts';

export interface IngestThread {
  ingest(input: IngestInput): Promise<IngestResult>;
  close(): Promise<void>;
}

/** `connectPort` gives each (re)started worker a fresh port to the engine. */
export function startIngestThread(connectPort: () => MessagePort): IngestThread {
  const worker = restartingWorker(new URL('./ingest-worker.ts', import.meta.url), () => {
    const port = connectPort();
    return { data: { port }, transfer: [port] };
  });
  worker.start();
  return {
    ingest: (input) => worker.call<IngestResult>({ input }),
    close: worker.close,
  };
}
