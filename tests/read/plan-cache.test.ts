// Compiled plans are kept per query text and variables (src/read/plan-cache.ts): a request must get
// the plan of its own variables, never another's, and search (parameters filled per request) must
// still rank the words it was asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { startApp, type App } from '../../src/app.ts';
import { compiledRoot } from '../../src/read/plan-cache.ts';
import { execute } from '../helpers/graphql.ts';
import { createTestApp, testConfig, type TestApp } from '../helpers/test-database.ts';

let app: TestApp;
let compiled: App;
let ordinary: App;

beforeAll(async () => {
  app = await createTestApp({ seed: true });
  compiled = await startApp(testConfig({ RESPONSE_CACHE: 'false' }), { database: app.services.db });
  ordinary = await startApp(testConfig({ READ_PLANNER: 'false', RESPONSE_CACHE: 'false' }), { database: app.services.db });
});
afterAll(() => app.drop());

async function same(document: string, variables: Record<string, unknown>) {
  const answer = await execute(compiled.yoga, document, variables);
  expect(answer.errors).toBeUndefined();
  expect(answer).toEqual(await execute(ordinary.yoga, document, variables));
  return answer.data as Record<string, any>;
}

describe('kept plans', () => {
  it('answer each request with its own variables, in any order', async () => {
    const document = 'query ($first: Int!, $search: String) { persons(first: $first, filter: { search: $search }) { edges { node { name } } } }';
    const sizes: number[] = [];
    for (const variables of [{ first: 1 }, { first: 3 }, { first: 1 }, { first: 3, search: 'Sơn' }, { first: 3 }]) {
      sizes.push((await same(document, variables)).persons.edges.length);
    }
    expect(sizes.slice(0, 3)).toEqual([1, 3, 1]);
    expect(sizes[4]).toBe(3);
  });

  it('a root alone (a final answer) and beside an unplanned root (a partial one) answer alike', async () => {
    const final = 'query ($first: Int!) { meetings(first: $first) { edges { node { key } } } }';
    // Beside a root the planner does not answer, the same field's answer is partial: the executor
    // walks it (src/read/execute.ts).
    const partial = 'query ($first: Int!) { meetings(first: $first) { edges { node { key } } } __schema { queryType { name } } }';
    const a = await same(final, { first: 2 });
    const b = await same(partial, { first: 2 });
    const c = await same(final, { first: 2 });
    expect(b.meetings).toEqual(a.meetings);
    expect(c).toEqual(a);
  });

  it('search ranks the words of each request', async () => {
    const document = 'query ($q: String!) { search(query: $q, first: 3) { matchedText } }';
    const son = await same(document, { q: 'Bùi Thanh Sơn' });
    const amm = await same(document, { q: 'AMM 54' });
    expect(son.search.length).toBeGreaterThan(0);
    expect(amm.search).not.toEqual(son.search);
  });

  it('are bounded: the least recently asked fields and variable sets beyond the bound are compiled again', () => {
    const field = (i: number) => (parse(`{ f${i} }`).definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
    let compiles = 0;
    const compile = () => ((compiles += 1), { plan: { sql: 'SELECT 1' }, values: [] });
    const fields = Array.from({ length: 200 }, (_, i) => field(i));
    for (const f of fields) compiledRoot(f, {}, true, compile);
    compiledRoot(fields[199]!, {}, true, compile);
    expect(compiles).toBe(200);
    compiledRoot(fields[0]!, {}, true, compile);
    expect(compiles).toBe(201);
    for (let v = 0; v < 40; v++) compiledRoot(fields[1]!, { v }, true, compile);
    compiledRoot(fields[1]!, { v: 39 }, true, compile);
    expect(compiles).toBe(201 + 40 + 1);
  });
});

