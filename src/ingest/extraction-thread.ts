// The pure ingest stages in a worker thread, for the server. Plans are plain data (arrays, Maps,
// Dates), so they cross the thread boundary by structured clone (~10-25 ms for 200 KB of text,
// against 400-700 ms of extraction that no longer blocks requests). One worker: documents are
// extracted one after the other, as the single PGlite connection writes them anyway.
import { Worker } from 'node:worker_threads';
import type { Extraction, Plan } from './ingest-document.ts';
import type { ExtractionReply, ExtractionRequest } from './extraction-protocol.ts';

type Request = ExtractionRequest extends infer R ? (R extends ExtractionRequest ? Omit<R, 'id'> : never) : never;

export interface ExtractionThread extends Extraction {
  close(): Promise<void>;
}

export function startExtractionThread(): ExtractionThread {
  const entry = new URL('./extraction-worker.ts', import.meta.url).href;
  let worker: Worker | null = null;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  // Started on first use, and again after a crash, so one bad document cannot disable ingest.
  const ensure = (): Worker => {
    if (worker) return worker;
    const started = new Worker(new URL('../worker-boot.mjs', import.meta.url), { workerData: { entry } });
    started.on('message', (reply: ExtractionReply) => {
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.ok) waiter?.resolve(reply.value);
      else waiter?.reject(new Error(reply.message));
    });
    const fail = (error: Error) => {
      if (worker === started) worker = null;
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`the extraction worker exited (${code})`)));
    started.unref();
    return (worker = started);
  };
  const call = <T>(request: Request) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      ensure().postMessage({ ...request, id });
    });
  return {
    articleHashes: (text) => call<string[]>({ op: 'articleHashes', text }),
    plan: (text, publishedAt, stored) => call<Plan>({ op: 'plan', text, publishedAt, stored }),
    close: async () => {
      const running = worker;
      worker = null;
      if (running) {
        running.removeAllListeners('exit');
        await running.terminate();
      }
    },
  };
}
