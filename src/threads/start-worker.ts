// Starts a worker thread on a module of ours, from the TypeScript sources (tsx) or from the
// compiled JavaScript in dist/ (the `diplograph` bin): the module's URL is given as its .ts source,
// and where this file itself runs compiled, the .js beside it is run directly.
import { Worker, type WorkerOptions } from 'node:worker_threads';

const COMPILED = import.meta.url.endsWith('.js');

/** `entry`: the worker's module, as `new URL('./x-worker.ts', import.meta.url)` in the caller. */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (COMPILED) return new Worker(new URL(entry.href.replace(/\.ts$/, '.js')), options);
  // A worker does not inherit the parent's tsx loader: worker-boot.mjs registers it, then loads entry.
  const workerData = { ...(options.workerData as object | undefined), entry: entry.href };
  return new Worker(new URL('./worker-boot.mjs', import.meta.url), { ...options, workerData });
}
