// Proves the nested read costs a fixed number of SQL statements, whatever the page size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { execute } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/test-database.ts';
import { setupApi, type ApiTestContext } from '../helpers/api-setup.ts';

let t: ApiTestContext;
// The read planner (src/read/) answers NESTED in one statement; the plugin-prisma path it falls
// back to must stay batched too, so both are held to a fixed count.
let ordinary: App;
beforeAll(async () => {
  t = await setupApi();
  ordinary = await startApp(testConfig({ READ_PLANNER: 'false' }), { database: t.app.services.db });
});
afterAll(() => t.app.drop());

const NESTED = `query Nested($first: Int!) {
  meetings(first: $first, filter: { series: "GEN" }) {
    edges { node { key
      participants(first: 5) { edges { role node { name
        statements(first: 3) { edges { node { content
          meeting { key startDate country { code } }
        } } }
      } } }
    } }
  }
}`;

async function countStatements(first: number, app: { yoga: ApiTestContext['app']['yoga'] } = t.app) {
  t.sql.length = 0;
  // Distinct variables each time, so the response cache cannot answer.
  const result = await execute(app.yoga, NESTED, { first });
  expect(result.errors).toBeUndefined();
  const statements = [...t.sql];
  return { statements, meetings: result.data!.meetings.edges.length, data: result.data! };
}

describe('batching', () => {
  it('meetings → participants → statements → meeting: same SQL count at first: 5 and first: 50', async () => {
    const small = await countStatements(5);
    const large = await countStatements(50);
    expect(small.meetings).toBe(5);
    expect(large.meetings).toBe(50);
    // Every level was actually loaded.
    const someStatement = large.data.meetings.edges[0].node.participants.edges[0].node.statements.edges[0].node;
    expect(someStatement.meeting.key).toMatch(/^GEN-/);
    console.log(
      `nested query SQL statements: first=5 → ${small.statements.length}, first=50 → ${large.statements.length}\n` +
        small.statements.map((s, i) => `  ${i + 1}. ${s.slice(0, 140)}`).join('\n'),
    );
    expect(large.statements.length).toBe(small.statements.length);
    expect(small.statements.length).toBe(1);
  });

  it('the same on the plugin-prisma path (planner off): a fixed count of at most 6', async () => {
    const small = await countStatements(5, ordinary);
    const large = await countStatements(50, ordinary);
    expect(large.meetings).toBe(50);
    expect(large.data).toEqual((await execute(t.app.yoga, NESTED, { first: 50 })).data);
    expect(large.statements.length).toBe(small.statements.length);
    expect(small.statements.length).toBeGreaterThan(1);
    expect(small.statements.length).toBeLessThanOrEqual(6);
  });

  it('search and its hits\' nodes: the ranking and one statement compiled, one query per type on the ordinary path (DataLoaders)', async () => {
    const document = `{ search(query: "cuoc hop thu nghiem", types: [MEETING], first: 30) { node { ... on Meeting { key } } } }`;
    t.sql.length = 0;
    const compiled = await execute(t.app.yoga, document);
    expect(compiled.errors).toBeUndefined();
    expect(compiled.data!.search).toHaveLength(30);
    // The ranking, unprepared (src/read/search.ts), then every hit's details in one statement.
    expect(t.sql).toHaveLength(2);
    t.sql.length = 0;
    const result = await execute(ordinary.yoga, document);
    expect(result).toEqual(compiled);
    const meetingLoads = t.sql.filter((s) => /FROM "public"\."Meeting"/.test(s) && /IN \(/.test(s));
    expect(meetingLoads).toHaveLength(1);
  });
});
