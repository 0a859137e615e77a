// npm run bench:ingest: throughput of the extraction pipeline.
// 1. Without the database: MB of text per CPU-second (user + system time of this process, so other
//    work on the machine does not count) and per wall-clock second, for the pure stages (segment →
//    extract → resolve), after a warm-up, on the seeds and the golden-file cases.
// 2. With the database: articles per second through ingestDocument on PGlite (in memory) and on
//    PostgreSQL (a scratch database created and dropped on 127.0.0.1:5432; skipped if unreachable).
// Every document is made unique (a suffix on each line) so nothing is skipped as already stored.
// Each round ingests the whole corpus again (new suffix), so later rounds run against a bigger
// database; the first and last rounds are reported apart. Also reported: SQL statements per document.
// BENCH_DBS=pglite,postgres picks the databases; BENCH_PURE=0 skips the pipeline-only part;
// BENCH_WINDOWS=n then measures n more 4-second windows of continuous load, one line each: the first
// window is mostly V8 compiling on background threads (counted as CPU), later ones the steady state;
// BENCH_CONCURRENCY=n runs n ingest loops at once (PostgreSQL pool connections).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { extractDocument } from '../src/ingest/pipeline.ts';
import { ingestDocument } from '../src/ingest/ingest-document.ts';
import { ingestDocuments } from '../src/ingest/ingest-documents.ts';
import { segmentDocument } from '../src/ingest/segment.ts';

const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_DOCS = Number(process.env.BENCH_DB_DOCS ?? 10);
const DBS = (process.env.BENCH_DBS ?? 'pglite,postgres').split(',');
const PURE = process.env.BENCH_PURE !== '0';
const WINDOWS = Number(process.env.BENCH_WINDOWS ?? 0);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);
/** Documents per transaction through ingestDocuments; 0 calls ingestDocument for each document. */
const BATCH = Number(process.env.BENCH_BATCH ?? 0);

function corpus(): string[] {
  const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join('seeds', f), 'utf8'));
  const golden: string[] = [];
  const root = 'tests/fixtures/ingest';
  for (const stage of readdirSync(root)) {
    for (const f of readdirSync(path.join(root, stage))) if (f.endsWith('.txt')) golden.push(readFileSync(path.join(root, stage, f), 'utf8'));
  }
  return [...seeds, ...golden];
}

function variant(text: string, k: number): string {
  return text
    .split('\n')
    .map((l) => (l.trim() ? `${l} (bản ${k})` : l))
    .join('\n');
}

const pipeline = (text: string) => extractDocument(text).graph;

/** MB per CPU-second (every thread of the process) and per wall-clock second over `ms` of load. */
function measureWindow(docs: string[], ms: number, round: { n: number }) {
  let bytes = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - t0 < ms) {
    for (const d of docs) {
      const text = variant(d, round.n);
      bytes += Buffer.byteLength(text);
      pipeline(text);
    }
    round.n += 1;
  }
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { mb: bytes / 1e6, seconds: s, mbPerSecond: bytes / 1e6 / s, cpuSeconds, mbPerCpuSecond: bytes / 1e6 / cpuSeconds };
}

function benchPure(docs: string[]) {
  for (let k = 0; k < 3; k++) for (const d of docs) pipeline(variant(d, -k - 1)); // warm-up
  const round = { n: 0 };
  const first = measureWindow(docs, 4000, round);
  const later = Array.from({ length: WINDOWS }, () => measureWindow(docs, 4000, round));
  return { first, later };
}

interface Counter {
  statements: number;
}

async function benchDb(db: Database, docs: string[], counter: Counter) {
  await applyMigrations(db);
  await ingestDocument(db.prisma, { text: variant(docs[0]!, -1), source: 'warm-up' });
  let articles = 0;
  let documents = 0;
  const rounds: { articles: number; seconds: number }[] = [];
  const statementsBefore = counter.statements;
  const t0 = performance.now();
  for (let k = 0; k < DB_DOCS; k++) {
    const r0 = performance.now();
    let roundArticles = 0;
    let next = 0;
    const loop = async () => {
      while (next < docs.length) {
        if (BATCH > 0) {
          const slice = docs.slice(next, (next += BATCH)).map((d, j) => ({ text: variant(d, k), source: `bench-${k}-${next - BATCH + j}` }));
          for (const o of await ingestDocuments(db.prisma, slice, { batchSize: BATCH })) {
            if (!o.ok) throw o.error;
            roundArticles += o.result.articles.filter((a) => a.created).length;
          }
          continue;
        }
        const i = next++;
        const r = await ingestDocument(db.prisma, { text: variant(docs[i]!, k), source: `bench-${k}-${i}` });
        roundArticles += r.articles.filter((a) => a.created).length;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, loop));
    rounds.push({ articles: roundArticles, seconds: (performance.now() - r0) / 1000 });
    articles += roundArticles;
    documents += docs.length;
  }
  const s = (performance.now() - t0) / 1000;
  const rate = (r: { articles: number; seconds: number }) => r.articles / r.seconds;
  return {
    articles, seconds: s, articlesPerSecond: articles / s, statementsPerDocument: (counter.statements - statementsBefore) / documents,
    statementsPerArticle: (counter.statements - statementsBefore) / articles, firstRound: rate(rounds[0]!), lastRound: rate(rounds.at(-1)!),
  };
}

function report(label: string, r: Awaited<ReturnType<typeof benchDb>>) {
  console.log(
    `ingestDocument on ${label}: ${r.articlesPerSecond.toFixed(1)} articles/s (${r.articles} articles in ${r.seconds.toFixed(1)} s; ` +
      `first round ${r.firstRound.toFixed(1)}/s, last ${r.lastRound.toFixed(1)}/s; ${r.statementsPerDocument.toFixed(1)} SQL statements per document, ` +
      `${r.statementsPerArticle.toFixed(1)} per article; concurrency ${CONCURRENCY}, ${BATCH > 0 ? `batches of ${BATCH}` : 'one document per transaction'})`,
  );
}

async function main() {
  const docs = corpus();
  const articlesPerRound = docs.reduce((n, d) => n + segmentDocument(d).articles.length, 0);
  console.log(`corpus: ${docs.length} documents, ${articlesPerRound} articles per round, ${DB_DOCS} rounds`);
  if (PURE) {
    const { first: pure, later } = benchPure(docs);
    console.log(
      `pipeline without database: ${pure.mbPerCpuSecond.toFixed(2)} MB per CPU-second, ${pure.mbPerSecond.toFixed(2)} MB/s wall clock ` +
        `(${pure.mb.toFixed(2)} MB in ${pure.cpuSeconds.toFixed(1)} CPU-s, ${pure.seconds.toFixed(1)} s)${pure.mbPerCpuSecond < 1 ? '  BELOW THE 1 MB/s FLOOR' : ''}`,
    );
    later.forEach((w, i) => console.log(`  window ${i + 2}: ${w.mbPerCpuSecond.toFixed(2)} MB per CPU-second, ${w.mbPerSecond.toFixed(2)} MB/s wall clock`));
  }

  if (DBS.includes('pglite')) {
    const counter: Counter = { statements: 0 };
    const lite = await openDatabase({ kind: 'pglite', dataDir: null }, { onQuery: () => counter.statements++ });
    try {
      report('PGlite    ', await benchDb(lite, docs, counter));
    } finally {
      await lite.close();
    }
  }
  if (!DBS.includes('postgres')) return;

  const name = `diplograph_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: SERVER });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`ingestDocument on PostgreSQL: skipped (${SERVER} unreachable: ${(error as Error).message})`);
    return;
  }
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    const counter: Counter = { statements: 0 };
    const db = await openDatabase({ kind: 'postgres', url: url.toString() }, { poolSize: Math.max(4, CONCURRENCY + 1), onQuery: () => counter.statements++ });
    try {
      report('PostgreSQL', await benchDb(db, docs, counter));
    } finally {
      await db.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

await main();
