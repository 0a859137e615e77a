// One ingest process: stores articles start, start+stride, … < count of the corpus through the real
// ingestDocument, then reports its counts to the parent. Run as a child of build.ts.
import { openDatabase } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import { generateArticle } from './generate.ts';

const [url, seed, count, start, stride] = [process.env.BENCH_DB_URL!, ...['BENCH_SEED', 'BENCH_COUNT', 'BENCH_START', 'BENCH_STRIDE'].map((k) => Number(process.env[k]))] as [string, number, number, number, number];

const db = await openDatabase({ kind: 'postgres', url }, { poolSize: 2 });
let created = 0;
let skipped = 0;
try {
  for (let i = start; i < count; i += stride) {
    const a = generateArticle(seed, i);
    const r = await ingestDocument(db.prisma, { text: a.text, source: a.source, publishedAt: a.publishedAt });
    for (const art of r.articles) art.created ? created++ : skipped++;
    if (process.send && (i - start) % (stride * 500) === 0) process.send({ progress: i });
  }
} finally {
  await db.close();
}
process.send?.({ done: { created, skipped } });
