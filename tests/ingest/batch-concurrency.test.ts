// Two bulk loads at once (the benchmark's workers) converge as one load does: the batches' locks on
// natural keys make them queue on shared persons and meetings, a document both load is stored once,
// and a batch that loses a race is redone one document at a time.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateArticle } from '../helpers/corpus/generate.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import type { IngestInput } from '../../src/ingest/ingest-result.ts';
import { ingestDocuments } from '../../src/ingest/ingest-documents.ts';
import { useTestDatabases } from '../helpers/test-database.ts';

const corpus: IngestInput[] = Array.from({ length: 90 }, (_, i) => {
  const a = generateArticle(DEFAULT_SEED, i);
  return { text: a.text, source: a.source, publishedAt: a.publishedAt };
});

async function shape(prisma: PrismaClient) {
  const persons = await prisma.person.findMany({ select: { folded: true }, orderBy: { folded: 'asc' } });
  const meetings = await prisma.meeting.findMany({ select: { key: true, _count: { select: { participants: true } } }, orderBy: { key: 'asc' } });
  return {
    persons: persons.map((p) => p.folded),
    meetings: meetings.map((m) => [m.key, m._count.participants]),
    documents: await prisma.document.count(),
    articles: await prisma.article.count(),
    statements: await prisma.statement.count(),
    mentions: await prisma.mention.count(),
  };
}

describe('concurrent batch ingest', { timeout: 300_000 }, () => {
  const databases = useTestDatabases('one', 'racing');

  it('two loads striding through one corpus, overlapping on its first documents, store what one load stores', async () => {
    for (const input of corpus) await ingestDocument(databases.one.db.prisma, input);
    const overlap = corpus.slice(0, 12);
    const loads = await Promise.all(
      [0, 1].map((w) => ingestDocuments(databases.racing.db.prisma, [...overlap, ...corpus.filter((_, i) => i >= 12 && i % 2 === w)], { batchSize: 8 })),
    );
    expect(loads.flat().filter((o) => !o.ok)).toEqual([]);
    const created = loads.flat().filter((o) => o.ok && o.result.created).length;
    expect(created).toBe(corpus.length);
    const [a, b] = [await shape(databases.one.db.prisma), await shape(databases.racing.db.prisma)];
    expect(a.persons.length).toBeGreaterThan(50);
    expect(new Set(b.persons).size).toBe(b.persons.length);
    expect(b).toEqual(a);
  });
});
