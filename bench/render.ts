// Re-renders bench/results/<name>.md (and the ratios in the JSON) from <name>.json, after a change
// to how figures are summarised; measures nothing. Usage: tsx bench/render.ts [latest]
import { readFileSync, writeFileSync } from 'node:fs';
import { computeRatios, toMarkdown, type BenchResults } from './lib/report.ts';
import { BENCH_DIR } from './lib/processes.ts';

const name = process.argv[2] ?? 'latest';
const file = `${BENCH_DIR}results/${name}`;
const results = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as BenchResults;
results.growth ??= null;
results.ratios = computeRatios(results.queries, results.mainSize, results.growth);
writeFileSync(`${file}.json`, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(`${file}.md`, toMarkdown(results));
console.log(`re-rendered ${file}.md`);
