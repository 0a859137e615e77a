// npm run bench: the whole benchmark in one command (issue 8). Corpus databases (built or reused),
// SQL statements per Q1 request, the query mix against PostGraphile v5 and a raw SQL handler, growth
// from 1k to 100k articles; writes bench/results/latest.{json,md} (full run) or last-run.{json,md}.
//   npm run bench                 full: 1k, 10k (ingest measured), 100k; < 30 min once 100k is built
//   npm run bench -- --quick      1k only, short rounds (< 3 min when the 1k database exists)
//   npm run bench -- --only shapes   issue 16's shapes against PostGraphile at 10k (bench/shapes-main.ts)
//   flags: --sizes 1k,10k --rounds N --duration S --budget S --reuse --only corpus|queries|sql|shapes --workers N
//          --questions q1,q3
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ensureCorpusDatabase, sizeLabel, type CorpusDatabase } from './corpus/build.ts';
import { extractSample } from '../tests/helpers/corpus/extract-sample.ts';
import { DEFAULT_SEED } from '../tests/helpers/corpus/generate.ts';
import { parseArgs } from './lib/args.ts';
import { ensureBenchDependencies } from './lib/deps.ts';
import type { LoadSettings } from './lib/load.ts';
import { machineInfo } from './lib/machine.ts';
import { vacuumAnalyze } from './lib/postgres.ts';
import { BENCH_DIR } from './lib/processes.ts';
import { computeRatios, toMarkdown, type BenchResults } from './lib/report.ts';
import { measureGrowth, type GrowthRun } from './growth.ts';
import { measureQueries } from './queries.ts';
import { runShapes } from './shapes-main.ts';
import { countQ1Statements } from './sql-count.ts';

const args = parseArgs();
const t0 = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const full = !args.quick && !args.only && !args.sizes && !args.questions;
const mode = args.quick ? 'quick' : full ? 'full' : 'custom';

const sizes = args.sizes ?? (args.quick ? [1000] : [1000, 10_000, 100_000]);
const mainSize = sizes.includes(10_000) ? 10_000 : sizes[0]!;
const settings: LoadSettings = {
  connections: 16,
  duration: args.duration ?? (args.quick ? 1.5 : 4),
  warmup: args.quick ? 0.5 : 2,
  rounds: args.rounds ?? (args.quick ? 2 : 3),
};
// The 100k ingest takes longer than a run may (hours at the ingest rate measured so far): a run spends at
// most this long on it and the next run resumes.
const budget = args.budget ?? (args.quick ? undefined : 600);

ensureBenchDependencies(log);
const machine = await machineInfo();
log(`${mode} run on ${machine.cpuCount} × ${machine.cpuModel}, servers on Node ${machine.serverNode} (runner on ${machine.node}), PostgreSQL ${machine.postgres}, load average ${machine.loadAverageAtStart.join(' ')}`);
if (args.only === 'shapes') {
  // A mode of its own: its databases, tables and result files (bench/results/shapes-latest.*).
  const ok = await runShapes(args, machine, log, t0);
  process.exit(ok ? 0 : 1);
}
const problems: string[] = [];

const sample = args.only === 'queries' || args.only === 'sql' ? null : extractSample(DEFAULT_SEED, 1000);
if (sample) {
  log(`extractor on 1k generated articles: ${JSON.stringify(sample)}`);
  if (sample.meetings === 0 || sample.persons === 0 || sample.statements === 0) problems.push('the extractor finds nothing in the generated corpus');
}

const databases: (CorpusDatabase & { articlesTarget: number })[] = [];
for (const articles of sizes) {
  // A full run measures ingest at 10k every time (the brief: `npm run bench` measures ingest ≥ 10k).
  const force = full && !args.reuse && articles === 10_000;
  // Only sizes above the main one get a budget: the smaller ones are needed whole, and cheap.
  const db = await ensureCorpusDatabase({ articles, workers: args.workers, force, budgetSeconds: articles > mainSize ? budget : undefined, log });
  log(`${db.name}: ${JSON.stringify(db.counts)}`);
  if (db.complete) log(`${db.name}: VACUUM ANALYZE in ${(await vacuumAnalyze(db.name)).toFixed(1)} s`);
  if (!db.complete) problems.push(`${db.name}: ${db.counts.articles} of ${articles} articles stored when the ingest budget ran out; not measured this run (the next run resumes the build)`);
  databases.push({ ...db, articlesTarget: articles });
}
let parallel: (CorpusDatabase & { articlesTarget: number }) | null = null;
if (full && !args.reuse) {
  // Is ingest with 2 worker processes correct? Measured on a 1k copy, duplicates counted.
  const db = await ensureCorpusDatabase({ articles: 1000, workers: 2, force: true, database: 'diplograph_bench_1k_parallel', log });
  parallel = { ...db, articlesTarget: 1000 };
}

let sqlCount: BenchResults['sqlCount'] = null;
const main = databases.find((d) => d.articlesTarget === mainSize && d.complete);
if (main && args.only !== 'corpus' && args.only !== 'queries') {
  const counts = countQ1Statements(main.name);
  sqlCount = { database: main.name, counts };
  log(`SQL statements per Q1 request: ${counts.map((c) => `first=${c.first} → ${c.statements}${c.refused ? ' (refused by the complexity limit; counted with it lifted)' : ''}`).join(', ')}`);
}

const queries: BenchResults['queries'] = [];
let growth: GrowthRun | null = null;
if (args.only !== 'corpus' && args.only !== 'sql') {
  const complete = databases.filter((x) => x.complete);
  const mainDb = complete.find((d) => d.articlesTarget === mainSize);
  if (mainDb) {
    log(`query mix on ${mainDb.name} against every baseline`);
    const run = await measureQueries(mainDb.name, settings, log, args.questions);
    problems.push(...run.problems);
    queries.push({ size: mainDb.articlesTarget, run });
  }
  if (complete.length > 1) {
    log(`growth on ${complete.map((d) => d.name).join(', ')}: every size loaded in alternating rounds`);
    growth = await measureGrowth(complete.map((d) => ({ articles: d.articlesTarget, database: d.name })), settings, log, args.questions);
    problems.push(...growth.problems);
  }
}

const results: BenchResults = {
  mode,
  machine,
  startedAt: machine.date,
  finishedAt: new Date().toISOString(),
  totalSeconds: (performance.now() - t0) / 1000,
  loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
  mainSize: queries.some((q) => q.size === mainSize) ? mainSize : null,
  corpus: { sample1k: sample, sizes: databases, parallel },
  sqlCount,
  queries,
  growth,
  ratios: computeRatios(queries, mainSize, growth),
  problems,
};
const base = full ? 'latest' : args.quick ? 'quick' : 'last-run';
mkdirSync(`${BENCH_DIR}results`, { recursive: true });
writeFileSync(`${BENCH_DIR}results/${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
const md = toMarkdown(results);
writeFileSync(`${BENCH_DIR}results/${base}.md`, md);
console.log(`\n${md}`);
log(`wrote bench/results/${base}.json and .md (${sizes.map(sizeLabel).join(', ')}; ${(results.totalSeconds / 60).toFixed(1)} min)`);
if (problems.length) process.exitCode = 1;
