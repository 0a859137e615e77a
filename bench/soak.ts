// npm run bench:soak [-- --minutes 10] [--pglite] [--concurrency 4] [--ingest-share 0.15]
// Mixed load (the four benchmark reads and unique ingests) against the real server (src/server.ts,
// a child process) on a scratch PostgreSQL database (or PGlite in a temp folder with --pglite).
// Reports the error count (must be 0) and, per minute, p50/p99, the server's live heap (sampled right
// after a forced full GC, so garbage not yet collected does not count), its largest heapUsed and RSS.
// Data growth: the ingests grow the database all along, so later reads are slower for that reason
// alone. After the run, a fresh server process is started on the same (grown) database and given the
// same load for --fresh-seconds; `p99DriftVsFresh` is the last minute's p99 over that fresh p99 (the
// drift that the process's own state causes), beside the raw `p99Drift` (last minute over first).
// Not part of CI.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort } from '../tests/helpers/live-server.ts';

const { values: flags } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    pglite: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '4' },
    'ingest-share': { type: 'string', default: '0.15' },
    out: { type: 'string', default: 'bench/results/soak-latest.json' },
    // Heap snapshots of the server after minute 1 and at the end, written to this folder.
    'heap-snapshots': { type: 'string' },
    'fresh-seconds': { type: 'string', default: '60' },
  },
});
const MINUTES = Number(flags.minutes);
const CONCURRENCY = Number(flags.concurrency);
const INGEST_SHARE = Number(flags['ingest-share']);
const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const API_KEY = 'soak-key-0123456789abcdef';

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// --- database ---------------------------------------------------------------------------------
const scratchName = `diplograph_soak_${process.pid}`;
const tempDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-soak-'));
let databaseUrl: string;
if (flags.pglite) {
  databaseUrl = `pglite:${path.join(tempDir, 'pglite')}`;
} else {
  await admin(`CREATE DATABASE "${scratchName}"`);
  const url = new URL(SERVER);
  url.pathname = `/${scratchName}`;
  databaseUrl = url.toString();
}

// --- server -----------------------------------------------------------------------------------
interface Memory {
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  afterGc?: boolean;
}
let memory: Memory[] = [];
const snapshotFlags = flags['heap-snapshots'] ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${path.resolve(flags['heap-snapshots'])}`] : [];
if (flags['heap-snapshots']) mkdirSync(flags['heap-snapshots'], { recursive: true });
let serverLog = '';
let child: ReturnType<typeof spawn> | undefined;
let endpoint = '';

/** Starts a server process on the soak's database; its memory samples go to a new `memory` list. */
async function startServer() {
  const port = await freePort();
  memory = [];
  const samples = memory;
  child = spawn(process.execPath, [...snapshotFlags, '--import', 'tsx', '--import', './bench/soak-memory-probe.ts', 'src/server.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      DIPLOGRAPH_API_KEY: API_KEY,
      LOG_LEVEL: 'warn',
      GRAPHIQL: 'false',
      // Every read reaches the database: the cache would turn the soak into a cache benchmark.
      RESPONSE_CACHE: 'false',
      SEED_ON_START: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) {
      if (line.startsWith('SOAK_MEMORY ')) samples.push(JSON.parse(line.slice('SOAK_MEMORY '.length)));
      else if (line) serverLog += `${line}\n`;
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (serverLog += chunk));
  endpoint = `http://127.0.0.1:${port}/graphql`;
  for (let started = Date.now(); ; ) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${serverLog}`);
    if (await post('{ __typename }').then(() => true, () => false)) break;
    if (Date.now() - started > 180_000) throw new Error(`server did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function stopServer() {
  const running = child;
  if (running && running.exitCode === null) {
    running.kill('SIGTERM');
    await new Promise((resolve) => running.once('exit', resolve));
  }
}

async function cleanup() {
  await stopServer();
  if (!flags.pglite) await admin(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`).catch(() => {});
  rmSync(tempDir, { recursive: true, force: true });
}

async function post(query: string, variables: Record<string, unknown> = {}, auth = false) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${API_KEY}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  if (response.status !== 200 || body.errors?.length) {
    throw new Error(`${response.status} ${body.errors?.map((e) => e.extensions?.code ?? e.message).join(', ')}`);
  }
  return body.data;
}

try {
  await startServer();

  // --- load ---------------------------------------------------------------------------------
  const q = (name: string) => readFileSync(path.join('bench/queries', name), 'utf8');
  const Q = { q1: q('q1-nested.graphql'), q2: q('q2-search.graphql'), q3: q('q3-person.graphql'), q4: q('q4-statements.graphql') };
  const persons: string[] = (await post('{ persons(first: 50) { edges { node { id } } } }')).persons.edges.map((e: any) => e.node.id);
  if (!persons.length) throw new Error('the seeds gave no persons to read');
  const seedTexts = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join('seeds', f), 'utf8'));
  const SEARCHES = ['bui thanh son', 'AMM 54', 'ASEAN', 'Nhật Bản', 'zzz không có'];
  let ingestSeq = 0;
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;

  type Kind = 'q1' | 'q2' | 'q3' | 'q4' | 'ingest';
  async function one(): Promise<Kind> {
    if (Math.random() < INGEST_SHARE) {
      const n = ++ingestSeq;
      // A unique document: a seed text with a numbered line, so nothing is skipped as stored already.
      const text = `${pick(seedTexts)}\nBản tin soak số ${n} lúc ${new Date().toISOString()}.`;
      await post('mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { __typename } }', { i: { text, source: `soak-${n}.txt` } }, true);
      return 'ingest';
    }
    const kind = pick(['q1', 'q2', 'q3', 'q4'] as const);
    if (kind === 'q1') await post(Q.q1);
    if (kind === 'q2') await post(Q.q2, { query: pick(SEARCHES) });
    if (kind === 'q3') await post(Q.q3, { id: pick(persons) });
    if (kind === 'q4') await post(Q.q4, { speaker: pick(persons), from: '2015', to: '2026' });
    return kind;
  }

  interface Minute {
    minute: number;
    requests: number;
    ingests: number;
    errors: number;
    latencies: number[];
  }
  const minutes: Minute[] = [];
  const errorSamples: string[] = [];
  const start = Date.now();
  const end = start + MINUTES * 60_000;
  const memoryAtStart = memory.at(-1);
  console.log(`soak: ${MINUTES} min, ${CONCURRENCY} clients, ${Math.round(INGEST_SHARE * 100)}% ingests, ${flags.pglite ? 'PGlite' : 'PostgreSQL'}`);

  async function client() {
    while (Date.now() < end) {
      const index = Math.floor((Date.now() - start) / 60_000);
      const minute = (minutes[index] ??= { minute: index + 1, requests: 0, ingests: 0, errors: 0, latencies: [] });
      const t0 = performance.now();
      try {
        const kind = await one();
        minute.latencies.push(performance.now() - t0);
        if (kind === 'ingest') minute.ingests++;
      } catch (error) {
        minute.errors++;
        if (errorSamples.length < 20) errorSamples.push(String(error));
      }
      minute.requests++;
    }
  }
  let lastTicked = 0;
  const ticker = setInterval(() => {
    const m = minutes.at(-2); // the last complete minute
    if (!m || m.minute === lastTicked) return;
    lastTicked = m.minute;
    if (m) console.log(`  minute ${m.minute}: ${m.requests} requests, ${m.errors} errors`);
    if (m?.minute === 1 && flags['heap-snapshots']) child?.kill('SIGUSR2');
  }, 60_000);
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  clearInterval(ticker);
  // One more memory sample after the load has stopped, taken after a short pause.
  await new Promise((r) => setTimeout(r, 6_000));
  const memoryAtEnd = memory.at(-1);
  if (flags['heap-snapshots']) {
    child?.kill('SIGUSR2');
    await new Promise((r) => setTimeout(r, 20_000));
  }

  const soakMemory = memory;

  // --- a fresh server on the grown database, same load --------------------------------------
  const freshSeconds = Number(flags['fresh-seconds']);
  const fresh: number[] = [];
  if (freshSeconds > 0) {
    await stopServer();
    await startServer();
    const warmUntil = Date.now() + 10_000;
    const freshEnd = warmUntil + freshSeconds * 1000;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < freshEnd) {
          const t0 = performance.now();
          try {
            await one();
            if (Date.now() > warmUntil) fresh.push(performance.now() - t0);
          } catch (error) {
            if (errorSamples.length < 20) errorSamples.push(`fresh server: ${String(error)}`);
          }
        }
      }),
    );
  }

  // --- report -------------------------------------------------------------------------------
  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const mb = (bytes?: number) => (bytes === undefined ? null : +(bytes / 1024 / 1024).toFixed(1));
  const inMinute = (m: Memory, minute: number) => m.at >= start + (minute - 1) * 60_000 && m.at < start + minute * 60_000;
  const rows = minutes.map((m) => {
    const sorted = [...m.latencies].sort((a, b) => a - b);
    const samples = soakMemory.filter((x) => inMinute(x, m.minute));
    const live = samples.filter((x) => x.afterGc).at(-1);
    return {
      minute: m.minute, requests: m.requests, ingests: m.ingests, errors: m.errors, p50Ms: +pct(sorted, 50).toFixed(1), p99Ms: +pct(sorted, 99).toFixed(1),
      heapLiveMB: mb(live?.heapUsed), heapUsedMaxMB: mb(Math.max(...samples.map((x) => x.heapUsed))), rssMB: mb(samples.at(-1)?.rss),
    };
  });
  const freshSorted = [...fresh].sort((a, b) => a - b);
  const freshP99 = fresh.length ? +pct(freshSorted, 99).toFixed(1) : null;
  const full = rows.filter((r) => r.requests > 0);
  const result = {
    when: new Date().toISOString(),
    database: flags.pglite ? 'pglite' : 'postgresql',
    minutes: MINUTES,
    concurrency: CONCURRENCY,
    ingestShare: INGEST_SHARE,
    requests: rows.reduce((s, r) => s + r.requests, 0),
    ingests: rows.reduce((s, r) => s + r.ingests, 0),
    errors: rows.reduce((s, r) => s + r.errors, 0),
    errorSamples,
    memory: {
      start: { rssMB: mb(memoryAtStart?.rss), heapUsedMB: mb(memoryAtStart?.heapUsed) },
      end: { rssMB: mb(memoryAtEnd?.rss), heapUsedMB: mb(memoryAtEnd?.heapUsed) },
      samples: soakMemory.length,
    },
    // Live heap (after a full GC) of the last minute over minute 2 (minute 1 is start-up and warm-up).
    heapLiveRatioLastVsMinute2: full.length >= 2 && full[1]!.heapLiveMB && full.at(-1)!.heapLiveMB ? +(full.at(-1)!.heapLiveMB! / full[1]!.heapLiveMB!).toFixed(2) : null,
    p99Drift: full.length >= 2 ? +(full.at(-1)!.p99Ms / full[0]!.p99Ms).toFixed(2) : null,
    fresh: { seconds: freshSeconds, requests: fresh.length, p50Ms: fresh.length ? +pct(freshSorted, 50).toFixed(1) : null, p99Ms: freshP99 },
    p99DriftVsFresh: freshP99 && full.length ? +(full.at(-1)!.p99Ms / freshP99).toFixed(2) : null,
    perMinute: rows,
  };
  mkdirSync(path.dirname(flags.out!), { recursive: true });
  writeFileSync(flags.out!, `${JSON.stringify(result, null, 2)}\n`);
  console.table(rows);
  console.log(
    `requests ${result.requests} (ingests ${result.ingests}), errors ${result.errors}; ` +
      `RSS ${result.memory.start.rssMB} → ${result.memory.end.rssMB} MB, heap ${result.memory.start.heapUsedMB} → ${result.memory.end.heapUsedMB} MB; ` +
      `p99 drift (last/first minute) ${result.p99Drift}; fresh server on the grown database p99 ${freshP99} ms, last minute / fresh ${result.p99DriftVsFresh}; ` +
      `live heap last minute / minute 2 ${result.heapLiveRatioLastVsMinute2}; written to ${flags.out}`,
  );
  if (errorSamples.length) console.log('errors:', errorSamples.slice(0, 5));
  process.exitCode = result.errors === 0 ? 0 : 1;
} finally {
  await cleanup();
}
