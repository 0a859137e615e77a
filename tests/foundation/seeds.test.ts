import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFromFolder } from '../../src/ingest/seed.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

async function counts(test: TestDatabase) {
  const p = test.db.prisma;
  return {
    documents: await p.document.count(),
    articles: await p.article.count(),
    persons: await p.person.count(),
    meetings: await p.meeting.count(),
    statements: await p.statement.count(),
  };
}

describe('seeds', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it('load every seed file once', async () => {
    const files = readdirSync('seeds').filter((f) => f.endsWith('.txt'));
    const summary = await seedFromFolder(test.db.prisma, 'seeds');
    expect(summary.files).toBe(files.length);
    expect(summary.documentsCreated).toBe(files.length);
    expect(summary.articlesCreated).toBeGreaterThanOrEqual(files.length);
    const sources = await test.db.prisma.document.findMany({ select: { source: true }, orderBy: { source: 'asc' } });
    expect(sources.map((d) => d.source)).toEqual([...files].sort());
  });

  it('and only once: a second run changes nothing', async () => {
    const before = await counts(test);
    const summary = await seedFromFolder(test.db.prisma, 'seeds');
    expect(summary.documentsCreated).toBe(0);
    expect(summary.articlesCreated).toBe(0);
    expect(await counts(test)).toEqual(before);
  });
});
