// `npm run score:gold [seeds|dev]`: ingests each gold corpus into its own in-memory database and
// prints the entity and relation tables with every miss, for quick iteration on extraction without
// vitest. The gold test (tests/ingest/gold-score.test.ts) scores the same way and holds the floors.
import { openDatabase } from '../src/db/database.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { formatReport } from '../tests/helpers/gold-scorer.ts';
import { GOLD_CORPORA, scoreCorpus } from '../tests/ingest/gold-score-corpora.ts';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !GOLD_CORPORA.some((c) => c.name === w));
if (unknown.length) {
  console.error(`unknown corpus: ${unknown.join(', ')} (known: ${GOLD_CORPORA.map((c) => c.name).join(', ')})`);
  process.exit(2);
}
for (const corpus of GOLD_CORPORA.filter((c) => wanted.length === 0 || wanted.includes(c.name))) {
  const db = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await applyMigrations(db);
    console.log(`${formatReport(corpus.name, await scoreCorpus(db.primary, corpus))}\n`);
  } finally {
    await db.close();
  }
}
