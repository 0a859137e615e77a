// The read planner (src/read/) against the ordinary plugin-prisma path on the same database: the
// same answers (rows, order, ids, cursors, pageInfo, totalCount), in one SQL statement, whatever
// the page size.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { plannedStatementName } from '../../src/db/prepared-statements.ts';
import { execute } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/test-database.ts';
import { gid, setupApi, type ApiTestContext } from '../helpers/api-setup.ts';

const query = (name: string) => readFileSync(new URL(`../../bench/queries/${name}.graphql`, import.meta.url), 'utf8');
const Q1 = query('q1-nested');
const Q3 = query('q3-person');
const Q4 = query('q4-statements');

let t: ApiTestContext;
let planned: App;
let ordinary: App;
beforeAll(async () => {
  t = await setupApi();
  // Both without the response cache, so every request reaches the database and is counted.
  planned = await startApp(testConfig({ RESPONSE_CACHE: 'false' }), { database: t.app.services.db });
  // The reference: the same schema with the planner off, on the same database.
  ordinary = await startApp(testConfig({ READ_PLANNER: 'false', RESPONSE_CACHE: 'false' }), { database: t.app.services.db });
});
afterAll(() => t.app.drop());

/** Runs on both paths; returns the planned answer and how many SQL statements each path sent. */
async function both(document: string, variables: Record<string, unknown> = {}) {
  t.sql.length = 0;
  const answer = await execute(planned.yoga, document, variables);
  const plannedSql = t.sql.length;
  t.sql.length = 0;
  const reference = await execute(ordinary.yoga, document, variables);
  const referenceSql = t.sql.length;
  expect(answer.errors).toBeUndefined();
  expect(answer).toEqual(reference);
  return { data: answer.data!, plannedSql, referenceSql };
}

describe('read planner', () => {
  it('Q1: one SQL statement at first 5, 20 and 50, the same answer as the ordinary path', async () => {
    const counts: number[] = [];
    for (const first of [5, 20, 50]) {
      const { data, plannedSql, referenceSql } = await both(Q1, { first });
      expect(data.meetings.edges).toHaveLength(first);
      counts.push(plannedSql);
      expect(referenceSql).toBeGreaterThan(1);
    }
    expect(counts).toEqual([1, 1, 1]);
  });

  it('Q1 reaches statements through participants', async () => {
    const { data } = await both(Q1.replace('START_DATE_DESC', 'START_DATE_ASC'), { first: 20 });
    const statements = data.meetings.edges.flatMap((m: any) =>
      m.node.participants.edges.flatMap((p: any) => p.node.statements.edges.map((s: any) => s.node.content)),
    );
    expect(statements.length).toBeGreaterThan(0);
  });

  it('Q3: every fixture person page, roles, meetings and statements included', async () => {
    let roles = 0;
    let meetings = 0;
    for (const id of Object.values(t.graph.persons)) {
      const { data, plannedSql } = await both(Q3, { id: gid('Person', id) });
      expect(plannedSql).toBe(1);
      roles += data.node.roles.length;
      meetings += data.node.meetings.edges.length;
    }
    expect(roles).toBeGreaterThan(0);
    expect(meetings).toBeGreaterThan(0);
  });

  it('the SQL text depends on the selection only, so one prepared statement serves every person', async () => {
    const texts = new Set<string>();
    for (const id of Object.values(t.graph.persons)) {
      t.sql.length = 0;
      await execute(planned.yoga, Q3, { id: gid('Person', id) });
      expect(t.sql).toHaveLength(1);
      texts.add(t.sql[0]!);
    }
    expect(texts.size).toBe(1);
    const [text] = texts;
    expect(plannedStatementName({ sql: text! })).toMatch(/^rp_[0-9a-f]{32}$/);
    expect(plannedStatementName({ sql: text! })).toBe(plannedStatementName({ sql: text! }));
    // Prisma's own statements stay unnamed.
    expect(plannedStatementName({ sql: 'SELECT 1' })).toBe('');
  });

  it('Q3 for a Person ID that names nobody: null, as on the ordinary path', async () => {
    const { data, plannedSql } = await both(Q3, { id: gid('Person', 987654) });
    expect(data.node).toBeNull();
    expect(plannedSql).toBe(1);
  });

  it('Q4: a speaker in a date range, with totalCount', async () => {
    const { data, plannedSql } = await both(Q4, { speaker: gid('Person', t.graph.persons.son), from: '2021', to: '2021-12' });
    expect(plannedSql).toBe(1);
    expect(data.statements.totalCount).toBeGreaterThan(0);
  });

  it('cursors, pageInfo, totalCount, aliases, fragments and every statement ordering agree', async () => {
    const document = `query P($first: Int!, $order: StatementOrderBy, $meetings: MeetingOrderBy) {
      meetings(first: $first, orderBy: $meetings) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { ...M other: name __typename } }
      }
      statements(first: $first, orderBy: $order) {
        totalCount
        pageInfo { hasNextPage endCursor startCursor }
        edges { cursor node { id act speakerKind isDirectQuote saidOn meeting { key country { code } } } }
      }
    }
    fragment M on Meeting {
      key level format city endDate startDate
      participants(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor role node { id } } }
      statements(first: 2, orderBy: $order) { totalCount edges { node { id } } }
    }`;
    for (const order of ['SAID_ON_ASC', 'SAID_ON_DESC', 'CREATED_AT_ASC', 'CREATED_AT_DESC']) {
      for (const meetings of ['START_DATE_ASC', 'NAME_ASC', 'KEY_ASC', 'CREATED_AT_ASC']) {
        const { plannedSql } = await both(document, { first: 7, order, meetings });
        // The planned root fields share one statement.
        expect(plannedSql).toBe(1);
      }
    }
    // A page that is the whole list: hasNextPage false, cursors of the last row.
    const { data } = await both(document, { first: 100, order: 'SAID_ON_DESC', meetings: 'KEY_ASC' });
    expect(data.statements.pageInfo.hasNextPage).toBe(false);
  });

  it('parameters (dates, ids, codes) with only some pageInfo fields selected', async () => {
    // Every fragment the planner builds must appear in the statement, or its parameters have no type.
    const document = `query ($speaker: ID!) {
      a: statements(first: 2, orderBy: SAID_ON_DESC, filter: { saidFrom: "2021" }) { pageInfo { hasNextPage endCursor } edges { node { id saidOn } } }
      b: statements(first: 2, filter: { speaker: $speaker, saidTo: "2022-06", speakerCountry: "vn" }) { pageInfo { startCursor } totalCount }
      c: meetings(first: 2, filter: { countryCode: "id" }) { pageInfo { hasNextPage } edges { node { key } } }
    }`;
    // Three roots in one statement: their parameters are renumbered into one list.
    const { data, plannedSql } = await both(document, { speaker: gid('Person', t.graph.persons.son) });
    expect(plannedSql).toBe(1);
    expect(data.a.edges.length).toBeGreaterThan(0);
  });

  it('a nested filter, aliases and a node fragment are compiled too, with the same answer', async () => {
    const { plannedSql } = await both(
      `query ($id: ID!) { node(id: $id) { ... on Person { name aliases statements(first: 3, filter: { act: PROPOSE }) { edges { node { content } } } } } }`,
      { id: gid('Person', t.graph.persons.son) },
    );
    expect(plannedSql).toBe(1);
  });
});
