// npm run bench:corpus [-- --sizes 1k,10k --force --workers 2 --budget 600]: prints what the extractor finds in a
// 1k sample of the generated corpus, then builds (or reuses) one scratch database per size.
import { parseArgs } from '../lib/args.ts';
import { ensureCorpusDatabase } from './build.ts';
import { extractSample } from '../../tests/helpers/corpus/extract-sample.ts';
import { DEFAULT_SEED } from '../../tests/helpers/corpus/generate.ts';

const args = parseArgs();
const sample = extractSample(DEFAULT_SEED, 1000);
console.log(`extractor on a 1k sample: ${JSON.stringify(sample)}`);
for (const articles of args.sizes ?? (args.quick ? [1000] : [1000, 10_000, 100_000])) {
  const r = await ensureCorpusDatabase({ articles, workers: args.workers, force: args.force, budgetSeconds: args.budget ?? undefined, log: console.log });
  console.log(`${r.name}: ${JSON.stringify(r.counts)}`);
}
