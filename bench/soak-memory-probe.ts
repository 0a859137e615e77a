// Preloaded into the soak's server process (node --import): prints the process's own memory every
// few seconds on stdout, so the soak can read the server's heap without touching its code.
const every = Number(process.env.SOAK_MEMORY_EVERY_MS ?? 5_000);
const report = () => {
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  process.stdout.write(`SOAK_MEMORY ${JSON.stringify({ at: Date.now(), rss, heapUsed, heapTotal, external })}\n`);
};
report();
setInterval(report, every).unref();
