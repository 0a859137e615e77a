// Load rounds: each measurement is a separate autocannon process (bench/load/run.mjs) so the load
// generator never shares a process with the server under test. Variants are measured in alternating
// rounds (A B C A B C …) and summarised by the median over rounds, so drift in a shared machine's load
// hits every variant alike.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BENCH_DIR, ROOT } from './processes.ts';

const run = promisify(execFile);

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface LoadSettings {
  connections: number;
  /** Requests per round instead of a duration (slow questions, measured one connection at a time). */
  amount?: number;
  /** Seconds per measured round. */
  duration: number;
  /** Seconds of unmeasured load before the first round of each variant. */
  warmup: number;
  rounds: number;
}

export interface Target {
  /** e.g. "q1/diplograph". */
  key: string;
  url: string;
  body: unknown;
}

export interface Summary {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  rounds: LoadResult[];
  /** Requests that failed (non-2xx, socket errors, timeouts) over all rounds: must be 0. */
  failed: number;
}

export async function loadOnce(t: Target, connections: number, duration: number, amount?: number): Promise<LoadResult> {
  const { stdout } = await run(process.execPath, [`${BENCH_DIR}load/run.mjs`, JSON.stringify({ url: t.url, body: t.body, connections, duration, amount })], {
    cwd: ROOT,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as LoadResult;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function measureAlternating(targets: Target[], settings: LoadSettings, log: (line: string) => void): Promise<Map<string, Summary>> {
  for (const t of targets) if (settings.warmup > 0) await loadOnce(t, settings.connections, settings.warmup, settings.amount ? 1 : undefined);
  const rounds = new Map<string, LoadResult[]>(targets.map((t) => [t.key, []]));
  for (let r = 0; r < settings.rounds; r++) {
    for (const t of targets) {
      const result = await loadOnce(t, settings.connections, settings.duration, settings.amount);
      rounds.get(t.key)!.push(result);
      // A round in which no request completed has no latency: autocannon reports p50 0, which would
      // read as the fastest answer of all. Count it as a failure instead.
      if (result.requests === 0) result.timeouts += 1;
      log(`    round ${r + 1} ${t.key}: ${result.requestsPerSecond.toFixed(0)} req/s p50 ${result.p50} ms p99 ${result.p99} ms${result.non2xx + result.errors + result.timeouts ? ` FAILED ${result.non2xx + result.errors + result.timeouts}${result.requests === 0 ? ' (no request completed)' : ''}` : ''}`);
    }
  }
  const out = new Map<string, Summary>();
  for (const [key, rs] of rounds) {
    out.set(key, {
      requestsPerSecond: median(rs.map((x) => x.requestsPerSecond)),
      p50: median(rs.map((x) => x.p50)),
      p99: median(rs.map((x) => x.p99)),
      rounds: rs,
      failed: rs.reduce((s, x) => s + x.non2xx + x.errors + x.timeouts, 0),
    });
  }
  return out;
}
