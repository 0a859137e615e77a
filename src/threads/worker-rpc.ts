// Calls into a worker thread that answers { id, ok, value | message } per request, started on first
// use and again after a crash (one bad document must not disable ingest for the process's life).
import type { MessagePort, Worker } from 'node:worker_threads';
import { startWorker } from './start-worker.ts';

export interface WorkerRpc {
  call<T>(request: object): Promise<T>;
  /** Starts the worker now rather than on the first call (which would wait ~2 s for it to load). */
  start(): void;
  close(): Promise<void>;
}

type Reply = { id: number } & ({ ok: true; value: unknown } | { ok: false; message: string });

/** `entry`: the TypeScript module the worker runs; `start` gives each new worker its data. */
export function restartingWorker(entry: URL, start: () => { data?: Record<string, unknown>; transfer?: MessagePort[] } = () => ({})): WorkerRpc {
  let worker: Worker | null = null;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const ensure = (): Worker => {
    if (worker) return worker;
    const { data, transfer } = start();
    const started = startWorker(entry, { workerData: data, transferList: transfer });
    started.on('message', (reply: Reply) => {
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
    started.on('exit', (code) => fail(new Error(`the worker thread ${entry.pathname} exited (${code})`)));
    // The HTTP server keeps the process alive; an idle worker must not.
    started.unref();
    return (worker = started);
  };
  return {
    start: () => void ensure(),
    call: <T>(request: object) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        ensure().postMessage({ ...request, id });
      }),
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

/** The worker side: answers each request with `handle`'s value or its error's message. */
export function answerRequests(port: MessagePort | null, handle: (request: { id: number } & Record<string, unknown>) => Promise<unknown>): void {
  port!.on('message', async (request: { id: number } & Record<string, unknown>) => {
    try {
      port!.postMessage({ id: request.id, ok: true, value: await handle(request) } satisfies Reply);
    } catch (error) {
      port!.postMessage({ id: request.id, ok: false, message: (error as Error)?.message ?? String(error) } satisfies Reply);
    }
  });
}
