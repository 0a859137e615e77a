// PGlite in a worker thread (what the server runs): the same answers and the same typed errors as
// in-process PGlite, and a caller that goes away mid-transaction (a crashed ingest thread) does not
// leave the engine locked for everyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createForwarder, forwardingAdapterFactory } from '../../src/db/pglite-forwarder.ts';
import { ingestDocument } from '../../src/ingest/ingest-document.ts';
import { newsText } from './pglite-processes.ts';

describe('PGlite in a worker thread', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ kind: 'pglite', dataDir: null }, { pgliteThread: 'worker' });
    await applyMigrations(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('runs in another thread: no engine in this one, and ingest and reads work through it', async () => {
    expect(db.pglite).toBeUndefined();
    expect(db.connectEnginePort).toBeTypeOf('function');
    const result = await ingestDocument(db.prisma, { text: newsText(1), source: 'thread.txt' });
    expect(result.created).toBe(true);
    expect(await db.prisma.article.count()).toBe(result.articles.length);
    const rows = await db.withSession((s) => s.query<{ n: number }>('SELECT count(*)::int AS n FROM "Document"'));
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('a unique violation reaches Prisma as P2002, as with in-process PGlite', async () => {
    const existing = await db.prisma.document.findFirstOrThrow();
    const duplicate = db.prisma.document.create({ data: { source: 'dup', kind: existing.kind, contentHash: existing.contentHash, lineCount: 1 } });
    await expect(duplicate).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(duplicate).rejects.toMatchObject({ code: 'P2002' });
  });

  it('a transaction whose caller goes away is rolled back, and the engine serves the others', async () => {
    const port = db.connectEnginePort!();
    const adapter = await forwardingAdapterFactory(createForwarder(port)).connect();
    const tx = await adapter.startTransaction();
    await tx.executeRaw({ sql: `INSERT INTO "Document" ("source", "kind", "contentHash", "lineCount") VALUES ('orphan', 'FULL_PAGE', 'orphan-hash', 1)`, args: [], argTypes: [] });
    // The caller's thread dies with the transaction open: its port closes.
    port.close();
    // Without the rollback this read would wait forever behind PGlite's transaction lock.
    const count = await Promise.race([
      db.prisma.document.count({ where: { contentHash: 'orphan-hash' } }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('engine still locked')), 10_000)),
    ]);
    expect(count).toBe(0);
  });
});
