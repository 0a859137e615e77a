// The maintained row counts (migration row_counts) against count(*), through every kind of write:
// inserts one at a time and in batches, deletes by merge and by cascade, a rolled-back transaction
// and TRUNCATE. An unfiltered root totalCount reads them, so a wrong delta is a wrong answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../helpers/graphql.ts';
import { AUTH, gid, setupApi, type ApiTestContext } from '../helpers/api-setup.ts';
import { COUNTED_TABLES } from '../../src/read/connection.ts';


let t: ApiTestContext;
beforeAll(async () => {
  t = await setupApi();
});
afterAll(() => t.app.drop());

const prisma = () => t.app.services.db.prisma;

/** Each table's maintained count and its count(*). */
async function counts() {
  const out: Record<string, { maintained: number; counted: number }> = {};
  for (const table of COUNTED_TABLES) {
    const [row] = await prisma().$queryRawUnsafe<{ maintained: number; counted: number }[]>(
      `SELECT (SELECT COALESCE(sum(delta), 0)::int FROM "RowCount" WHERE "tableName" = $1) AS maintained, (SELECT count(*)::int FROM "${table}") AS counted`,
      table,
    );
    out[table] = row!;
  }
  return out;
}

async function expectCountsKept() {
  for (const [table, c] of Object.entries(await counts())) expect(c.maintained, table).toBe(c.counted);
}

const TOTALS = `{ articles { totalCount } meetings { totalCount } persons { totalCount } organisations { totalCount } statements { totalCount } }`;

describe('maintained row counts', () => {
  it('start equal to count(*) and answer the unfiltered totalCounts', async () => {
    await expectCountsKept();
    const result = await execute(t.app.yoga, TOTALS);
    expect(result.errors).toBeUndefined();
    const c = await counts();
    expect(result.data).toEqual({
      articles: { totalCount: c.Article!.counted },
      meetings: { totalCount: c.Meeting!.counted },
      persons: { totalCount: c.Person!.counted },
      organisations: { totalCount: c.Organisation!.counted },
      statements: { totalCount: c.Statement!.counted },
    });
    expect(c.Person!.counted).toBeGreaterThan(0);
  });

  it('stay right through single inserts, and are folded into a few rows', async () => {
    for (let i = 0; i < 30; i++) await prisma().person.create({ data: { name: `Row Count ${i}`, folded: `row count ${i}` } });
    await prisma().person.createMany({ data: Array.from({ length: 12 }, (_, i) => ({ name: `Batch ${i}`, folded: `batch ${i}` })) });
    await expectCountsKept();
    const [rows] = await prisma().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "RowCount" WHERE "tableName" = 'Person'`);
    expect(rows!.n).toBeLessThanOrEqual(8);
  });

  it('stay right under concurrent writers, which never wait for each other to fold', async () => {
    const writer = (w: number) =>
      prisma().$transaction(async (tx) => {
        for (let i = 0; i < 10; i++) await tx.person.create({ data: { name: `Writer ${w} ${i}`, folded: `writer ${w} ${i}` } });
      });
    await Promise.all(Array.from({ length: 6 }, (_, w) => writer(w)));
    await expectCountsKept();
  });

  it('stay right when a merge deletes persons', async () => {
    const dup = await prisma().person.create({ data: { name: 'Motegi T.', folded: 'motegi t.' } });
    const result = await execute(
      t.app.yoga,
      `mutation($input: MergePersonsInput!) { mergePersons(input: $input) { __typename } }`,
      { input: { targetId: gid('Person', t.graph.persons.motegi), sourceIds: [gid('Person', dup.id)] } },
      AUTH,
    );
    expect(result.data).toEqual({ mergePersons: { __typename: 'MergePersonsPayload' } });
    await expectCountsKept();
  });

  it('stay right when deleting a document cascades to its articles and statements', async () => {
    const before = await counts();
    const article = await prisma().article.findUniqueOrThrow({ where: { id: t.graph.articles.russia } });
    await prisma().document.delete({ where: { id: article.documentId } });
    const after = await counts();
    expect(after.Article!.counted).toBeLessThan(before.Article!.counted);
    await expectCountsKept();
  });

  it('are not changed by a rolled-back transaction', async () => {
    const before = await counts();
    await expect(
      prisma().$transaction(async (tx) => {
        await tx.person.create({ data: { name: 'Rolled Back', folded: 'rolled back' } });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await counts()).toEqual(before);
  });

  it('are 0 after TRUNCATE', async () => {
    await prisma().$executeRawUnsafe('TRUNCATE "Statement" CASCADE');
    await expectCountsKept();
    expect((await counts()).Statement!.maintained).toBe(0);
  });
});
