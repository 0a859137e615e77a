// Masked errors, configuration switches, GraphiQL's examples and the committed schema file.
import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATIONS } from '../../src/http/graphiql-examples.ts';
import { sortedSchema } from '../../src/schema/index.ts';
import { createDiplographYoga } from '../../src/yoga.ts';
import { execute } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/test-database.ts';
import { AUTH, gid, setupApi, type ApiTestContext } from '../helpers/api-setup.ts';

let t: ApiTestContext;
beforeAll(async () => {
  t = await setupApi();
});
afterAll(() => t.app.drop());

describe('errors', () => {
  it('masks unexpected failures: no message, stack, SQL or path reaches the client', async () => {
    const { db } = t.app.services;
    const failedRead = () => Promise.reject(new Error('syntax error at or near "secret" in SELECT json_build_object FROM "Meeting"'));
    const failing = new Proxy(db.prisma, {
      get(target, property, receiver) {
        // The read planner (src/read/) answers this query with one raw statement; fail it too.
        if (property === '$queryRawUnsafe') return failedRead;
        if (property === 'meeting') {
          return {
            findMany: () => {
              throw new Error('invalid input syntax near SELECT "secret" FROM "Meeting" at /work/main/src/schema/meeting.ts:42');
            },
            count: () => Promise.resolve(0),
          };
        }
        return Reflect.get(target, property, receiver);
      },
    });
    // On PostgreSQL the planner reads past Prisma (Database.readQuery).
    const yoga = createDiplographYoga({ db: { ...db, prisma: failing, readQuery: failedRead }, config: testConfig() });
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ meetings(first: 1) { edges { node { key } } } }' }),
    });
    const text = await response.text();
    expect(JSON.parse(text).errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(text).not.toMatch(/SELECT|secret|\/work|\.ts|stack|at /);
  });

  it('expected errors carry a code', async () => {
    const bad = await execute(t.app.yoga, '{ meetings(first: 1, filter: { participant: "nope" }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const syntax = await execute(t.app.yoga, '{ meetings(');
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await execute(t.app.yoga, '{ nope }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const cursor = await execute(t.app.yoga, '{ meetings(first: 1, after: "garbage") { totalCount } }');
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('configuration', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';
  const graphiql = (yoga: ReturnType<typeof createDiplographYoga>) =>
    yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });

  it('introspection and GraphiQL are on by default, GraphiQL opening with the example operations', async () => {
    expect((await execute(t.app.yoga, INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await graphiql(t.app.yoga);
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const name of Object.keys(EXAMPLE_OPERATIONS)) expect(html).toContain(name);
  });

  it('INTROSPECTION=false and GRAPHIQL=false turn them off', async () => {
    const yoga = createDiplographYoga({ db: t.app.services.db, config: testConfig({ INTROSPECTION: 'false', GRAPHIQL: 'false' }) });
    const refused = await execute(yoga, INTROSPECT);
    expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await execute(yoga, '{ persons(first: 1) { totalCount } }')).errors).toBeUndefined();
    expect((await graphiql(yoga)).headers.get('content-type') ?? '').not.toMatch(/html/);
  });
});

describe('GraphiQL examples', () => {
  it.each(Object.entries(EXAMPLE_OPERATIONS))('%s runs against the graph', async (name, document) => {
    const variables = name === 'FixAMeeting' ? { id: gid('Meeting', t.graph.meetings.aseanRussia) } : undefined;
    const result = await execute(t.app.yoga, document, variables, AUTH);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toMatch(/"edges":\[\]|^\{"\w+":\[\]\}$/);
  });

  it('answers the questions', async () => {
    const online = await execute(t.app.yoga, EXAMPLE_OPERATIONS.OnlineMeetings2021);
    expect(online.data!.meetings.totalCount).toBe(6);
    const chairs = await execute(t.app.yoga, EXAMPLE_OPERATIONS.CoChairs);
    expect(chairs.data!.meetings.edges[0].node.participants.edges.map((e: any) => e.node.name)).toEqual(['Retno Marsudi', 'Sergey Lavrov']);
    const said = await execute(t.app.yoga, EXAMPLE_OPERATIONS.StatementsDuringAMM54);
    const statements = said.data!.meetings.edges[0].node.children.flatMap((c: any) => c.statements.edges.map((e: any) => e.node));
    expect(statements.map((s: any) => s.speaker.name)).toEqual(['Bùi Thanh Sơn', 'Bùi Thanh Sơn']);
  });
});

describe('HTTP', () => {
  it('cached answers carry a plain ASCII ETag (a real HTTP server rejects anything else)', async () => {
    const request = () =>
      t.app.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ meetings(first: 1, filter: { search: "Hội nghị" }) { totalCount } }' }),
      });
    await request();
    const etag = (await request()).headers.get('etag');
    expect(etag).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('schema.graphql', () => {
  it('is the sorted print of the Pothos schema (run `npm run generate` when this fails)', () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed.replace(/^#.*\n\n/, '')).toBe(`${printSchema(sortedSchema)}\n`);
  });
});
