// Builds (or reuses) the scratch PostgreSQL database of one corpus size: creates it, applies the
// migrations, ingests the generated articles through the real ingestDocument in `workers` child
// processes, and records in the database comment what it holds. A later run reuses the database only
// when that record matches: same generator version, seed and size, same migration list, same
// extraction code and lexicons (a changed extractor would store a different graph).
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/database.ts';
import { applyMigrations, readMigrations } from '../../src/db/migrate.ts';
import { admin, databaseComment, databaseUrl, withClient } from '../lib/postgres.ts';
import { DEFAULT_SEED, GENERATOR_VERSION } from './generate.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CorpusSpec {
  articles: number;
  seed?: number;
  workers?: number;
  /** Rebuild even when a matching database exists (ingest is then measured). */
  force?: boolean;
  log?: (line: string) => void;
}

export interface IngestFigures {
  articles: number;
  skipped: number;
  seconds: number;
  articlesPerSecond: number;
  workers: number;
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

function runWorker(url: string, seed: number, count: number, start: number, stride: number, onProgress: (i: number) => void) {
  return new Promise<{ created: number; skipped: number }>((resolve, reject) => {
    const child = fork(path.join(ROOT, 'bench/corpus/ingest-worker.ts'), [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_DB_URL: url, BENCH_SEED: String(seed), BENCH_COUNT: String(count), BENCH_START: String(start), BENCH_STRIDE: String(stride), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: { created: number; skipped: number } | null = null;
    child.on('message', (m: { progress?: number; done?: { created: number; skipped: number } }) => {
      if (m.progress !== undefined) onProgress(m.progress);
      if (m.done) result = m.done;
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`ingest worker ${start} exited with ${code}`))));
  });
}

interface StoredRecord {
  fingerprint: Fingerprint;
  ingest: IngestFigures;
}

async function writeRecord(name: string, record: StoredRecord) {
  const text = JSON.stringify(record).replace(/'/g, "''");
  await admin((c) => c.query(`COMMENT ON DATABASE "${name}" IS '${text}'`));
}

/**
 * Same generator version, seed and size, and a migration list the current one extends: the stored
 * database is reused (ingest not measured). Newer migrations are applied to it, as a deployed database
 * would get them; an edited or removed migration means a rebuild. A changed extraction pipeline is
 * reported, not rebuilt: ingest at 100k costs more than a whole benchmark run.
 */
async function tryReuse(name: string, url: string, comment: string, fingerprint: Fingerprint, log: (line: string) => void): Promise<CorpusDatabase | null> {
  let stored: StoredRecord;
  try {
    stored = JSON.parse(comment) as StoredRecord;
  } catch {
    log(`${name}: unreadable comment, rebuilding`);
    return null;
  }
  const f = stored.fingerprint;
  if (f.generator !== fingerprint.generator || f.seed !== fingerprint.seed || f.articles !== fingerprint.articles) {
    log(`${name}: built by generator v${f.generator} seed ${f.seed} size ${f.articles}, rebuilding`);
    return null;
  }
  const prefix = f.migrations.every((m, i) => fingerprint.migrations[i] === m);
  if (!prefix) {
    log(`${name}: migration list differs (not a prefix of the current one), rebuilding`);
    return null;
  }
  const notes: string[] = [];
  if (f.migrations.length < fingerprint.migrations.length) {
    const db = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
    try {
      const applied = await applyMigrations(db);
      notes.push(`migrated forward: ${applied.join(', ')}`);
    } finally {
      await db.close();
    }
    await withClient(name, (c) => c.query('ANALYZE'));
  }
  if (f.pipeline !== fingerprint.pipeline) notes.push(`built with another version of src/ingest (${f.pipeline}; now ${fingerprint.pipeline})`);
  await writeRecord(name, { fingerprint: { ...fingerprint, pipeline: f.pipeline }, ingest: stored.ingest });
  log(`${name}: reused, ingest not measured now (generator v${f.generator}; ingest measured ${stored.ingest.measuredAt})${notes.length ? `; ${notes.join('; ')}` : ''}`);
  return { name, url, reused: true, reuseNotes: notes, ingest: stored.ingest, counts: await countRows(name), fingerprint: { ...fingerprint, pipeline: f.pipeline } };
}

export async function ensureCorpusDatabase(spec: CorpusSpec): Promise<CorpusDatabase> {
  const seed = spec.seed ?? DEFAULT_SEED;
  const workers = spec.workers ?? 1;
  const log = spec.log ?? (() => {});
  const name = databaseName(spec.articles);
  const url = databaseUrl(name);
  const fingerprint = fingerprintFor(spec.articles, seed);
  const comment = await databaseComment(name);
  if (comment && !spec.force) {
    const reuse = await tryReuse(name, url, comment, fingerprint, log);
    if (reuse) return reuse;
  }
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
  log(`${name}: ingesting ${spec.articles} articles with ${workers} worker(s)`);
  const t0 = performance.now();
  let lastLog = t0;
  const progress = (i: number) => {
    const now = performance.now();
    if (now - lastLog > 15_000) {
      lastLog = now;
      log(`  … article ${i} (${((now - t0) / 1000).toFixed(0)} s)`);
    }
  };
  const results = await Promise.all(Array.from({ length: workers }, (_, w) => runWorker(url, seed, spec.articles, w, workers, progress)));
  const seconds = (performance.now() - t0) / 1000;
  const created = results.reduce((s, r) => s + r.created, 0);
  const ingest: IngestFigures = {
    articles: created,
    skipped: results.reduce((s, r) => s + r.skipped, 0),
    seconds,
    articlesPerSecond: created / seconds,
    workers,
    measuredAt: new Date().toISOString(),
  };
  await withClient(name, (c) => c.query('ANALYZE'));
  const counts = await countRows(name);
  await writeRecord(name, { fingerprint, ingest });
  log(`${name}: ${created} articles in ${seconds.toFixed(1)} s = ${ingest.articlesPerSecond.toFixed(1)} articles/s (${workers} worker(s))`);
  return { name, url, reused: false, reuseNotes: [], ingest, counts, fingerprint };
}
