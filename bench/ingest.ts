// npm run bench:ingest: throughput of the extraction pipeline.
// 1. Without the database: MB of text per second on one core (the pure stages: segment → extract →
//    resolve), after a warm-up, on the seeds and the golden-file cases.
// 2. With the database: articles per second through ingestDocument on PGlite (in memory) and on
//    PostgreSQL (a scratch database created and dropped on 127.0.0.1:5432; skipped if unreachable).
// Every document is made unique (a suffix on each line) so nothing is skipped as already stored.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { extractArticle } from '../src/ingest/extract.ts';
import { ingestDocument } from '../src/ingest/ingest-document.ts';
import { learnAcronyms } from '../src/ingest/organisations.ts';
import { resolveDocument } from '../src/ingest/resolve.ts';
import { segmentDocument } from '../src/ingest/segment.ts';

const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_DOCS = Number(process.env.BENCH_DB_DOCS ?? 10);

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

function pipeline(text: string) {
  const doc = segmentDocument(text);
  const seen = new Set<string>();
  const learned = doc.articles.flatMap((a) => learnAcronyms(a.body)).filter((o) => !seen.has(`${o.acronym}|${o.name}`) && seen.add(`${o.acronym}|${o.name}`));
  return resolveDocument(doc.articles.map((a) => extractArticle(a, learned)), null);
}

function benchPure(docs: string[]) {
  for (let k = 0; k < 3; k++) for (const d of docs) pipeline(variant(d, -k - 1)); // warm-up
  let bytes = 0;
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 4000) {
    for (const d of docs) {
      const text = variant(d, n);
      bytes += Buffer.byteLength(text);
      pipeline(text);
    }
    n += 1;
  }
  const s = (performance.now() - t0) / 1000;
  return { mb: bytes / 1e6, seconds: s, mbPerSecond: bytes / 1e6 / s };
}

async function benchDb(db: Database, docs: string[]) {
  await applyMigrations(db);
  await ingestDocument(db.prisma, { text: variant(docs[0]!, -1), source: 'warm-up' });
  let articles = 0;
  const t0 = performance.now();
  for (let k = 0; k < DB_DOCS; k++) {
    for (const [i, d] of docs.entries()) {
      const r = await ingestDocument(db.prisma, { text: variant(d, k), source: `bench-${k}-${i}` });
      articles += r.articles.filter((a) => a.created).length;
    }
  }
  const s = (performance.now() - t0) / 1000;
  return { articles, seconds: s, articlesPerSecond: articles / s };
}

async function main() {
  const docs = corpus();
  const pure = benchPure(docs);
  console.log(`pipeline without database: ${pure.mbPerSecond.toFixed(2)} MB/s (${pure.mb.toFixed(2)} MB in ${pure.seconds.toFixed(1)} s, one core)${pure.mbPerSecond < 1 ? '  BELOW THE 1 MB/s FLOOR' : ''}`);

  const lite = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    const r = await benchDb(lite, docs);
    console.log(`ingestDocument on PGlite:     ${r.articlesPerSecond.toFixed(1)} articles/s (${r.articles} articles in ${r.seconds.toFixed(1)} s)`);
  } finally {
    await lite.close();
  }

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
    const db = await openDatabase({ kind: 'postgres', url: url.toString() }, { poolSize: 4 });
    try {
      const r = await benchDb(db, docs);
      console.log(`ingestDocument on PostgreSQL: ${r.articlesPerSecond.toFixed(1)} articles/s (${r.articles} articles in ${r.seconds.toFixed(1)} s)`);
    } finally {
      await db.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

await main();
