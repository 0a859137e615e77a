// Issue 13, item 8: with INTROSPECTION=false, error messages do not describe the schema (no
// "Did you mean", no enum values or input fields offered). With introspection on they still help.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { execute } from '../helpers/graphql.ts';
import { createTestDatabase, testConfig, type TestDatabase } from '../helpers/test-database.ts';

let test: TestDatabase;
let closed: App;
let open: App;
beforeAll(async () => {
  test = await createTestDatabase();
  closed = await startApp(testConfig({ INTROSPECTION: 'false' }), { database: test.db });
  open = await startApp(testConfig({ INTROSPECTION: 'true' }), { database: test.db });
});
afterAll(async () => {
  await closed?.yoga.dispose();
  await open?.yoga.dispose();
  await test?.drop();
});

/** Typos a client would make to map the schema without introspection. */
const PROBES: [string, string, Record<string, unknown>?][] = [
  ['a field', '{ articlez(first: 1) { totalCount } }'],
  ['an argument', '{ meetings(firsst: 1) { totalCount } }'],
  ['an enum literal', '{ meetings(first: 1, filter: { format: VIRTUL }) { totalCount } }'],
  ['an enum variable', 'query($f: MeetingFormat) { meetings(first: 1, filter: { format: $f }) { totalCount } }', { f: 'VIRTUL' }],
  ['an input field', '{ meetings(first: 1, filter: { ciy: "Hà Nội" }) { totalCount } }'],
  ['an input field in a variable', 'query($f: MeetingFilter) { meetings(first: 1, filter: $f) { totalCount } }', { f: { ciy: 'Hà Nội' } }],
  ['a type', 'query($f: MeetingFiltr) { meetings(first: 1, filter: $f) { totalCount } }'],
  ['a field on a node type', '{ node(id: "TWVldGluZzox") { ... on Meeting { nam } } }'],
];

const SCHEMA_WORDS = /Did you mean|"VIRTUAL"|"IN_PERSON"|"HYBRID"|"city"|"articles"|"first"|"MeetingFilter"\?|"name"/;

describe('INTROSPECTION=false', () => {
  it('introspection itself is refused', async () => {
    const result = await execute(closed.yoga, '{ __schema { types { name } } }');
    expect(result.errors?.length).toBeGreaterThan(0);
  });

  it.each(PROBES)('a typo in %s: refused, with no suggestion', async (_what, query, variables) => {
    const result = await execute(closed.yoga, query, variables);
    expect(result.errors?.length, JSON.stringify(result)).toBeGreaterThan(0);
    for (const error of result.errors!) expect(error.message).not.toMatch(SCHEMA_WORDS);
  });

  it('with introspection on, the same typos get their suggestions (so the check above can fail)', async () => {
    let suggested = 0;
    for (const [, query, variables] of PROBES) {
      const result = await execute(open.yoga, query, variables);
      if (result.errors!.some((e) => /Did you mean/.test(e.message))) suggested++;
    }
    expect(suggested).toBeGreaterThanOrEqual(6);
  });
});
