// ingestDocuments (many documents per transaction) stores exactly what ingestDocument stores when
// called on each document in order: same entities, same merges, same provenance, same answers.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import type { IngestResult } from '../../src/ingest/ingest-result.ts';
import { ingestDocuments } from '../../src/ingest/ingest-documents.ts';
import { useTestDatabases } from '../helpers/test-database.ts';

function corpus(): { text: string; source: string }[] {
  const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => ({ text: readFileSync(path.join('seeds', f), 'utf8'), source: f }));
  const root = 'tests/fixtures/ingest';
  const golden = readdirSync(root).sort().flatMap((stage) =>
    readdirSync(path.join(root, stage)).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ text: readFileSync(path.join(root, stage, f), 'utf8'), source: `${stage}/${f}` })),
  );
  // A repeated document, within one batch and across batches.
  return [...seeds, seeds[0]!, ...golden, { ...seeds[1]!, source: 'again.txt' }];
}

async function graph(prisma: PrismaClient) {
  const persons = await prisma.person.findMany({ orderBy: { id: 'asc' }, include: { aliases: { orderBy: { folded: 'asc' } }, roles: { orderBy: { id: 'asc' } } } });
  const organisations = await prisma.organisation.findMany({ orderBy: { id: 'asc' }, include: { aliases: { orderBy: { folded: 'asc' } } } });
  const meetings = await prisma.meeting.findMany({ orderBy: { id: 'asc' }, include: { aliases: { orderBy: { folded: 'asc' } }, participants: { orderBy: { personId: 'asc' } } } });
  const statements = await prisma.statement.findMany({ orderBy: { id: 'asc' } });
  const mentions = await prisma.mention.findMany({ orderBy: { id: 'asc' } });
  const articles = await prisma.article.findMany({ orderBy: { id: 'asc' } });
  const documents = await prisma.document.findMany({ orderBy: { id: 'asc' } });
  const strip = <T extends object>(rows: T[]) => JSON.parse(JSON.stringify(rows, (k, v) => (k === 'createdAt' || k === 'ingestedAt' ? undefined : v)));
  return strip([persons, organisations, meetings, statements, mentions, articles, documents]);
}

const summary = (r: IngestResult) => ({ created: r.created, documentId: r.documentId, articles: r.articles, persons: r.persons, meetings: r.meetings, statements: r.statements.created });

describe('ingestDocuments', { timeout: 240_000 }, () => {
  const databases = useTestDatabases('one', 'batched');

  it('stores the same graph and returns the same results as one document at a time', async () => {
    const inputs = corpus();
    const sequential: IngestResult[] = [];
    for (const input of inputs) sequential.push(await ingestDocument(databases.one.db.prisma, input));
    const outcomes = await ingestDocuments(databases.batched.db.prisma, inputs, { batchSize: 4 });
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const results = outcomes.map((o) => (o as { ok: true; result: IngestResult }).result);
    expect(results.map(summary)).toEqual(sequential.map(summary));
    expect(results.filter((r) => !r.created).length).toBe(2);
    expect(await graph(databases.batched.db.prisma)).toEqual(await graph(databases.one.db.prisma));
  });

  it('a bad document fails alone; the rest of its batch is stored', async () => {
    const before = await databases.batched.db.prisma.document.count();
    const outcomes = await ingestDocuments(
      databases.batched.db.prisma,
      [
        { text: 'Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản (lô 1).', source: 'ok-1.txt' },
        { text: 'Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Hàn Quốc (lô 2).', source: 'x'.repeat(10), publishedAt: new Date(Number.NaN) },
        { text: 'Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Ấn Độ (lô 3).', source: 'ok-3.txt' },
      ],
      { batchSize: 3 },
    );
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(await databases.batched.db.prisma.document.count()).toBe(before + 2);
  });
});
