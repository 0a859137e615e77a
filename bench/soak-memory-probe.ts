// Preloaded into the soak's server process (node --import): prints the process's own memory every
// few seconds on stdout, so the soak can read the server's heap without touching its code. Every
// SOAK_GC_EVERY_MS (default 30 s) it first runs a full garbage collection, so that sample is the
// live heap (what is retained), not live data plus garbage not yet collected.
import v8 from 'node:v8';
import vm from 'node:vm';

const every = Number(process.env.SOAK_MEMORY_EVERY_MS ?? 5_000);
const gcEvery = Number(process.env.SOAK_GC_EVERY_MS ?? 30_000);
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
let lastGc = 0;
const report = () => {
  const collected = gcEvery > 0 && Date.now() - lastGc >= gcEvery;
  if (collected) {
    gc();
    lastGc = Date.now();
  }
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  process.stdout.write(`SOAK_MEMORY ${JSON.stringify({ at: Date.now(), rss, heapUsed, heapTotal, external, afterGc: collected })}\n`);
};
report();
setInterval(report, every).unref();
