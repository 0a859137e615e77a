// The read compiler against the ordinary plugin-prisma path, on the seeds:
// every root field and every relation, with filters, orderings and paging in both directions, give
// the same answer, and the compiler sends one SQL statement per query, however many root fields it
// has (statement-batch.ts), and one more per search (its ranking, src/read/search.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { execute } from '../helpers/graphql.ts';
import { createTestApp, testConfig, type TestApp } from '../helpers/test-database.ts';
import { SHAPES } from './shapes.ts';

const sql: string[] = [];
let app: TestApp;
let compiled: App;
let ordinary: App;
let ids: Record<string, string>;

beforeAll(async () => {
  app = await createTestApp({ seed: true, onQuery: (statement) => sql.push(statement) });
  compiled = await startApp(testConfig({ RESPONSE_CACHE: 'false' }), { database: app.services.db });
  ordinary = await startApp(testConfig({ READ_PLANNER: 'false', RESPONSE_CACHE: 'false' }), { database: app.services.db });
  ids = await storedIds();
});
afterAll(() => app.drop());

async function both(document: string, variables: Record<string, unknown>) {
  sql.length = 0;
  const answer = await execute(compiled.yoga, document, variables);
  const statements = sql.length;
  const reference = await execute(ordinary.yoga, document, variables);
  expect(answer.errors).toBeUndefined();
  expect(answer).toEqual(reference);
  return { data: answer.data!, statements };
}

/** The nodes the shapes name ($son, $meeting, $organisation, $article), found in the seeds. */
async function storedIds(): Promise<Record<string, string>> {
  const first = async (query: string) => {
    const { data } = await execute(ordinary.yoga, query, {});
    return Object.values(data!)[0].edges[0].node.id as string;
  };
  return {
    son: await first('{ persons(first: 1, filter: { search: "Bùi Thanh Sơn" }) { edges { node { id } } } }'),
    meeting: await first('{ meetings(first: 1, filter: { search: "AMM-54" }) { edges { node { id } } } }'),
    organisation: await first('{ organisations(first: 1, filter: { search: "ASEAN" }) { edges { node { id } } } }'),
    article: await first('{ articles(first: 1, filter: { search: "AMM-54" }) { edges { node { id } } } }'),
  };
}

describe('every query shape: compiled and ordinary answers agree, in one SQL statement per query', () => {
  for (const shape of SHAPES) {
    it(shape.name, async () => {
      const { data, statements } = await both(shape.query, { ...ids, ...shape.variables });
      expect(statements).toBe(shape.statements ?? 1);
      expect(JSON.stringify(data).length).toBeGreaterThan(shape.minLength ?? 40);
    });
  }

  for (const order of ['CREATED_AT_DESC', 'SAID_ON_DESC', 'SAID_ON_ASC']) {
    it(`paging walks forward and back over the same rows, cursor by cursor (${order}, NULLs included)`, async () => {
      const page = `query ($first: Int, $after: String, $last: Int, $before: String, $order: StatementOrderBy) {
        statements(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id saidOn } } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 15; i++) {
        const { data } = await both(page, { first: 7, after, order });
        seen.push(...data.statements.edges.map((e: any) => e.node.id));
        after = data.statements.pageInfo.endCursor;
        if (!data.statements.pageInfo.hasNextPage) break;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThan(60);
      // Back from the last row: the rows before it, in the same order.
      const { data: back } = await both(page, { last: 9, before: after, order });
      expect(back.statements.edges.map((e: any) => e.node.id)).toEqual(seen.slice(-10, -1));
      // Back across the NULLs and the dated rows: every row before the 70th.
      const { data: across } = await both(page, { last: 60, before: back.statements.edges[0].cursor, order });
      expect(across.statements.edges.map((e: any) => e.node.id)).toEqual(seen.slice(0, -10).slice(-60));
    });
  }
});
