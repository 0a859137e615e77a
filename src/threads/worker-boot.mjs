// Entry of every worker thread (the PGlite engine, extraction). A worker does not inherit the
// parent's tsx loader, so it registers tsx itself, then loads the TypeScript module named in
// workerData.entry (a file: URL).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
