// npm run bench -- --only shapes [--sizes 1k,10k,100k --duration 3 --rounds 3 --budget S --questions s01,s07]:
// every shape against PostGraphile at 10k (or the sizes listed; a size above 10k is built within
// --budget seconds and skipped until complete); writes bench/results/shapes-latest.{json,md}, or
// shapes-last-run.* when --questions picks some shapes only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ensureCorpusDatabase } from './corpus/build.ts';
import type { BenchArgs } from './lib/args.ts';
import type { LoadSettings } from './lib/load.ts';
import type { MachineInfo } from './lib/machine.ts';
import { vacuumAnalyze } from './lib/postgres.ts';
import { BENCH_DIR } from './lib/processes.ts';
import { shapesMarkdown, summarise, type ShapesResults } from './lib/shapes-report.ts';
import { measureShapes } from './shapes.ts';

export async function runShapes(args: BenchArgs, machine: MachineInfo, log: (line: string) => void, t0: number): Promise<boolean> {
  const sizes = args.sizes ?? [10_000];
  const settings: LoadSettings = { connections: 16, duration: args.duration ?? 3, warmup: 2, rounds: args.rounds ?? 3 };
  const problems: string[] = [];
  const ready: { articles: number; database: string }[] = [];
  for (const articles of sizes) {
    const db = await ensureCorpusDatabase({ articles, workers: args.workers, budgetSeconds: articles > 10_000 ? (args.budget ?? 600) : undefined, log });
    log(`${db.name}: ${JSON.stringify(db.counts)}`);
    if (!db.complete) {
      problems.push(`${db.name}: ${db.counts.articles} of ${articles} articles stored when the ingest budget ran out; not measured this run`);
      continue;
    }
    log(`${db.name}: VACUUM ANALYZE in ${(await vacuumAnalyze(db.name)).toFixed(1)} s`);
    ready.push({ articles, database: db.name });
  }
  const run = ready.length ? await measureShapes(ready, settings, log, args.questions) : null;
  if (run) problems.push(...run.problems);
  const results: ShapesResults = {
    mode: 'shapes',
    machine,
    startedAt: machine.date,
    finishedAt: new Date().toISOString(),
    totalSeconds: (performance.now() - t0) / 1000,
    loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
    run,
    summary: run ? summarise(run) : { geometricMean: {}, growth: [] },
    problems,
  };
  const base = args.questions ? 'shapes-last-run' : 'shapes-latest';
  mkdirSync(`${BENCH_DIR}results`, { recursive: true });
  writeFileSync(`${BENCH_DIR}results/${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  const md = shapesMarkdown(results);
  writeFileSync(`${BENCH_DIR}results/${base}.md`, md);
  console.log(`\n${md}`);
  log(`wrote bench/results/${base}.json and .md (${(results.totalSeconds / 60).toFixed(1)} min)`);
  return problems.length === 0;
}
