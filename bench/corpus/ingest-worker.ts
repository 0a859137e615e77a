// One ingest process: stores articles start, start+stride, … < count of the corpus through the real
// ingestDocuments (BENCH_BATCH documents per transaction; 0 or 1 calls ingestDocument on each), then
// reports its counts to the parent. Run as a child of build.ts.
import { openDatabase } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import type { IngestInput, IngestResult } from '../../src/ingest/ingest-result.ts';
import { ingestDocuments } from '../../src/ingest/ingest-documents.ts';
import { generateArticle } from '../../tests/helpers/corpus/generate.ts';

const [url, seed, count, start, stride, batch] = [
  process.env.BENCH_DB_URL!,
  ...['BENCH_SEED', 'BENCH_COUNT', 'BENCH_START', 'BENCH_STRIDE', 'BENCH_BATCH'].map((k) => Number(process.env[k] ?? 0)),
] as [string, number, number, number, number, number];

async function ingest(prisma: Parameters<typeof ingestDocument>[0], inputs: IngestInput[]): Promise<IngestResult[]> {
  if (batch <= 1) return Promise.all(inputs.map((input) => ingestDocument(prisma, input)));
  const outcomes = await ingestDocuments(prisma, inputs, { batchSize: batch });
  return outcomes.map((o) => {
    if (!o.ok) throw o.error;
    return o.result;
  });
}

const db = await openDatabase({ kind: 'postgres', url }, { poolSize: 2 });
let created = 0;
let skipped = 0;
try {
  // Several batches per call, so ingestDocuments plans the next batch while it writes one.
  const size = batch <= 1 ? 1 : batch * 10;
  for (let i = start; i < count; i += stride * size) {
    const inputs: IngestInput[] = [];
    for (let j = i; j < count && j < i + stride * size; j += stride) {
      const a = generateArticle(seed, j);
      inputs.push({ text: a.text, source: a.source, publishedAt: a.publishedAt });
    }
    for (const r of await ingest(db.prisma, inputs)) for (const art of r.articles) art.created ? created++ : skipped++;
    process.send?.({ progress: i });
  }
} finally {
  await db.close();
}
process.send?.({ done: { created, skipped } });
