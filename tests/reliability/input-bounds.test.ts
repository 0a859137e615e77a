// Issue 13, items 2 and 7: requests of about 1 MB that crashed or froze the server, now refused
// before execution while /healthz keeps answering; limits just under their bound still pass.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ARGUMENT_BOUNDS } from '../../src/http/argument-bounds.ts';
import { LIMITS } from '../../src/limits.ts';
import { insertFixtureGraph } from '../helpers/fixture-graph.ts';
import { execute } from '../helpers/graphql.ts';
import { createTestApp, type TestApp } from '../helpers/test-database.ts';

let app: TestApp;
let server: Server;
let origin: string;
beforeAll(async () => {
  app = await createTestApp();
  await insertFixtureGraph(app.services.db.prisma);
  server = createServer(app.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await app?.drop();
});

const post = async (body: unknown) => {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
};

/** Runs `work` while polling /healthz every 50 ms; returns its result and the slowest health answer. */
async function whileHealthPolled<T>(work: () => Promise<T>): Promise<{ result: T; slowestHealthMs: number }> {
  let slowest = 0;
  let running = true;
  const poll = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${origin}/healthz`);
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    return { result: await work(), slowestHealthMs: slowest };
  } finally {
    running = false;
    await poll;
  }
}

const SIX_ALIASES = `query($o: String) { ${Array.from({ length: 6 }, (_, i) => `a${i}: search(query: "asean", first: 100) { snippet { marked(open: $o, close: $o) } }`).join(' ')} }`;

describe('argument bounds', () => {
  it('six aliases of 1,000,000-character snippet markers: refused in well under a second, /healthz answering', async () => {
    const { result, slowestHealthMs } = await whileHealthPolled(async () => {
      const started = performance.now();
      const answers = await Promise.all([1, 2].map(() => post({ query: SIX_ALIASES, variables: { o: 'x'.repeat(1_000_000) } })));
      return { answers, ms: performance.now() - started };
    });
    for (const answer of result.answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'Snippet.marked(open)', limit: 100, actual: 1_000_000 });
    }
    expect(result.ms).toBeLessThan(2_000);
    expect(slowestHealthMs).toBeLessThan(1_000);
  });

  it('snippet markers: 100 characters pass, 101 are refused', async () => {
    const limit = ARGUMENT_BOUNDS.chars['Snippet.marked(open)']!;
    const q = 'query($o: String) { search(query: "asean", first: 3) { snippet { marked(open: $o, close: $o) } } }';
    const ok = await post({ query: q, variables: { o: '«'.repeat(limit) } });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.search.length).toBeGreaterThan(0);
    expect(ok.body.data.search[0].snippet.marked).toContain('«'.repeat(limit));
    expect((await post({ query: q, variables: { o: '«'.repeat(limit + 1) } })).body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a document that passed with some variables is checked again with others (passes are kept per variable set)', async () => {
    const q = 'query($f: MeetingFilter) { meetings(first: 1, filter: $f) { totalCount } }';
    const under = { f: { city: 'a'.repeat(ARGUMENT_BOUNDS.defaultChars) } };
    const over = { f: { city: 'a'.repeat(ARGUMENT_BOUNDS.defaultChars + 1) } };
    for (let i = 0; i < 2; i++) {
      expect((await post({ query: q, variables: under })).body.errors).toBeUndefined();
      expect((await post({ query: q, variables: over })).body.errors![0].extensions.argument).toBe('MeetingFilter.city');
    }
  });

  it('any other string argument: 1,000 characters pass, 1,001 are refused, literal or variable', async () => {
    const q = (value: string) => `{ meetings(first: 1, filter: { city: "${value}" }) { totalCount } }`;
    expect((await post({ query: q('a'.repeat(ARGUMENT_BOUNDS.defaultChars)) })).body.errors).toBeUndefined();
    const over = await post({ query: q('a'.repeat(ARGUMENT_BOUNDS.defaultChars + 1)) });
    expect(over.status).toBe(400);
    expect(over.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'MeetingFilter.city' });
    const viaVariable = await post({ query: 'query($f: MeetingFilter) { meetings(first: 1, filter: $f) { totalCount } }', variables: { f: { city: 'a'.repeat(1001) } } });
    expect(viaVariable.body.errors![0].extensions.argument).toBe('MeetingFilter.city');
  });

  it('list filter words: 100 characters pass, 101 are refused (a 40,000-character word ran 18 s before)', async () => {
    const q = 'query($q: String) { articles(first: 1, filter: { search: $q }) { totalCount } }';
    expect((await post({ query: q, variables: { q: 'z'.repeat(100) } })).body.data.articles.totalCount).toBe(0);
    const { result, slowestHealthMs } = await whileHealthPolled(() => post({ query: q, variables: { q: 'z'.repeat(40_000) } }));
    expect(result.status).toBe(400);
    expect(result.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(slowestHealthMs).toBeLessThan(1_000);
  });

  it('nodes(ids:): 100 ids pass, 101 are refused before any is loaded', async () => {
    const ids = (n: number) => Array(n).fill('TWVldGluZzox');
    const q = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expect((await post({ query: q, variables: { ids: ids(100) } })).body.errors).toBeUndefined();
    const over = await post({ query: q, variables: { ids: ids(101) } });
    expect(over.status).toBe(400);
    expect(over.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'Query.nodes(ids)', limit: 100, actual: 101 });
  });
});

describe('variables nested too deep', () => {
  it('100,000 levels: BAD_USER_INPUT, nothing logged at error level (was INTERNAL_SERVER_ERROR and a stack)', async () => {
    const logged = vi.spyOn(app.yoga.logger, 'error');
    try {
      const body = `{"query":"query($f: MeetingFilter) { meetings(first: 1, filter: $f) { totalCount } }","variables":{"f":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect(answer.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('16 levels pass the nesting check (then meet ordinary variable coercion)', async () => {
    const nested = JSON.parse(`${'{"a":'.repeat(15)}1${'}'.repeat(15)}`);
    const answer = await post({ query: '{ __typename }', variables: { x: nested } });
    expect(answer.body).toMatchObject({ data: { __typename: 'Query' } });
  });
});

describe('response-size ceiling', () => {
  it('an answer over the ceiling gets RESPONSE_TOO_LARGE with its size; one under it passes', async () => {
    const q = '{ articles(first: 100) { edges { node { body } } } }';
    const full = await execute(app.yoga, q);
    expect(full.errors).toBeUndefined();
    const { status: _, ...answer } = full;
    const bytes = Buffer.byteLength(JSON.stringify(answer));
    const saved = LIMITS.responseBytes;
    // The ceiling is 32 MiB; lowered here, in this process, so a small fixture can cross it.
    (LIMITS as { responseBytes: number }).responseBytes = Math.floor(bytes / 2);
    try {
      const over = await post({ query: q });
      expect(over.body.data).toBeUndefined();
      expect(over.body.errors![0].extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit: Math.floor(bytes / 2) });
      expect(over.body.errors![0].extensions.actual).toBeGreaterThan(bytes - 200);
      expect(over.body.errors![0].message).toMatch(/over the limit/);
      (LIMITS as { responseBytes: number }).responseBytes = bytes + 200;
      expect((await post({ query: q })).body.errors).toBeUndefined();
    } finally {
      (LIMITS as { responseBytes: number }).responseBytes = saved;
    }
  });
});
