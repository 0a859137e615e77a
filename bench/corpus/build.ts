// Builds (or reuses) the scratch PostgreSQL database of one corpus size: creates it, applies the
// migrations, ingests the generated articles through the real ingestDocuments (batchSize documents
// per transaction) in `workers` child processes, and records in the database comment what it holds.
// A later run reuses the database only when that record matches: same generator version, seed and
// size, same migration list, same extraction code and lexicons (a changed extractor would store a
// different graph).
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/database.ts';
import { applyMigrations, readMigrations } from '../../src/db/migrate.ts';
import { admin, databaseComment, databaseUrl, withClient } from '../lib/postgres.ts';
import { DEFAULT_SEED, GENERATOR_VERSION } from '../../tests/helpers/corpus/generate.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CorpusSpec {
  articles: number;
  seed?: number;
  workers?: number;
  /** Documents per transaction (ingestDocuments); 1 ingests one document at a time (ingestDocument). */
  batchSize?: number;
  /** Rebuild even when a matching database exists (ingest is then measured). */
  force?: boolean;
  /** Stop ingesting after this many seconds; the next run resumes where this one stopped. */
  budgetSeconds?: number;
  /** Database name; default diplograph_bench_<size>. */
  database?: string;
  log?: (line: string) => void;
}

export interface IngestFigures {
  /** Articles stored by the timed ingest (summed over the runs of a resumed build). */
  articles: number;
  skipped: number;
  seconds: number;
  articlesPerSecond: number;
  workers: number;
  /** Documents per transaction; absent in records written before batching (one at a time). */
  batchSize?: number;
  measuredAt: string;
}

export interface CorpusCounts {
  articles: number;
  meetings: number;
  persons: number;
  statements: number;
  participants: number;
  /** Person names stored more than once (a race between parallel workers would show here). */
  duplicatePersonNames: number;
}

export interface CorpusDatabase {
  name: string;
  url: string;
  /** false when the ingest budget ran out first: the database holds only part of the corpus. */
  complete: boolean;
  /** true when an earlier run's database was reused and ingest was not measured now. */
  reused: boolean;
  reuseNotes: string[];
  ingest: IngestFigures;
  counts: CorpusCounts;
  fingerprint: Fingerprint;
}

interface Fingerprint {
  generator: number;
  seed: number;
  articles: number;
  migrations: string[];
  pipeline: string;
}

/** Documents per ingest transaction: larger batches gain little and hold the natural-key locks longer. */
export const DEFAULT_BATCH = 100;

export const sizeLabel = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
export const databaseName = (n: number) => `diplograph_bench_${sizeLabel(n)}`;

function pipelineHash(): string {
  const h = createHash('sha256');
  for (const dir of ['src/ingest', 'src/lexicon', 'src/text']) {
    const abs = path.join(ROOT, dir);
    for (const f of readdirSync(abs).sort()) if (f.endsWith('.ts')) h.update(f).update(readFileSync(path.join(abs, f)));
  }
  return h.digest('hex').slice(0, 16);
}

export function fingerprintFor(articles: number, seed: number): Fingerprint {
  return {
    generator: GENERATOR_VERSION,
    seed,
    articles,
    migrations: readMigrations().map((m) => `${m.name}:${m.checksum.slice(0, 12)}`),
    pipeline: pipelineHash(),
  };
}

async function countRows(name: string): Promise<CorpusCounts> {
  return withClient(name, async (c) => {
    const one = async (sql: string) => Number((await c.query<{ n: string }>(sql)).rows[0]!.n);
    return {
      articles: await one('SELECT count(*) AS n FROM "Article"'),
      meetings: await one('SELECT count(*) AS n FROM "Meeting"'),
      persons: await one('SELECT count(*) AS n FROM "Person"'),
      statements: await one('SELECT count(*) AS n FROM "Statement"'),
      participants: await one('SELECT count(*) AS n FROM "MeetingParticipant"'),
      duplicatePersonNames: await one('SELECT count(*) AS n FROM (SELECT name FROM "Person" GROUP BY name HAVING count(*) > 1) d'),
    };
  });
}

interface WorkerHandle {
  done: Promise<{ created: number; skipped: number }>;
  stop(): void;
}

function runWorker(url: string, seed: number, count: number, start: number, stride: number, batch: number, onProgress: (i: number) => void): WorkerHandle {
  let stopped = false;
  let kill = () => {};
  const done = new Promise<{ created: number; skipped: number }>((resolve, reject) => {
    const child = fork(path.join(ROOT, 'bench/corpus/ingest-worker.ts'), [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_DB_URL: url, BENCH_SEED: String(seed), BENCH_COUNT: String(count), BENCH_START: String(start), BENCH_STRIDE: String(stride), BENCH_BATCH: String(batch), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: { created: number; skipped: number } | null = null;
    child.on('message', (m: { progress?: number; done?: { created: number; skipped: number } }) => {
      if (m.progress !== undefined) onProgress(m.progress);
      if (m.done) result = m.done;
    });
    child.on('error', reject);
    kill = () => child.kill('SIGTERM');
    child.on('exit', (code) => {
      if (code === 0 && result) resolve(result);
      else if (stopped) resolve({ created: -1, skipped: 0 });
      else reject(new Error(`ingest worker ${start} exited with ${code}`));
    });
  });
  return {
    done,
    stop: () => {
      stopped = true;
      kill();
    },
  };
}

interface StoredRecord {
  fingerprint: Fingerprint;
  /** Present once the whole corpus is stored. */
  ingest?: IngestFigures;
  /**
   * A build that ran out of budget (or was interrupted): articles stored and seconds spent by the runs
   * that ended cleanly. A killed run's articles stay stored but count in neither figure, so the rate
   * (articles / seconds) stays honest.
   */
  building?: { articles: number; seconds: number; workers: number };
}

async function writeRecord(name: string, record: StoredRecord) {
  const text = JSON.stringify(record).replace(/'/g, "''");
  await admin((c) => c.query(`COMMENT ON DATABASE "${name}" IS '${text}'`));
}

type Verdict = { kind: 'rebuild' } | { kind: 'reuse'; record: StoredRecord; notes: string[] } | { kind: 'resume'; record: StoredRecord; notes: string[] };

/**
 * Same generator version, seed and size, and a migration list the current one extends: the stored
 * database is reused (ingest not measured) or, if an earlier build ran out of budget, resumed. Newer
 * migrations are applied to it, as a deployed database would get them; an edited or removed migration
 * means a rebuild. A changed extraction pipeline is reported, not rebuilt: ingest at 100k costs more
 * than a whole benchmark run.
 */
async function judge(name: string, url: string, comment: string, fingerprint: Fingerprint, log: (line: string) => void): Promise<Verdict> {
  let stored: StoredRecord;
  try {
    stored = JSON.parse(comment) as StoredRecord;
  } catch {
    log(`${name}: unreadable comment, rebuilding`);
    return { kind: 'rebuild' };
  }
  const f = stored.fingerprint;
  if (f.generator !== fingerprint.generator || f.seed !== fingerprint.seed || f.articles !== fingerprint.articles) {
    log(`${name}: built by generator v${f.generator} seed ${f.seed} size ${f.articles}, rebuilding`);
    return { kind: 'rebuild' };
  }
  if (!f.migrations.every((m, i) => fingerprint.migrations[i] === m)) {
    log(`${name}: migration list differs (not a prefix of the current one), rebuilding`);
    return { kind: 'rebuild' };
  }
  const notes: string[] = [];
  if (f.migrations.length < fingerprint.migrations.length) {
    const db = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
    try {
      notes.push(`migrated forward: ${(await applyMigrations(db)).join(', ')}`);
    } finally {
      await db.close();
    }
    await withClient(name, (c) => c.query('ANALYZE'));
  }
  if (f.pipeline !== fingerprint.pipeline) notes.push(`ingested by another version of src/ingest (${f.pipeline}; now ${fingerprint.pipeline})`);
  const record = { ...stored, fingerprint: { ...fingerprint, pipeline: f.pipeline } };
  return stored.ingest ? { kind: 'reuse', record, notes } : { kind: 'resume', record, notes };
}

async function resumeFrom(name: string, seed: number): Promise<number> {
  return withClient(name, async (c) => {
    const r = await c.query<{ n: number | null }>(
      "SELECT max(substring(source from '[0-9]+$')::int) AS n FROM \"Document\" WHERE source LIKE $1",
      [`bench-corpus/${seed}/%`],
    );
    return r.rows[0]!.n === null ? 0 : r.rows[0]!.n + 1;
  });
}

export async function ensureCorpusDatabase(spec: CorpusSpec): Promise<CorpusDatabase> {
  const seed = spec.seed ?? DEFAULT_SEED;
  const workers = spec.workers ?? 1;
  const batchSize = Math.max(1, spec.batchSize ?? DEFAULT_BATCH);
  const log = spec.log ?? (() => {});
  const name = spec.database ?? databaseName(spec.articles);
  const url = databaseUrl(name);
  const fingerprint = fingerprintFor(spec.articles, seed);
  const comment = await databaseComment(name);
  const verdict: Verdict = comment && !spec.force ? await judge(name, url, comment, fingerprint, log) : { kind: 'rebuild' };
  if (verdict.kind === 'reuse') {
    await writeRecord(name, verdict.record);
    const ingest = verdict.record.ingest!;
    log(`${name}: reused, ingest not measured now (measured ${ingest.measuredAt}: ${ingest.articlesPerSecond.toFixed(1)} articles/s)${verdict.notes.length ? `; ${verdict.notes.join('; ')}` : ''}`);
    return { name, url, complete: true, reused: true, reuseNotes: verdict.notes, ingest, counts: await countRows(name), fingerprint: verdict.record.fingerprint };
  }
  let record: StoredRecord;
  let start = 0;
  if (verdict.kind === 'resume') {
    record = verdict.record;
    // Workers stride through the indices and commit a batch at a time, so up to a batch per worker below
    // the highest stored one may be missing; ingest skips what is already stored.
    start = Math.max(0, (await resumeFrom(name, seed)) - 2 * workers * batchSize);
    log(`${name}: resuming a partial build at article ${start}${verdict.notes.length ? `; ${verdict.notes.join('; ')}` : ''}`);
  } else {
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${name}"`);
    });
    const db = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
    try {
      await applyMigrations(db);
    } finally {
      await db.close();
    }
    record = { fingerprint, building: { articles: 0, seconds: 0, workers } };
    await writeRecord(name, record);
  }
  const before = record.building ?? { articles: 0, seconds: 0, workers };
  const storedNow = () => withClient(name, async (c) => Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM "Article"')).rows[0]!.n));
  const storedBefore = await storedNow();
  log(`${name}: ingesting articles ${start}…${spec.articles - 1} with ${workers} worker(s), ${batchSize} per transaction${spec.budgetSeconds ? `, budget ${spec.budgetSeconds} s` : ''}`);
  const t0 = performance.now();
  let lastLog = t0;
  const progress = (i: number) => {
    const now = performance.now();
    if (now - lastLog > 20_000) {
      lastLog = now;
      log(`  … article ${i} (${((now - t0) / 1000).toFixed(0)} s)`);
    }
  };
  const handles = Array.from({ length: workers }, (_, w) => runWorker(url, seed, spec.articles, start + w, workers, batchSize, progress));
  let stopReason = null as string | null;
  const stopAll = (reason: string) => {
    stopReason ??= reason;
    for (const h of handles) h.stop();
  };
  const timer = spec.budgetSeconds ? setTimeout(() => stopAll('budget spent'), spec.budgetSeconds * 1000) : null;
  // Ctrl-C or SIGTERM: stop the workers and record the progress, so the next run resumes with honest figures.
  const onSignal = (signal: string) => stopAll(`interrupted (${signal})`);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const results = await Promise.all(handles.map((h) => h.done)).finally(() => {
    if (timer) clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  });
  const seconds = (performance.now() - t0) / 1000;
  if (stopReason) {
    const stored = await storedNow();
    const building = { articles: before.articles + (stored - storedBefore), seconds: before.seconds + seconds, workers };
    await writeRecord(name, { fingerprint: record.fingerprint, building });
    log(`${name}: ${stopReason} after ${seconds.toFixed(0)} s with ${stored} of ${spec.articles} articles stored; the next run resumes`);
    if (stopReason.startsWith('interrupted')) process.exit(130);
    return {
      name, url, complete: false, reused: false, reuseNotes: verdict.kind === 'resume' ? verdict.notes : [],
      ingest: { articles: building.articles, skipped: 0, seconds: building.seconds, articlesPerSecond: building.articles / building.seconds, workers, measuredAt: new Date().toISOString() },
      counts: await countRows(name), fingerprint: record.fingerprint,
    };
  }
  const created = results.reduce((s, r) => s + r.created, 0);
  await withClient(name, (c) => c.query('ANALYZE'));
  const counts = await countRows(name);
  const total = { articles: before.articles + (counts.articles - storedBefore), seconds: before.seconds + seconds };
  const ingest: IngestFigures = {
    articles: total.articles,
    skipped: results.reduce((s, r) => s + r.skipped, 0),
    seconds: total.seconds,
    articlesPerSecond: total.articles / total.seconds,
    workers,
    batchSize,
    measuredAt: new Date().toISOString(),
  };
  await writeRecord(name, { fingerprint: record.fingerprint, ingest });
  const resumed = verdict.kind === 'resume' ? ` (resumed build; ${created} articles in this run)` : '';
  log(`${name}: ${ingest.articles} articles in ${ingest.seconds.toFixed(1)} s = ${ingest.articlesPerSecond.toFixed(1)} articles/s (${workers} worker(s))${resumed}`);
  return { name, url, complete: true, reused: false, reuseNotes: verdict.kind === 'resume' ? verdict.notes : [], ingest, counts, fingerprint: record.fingerprint };
}
