// Planned execution (src/read/execute.ts): a query whose every root field is planned is answered
// from the planners' JSON without the executor's walk, and must answer exactly as the ordinary
// path does, errors, limits and the response cache included.
import { readFileSync } from 'node:fs';
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { schema } from '../../src/schema/index.ts';
import { execute } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/test-database.ts';
import { gid, setupApi, type ApiTestContext } from '../helpers/api-setup.ts';

const query = (name: string) => readFileSync(new URL(`../../bench/queries/${name}.graphql`, import.meta.url), 'utf8');
const Q1 = query('q1-nested');
const Q3 = query('q3-person');

let t: ApiTestContext;
let planned: App;
let cached: App;
let ordinary: App;
let cachedOrdinary: App;
beforeAll(async () => {
  t = await setupApi();
  planned = await startApp(testConfig({ RESPONSE_CACHE: 'false' }), { database: t.app.services.db });
  cached = await startApp(testConfig({ RESPONSE_CACHE: 'true' }), { database: t.app.services.db });
  ordinary = await startApp(testConfig({ READ_PLANNER: 'false', RESPONSE_CACHE: 'false' }), { database: t.app.services.db });
  cachedOrdinary = await startApp(testConfig({ READ_PLANNER: 'false', RESPONSE_CACHE: 'true' }), { database: t.app.services.db });
});
afterAll(() => t.app.drop());

/** Counts calls of Meeting.name's resolver (the schema object is shared by every app here). */
async function meetingNameResolves<T>(fn: () => Promise<T>): Promise<{ result: T; calls: number }> {
  const meeting = schema.getType('Meeting');
  if (!isObjectType(meeting)) throw new Error('no Meeting type');
  const field = meeting.getFields().name!;
  const original = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
  let calls = 0;
  field.resolve = (...args) => {
    calls++;
    return original(...args);
  };
  try {
    return { result: await fn(), calls };
  } finally {
    field.resolve = original as typeof field.resolve;
  }
}

async function same(document: string, variables: Record<string, unknown> = {}, app = planned, referenceApp = ordinary) {
  const answer = await execute(app.yoga, document, variables);
  const reference = await execute(referenceApp.yoga, document, variables);
  expect(answer).toEqual(reference);
  // Key order too: the response is compared byte for byte by the benchmark.
  expect(JSON.stringify(answer)).toBe(JSON.stringify(reference));
  return answer;
}

describe('planned execution', () => {
  it('Q1 is answered without the executor walking the planned objects, with the same answer', async () => {
    const { result, calls } = await meetingNameResolves(() => execute(planned.yoga, Q1, { first: 20 }));
    expect(result.errors).toBeUndefined();
    expect(result.data!.meetings.edges.length).toBeGreaterThan(0);
    expect(calls).toBe(0);
    // The same counter sees the ordinary path, so a zero above means something.
    const { calls: ordinaryCalls } = await meetingNameResolves(() => execute(ordinary.yoga, Q1, { first: 20 }));
    expect(ordinaryCalls).toBeGreaterThan(0);
    await same(Q1, { first: 20 });
  });

  it('Q3 and __typename at every level agree', async () => {
    for (const id of Object.values(t.graph.persons)) await same(Q3, { id: gid('Person', id) });
    await same(
      `query ($id: ID!) { __typename node(id: $id) { __typename id ... on Person { name roles { __typename title }
        statements(first: 2) { __typename pageInfo { __typename hasNextPage } edges { __typename cursor node { __typename id } } } } } }`,
      { id: gid('Person', t.graph.persons.son) },
    );
  });

  it('with the response cache on: the same answer on a miss and on a hit', async () => {
    const first = await same(Q1, { first: 5 }, cached, cachedOrdinary);
    expect(first.extensions?.responseCache).toMatchObject({ hit: false, didCache: true });
    const second = await same(Q1, { first: 5 }, cached, cachedOrdinary);
    expect(second.extensions?.responseCache).toMatchObject({ hit: true });
    expect(second.data).toEqual(first.data);
    await same(Q3, { id: gid('Person', t.graph.persons.son) }, cached, cachedOrdinary);
  });

  it('limits, bad variables, bad ids and mixed operations answer as the ordinary path does', async () => {
    const over = await same(Q1.replace('statements(first: 5', 'statements(first: 30'), { first: 100 });
    expect(over.errors?.[0]?.extensions?.code).toBe('COMPLEXITY_LIMIT_EXCEEDED');
    const badVariable = await same(Q1, { first: 'many' });
    expect(badVariable.errors).toBeDefined();
    await same(Q3, { id: 'not-an-id' });
    await same(Q3, { id: gid('Meeting', 1) });
    await same(`{ meetings(first: 2) { edges { node { name } } } organisations(first: 2) { edges { node { name } } } }`);
  });
});
