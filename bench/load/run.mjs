// One load measurement in its own process (never inside the server under test): autocannon POSTs one
// JSON body at a fixed concurrency for a fixed duration and prints a JSON summary on stdout.
// Usage: node bench/load/run.mjs '{"url":…,"body":…,"connections":16,"duration":5}' (or "amount": N)
import autocannon from 'autocannon';

const spec = JSON.parse(process.argv[2]);
const result = await autocannon({
  url: spec.url,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(spec.body),
  connections: spec.connections,
  // A fixed number of requests instead of a duration, for questions too slow to time by duration.
  ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration }),
  timeout: 60,
});
process.stdout.write(
  JSON.stringify({
    // Completed requests over the measured time (autocannon's per-second mean misreads short runs).
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }),
);
