// The quality floors: the five seeds ingested into a fresh database, read back and scored against
// the gold annotation with the README's rule. The full table is printed on every run.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFromFolder } from '../../src/ingest/seed.ts';
import { formatScore, scoreAgainstGold, type GoldFile, type Score } from '../helpers/gold-scorer.ts';
import { readExtracted } from '../helpers/read-extracted.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const gold = JSON.parse(readFileSync('tests/fixtures/gold/seeds.gold.json', 'utf8')) as GoldFile;

describe('extraction quality on the seeds', () => {
  let test: TestDatabase;
  let score: Score;
  beforeAll(async () => {
    test = await createTestDatabase();
    await seedFromFolder(test.db.prisma, 'seeds');
    score = scoreAgainstGold(gold, await readExtracted(test.db.prisma));
    console.log(`\n${formatScore(score)}\nmisses: ${JSON.stringify(score.misses)}\nspurious: ${JSON.stringify(score.spurious)}`);
  });
  afterAll(() => test.drop());

  const floors: Record<string, number> = { persons: 0.95, organisations: 0.85, meetings: 0.85, statements: 0.8 };
  for (const [kind, floor] of Object.entries(floors)) {
    it(`${kind}: precision and recall ≥ ${floor}`, () => {
      const row = score.rows.find((r) => r.kind === kind)!;
      expect(row.precision).toBeGreaterThanOrEqual(floor);
      expect(row.recall).toBeGreaterThanOrEqual(floor);
    });
  }

  it('meeting start-date accuracy ≥ 0.90', () => {
    expect(score.dateCounted).toBeGreaterThan(0);
    expect(score.dateAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
