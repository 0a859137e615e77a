// The pure ingest stages in a worker thread, for a server on PostgreSQL (on PGlite the whole ingest
// runs in a worker: ingest-thread.ts). Plans are plain data (arrays, Maps, Dates), so they cross
// the thread boundary by structured clone (~10-25 ms for 200 KB of text, against 400-700 ms of
// extraction that no longer blocks requests).
import { restartingWorker } from '../threads/worker-rpc.ts';
import type { Extraction, Plan } from './plan.ts';

export interface ExtractionThread extends Extraction {
  close(): Promise<void>;
}

export function startExtractionThread(): ExtractionThread {
  const worker = restartingWorker(new URL('./extraction-worker.ts', import.meta.url));
  return {
    articleHashes: (text) => worker.call<string[]>({ op: 'articleHashes', text }),
    plan: (text, publishedAt, stored, pending) => worker.call<Plan>({ op: 'plan', text, publishedAt, stored, pending }),
    close: worker.close,
  };
}
