// Every limit: a request just under it passes, one just over it fails with the named code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/limits.ts';
import { execute } from '../helpers/graphql.ts';
import { createTestApp, type TestApp } from '../helpers/test-database.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.drop());

const run = (query: string, variables?: Record<string, unknown>) => execute(app.yoga, query, variables);
const code = (result: Awaited<ReturnType<typeof run>>) => result.errors?.[0]?.extensions?.code;

describe('limits', () => {
  it(`first/last: ${LIMITS.pageSize} passes, ${LIMITS.pageSize + 1} fails with PAGE_SIZE_LIMIT_EXCEEDED`, async () => {
    expect((await run(`{ meetings(first: ${LIMITS.pageSize}) { totalCount } }`)).errors).toBeUndefined();
    const over = await run(`{ meetings(first: ${LIMITS.pageSize + 1}) { totalCount } }`);
    expect(code(over)).toBe('PAGE_SIZE_LIMIT_EXCEEDED');
    expect(over.errors![0]!.message).toMatch(/more than 100 items/);
    expect(code(await run('query($n: Int) { persons(last: $n) { totalCount } }', { n: 101 }))).toBe('PAGE_SIZE_LIMIT_EXCEEDED');
    expect(code(await run('{ search(query: "asean", first: 101) { score } }'))).toBe('PAGE_SIZE_LIMIT_EXCEEDED');
  });

  // meetings(1) edges(2) node(3) then one level per `parent`, the last selection `key` included.
  const deep = (levels: number) => `{ meetings(first: 1) { edges { node { ${'parent { '.repeat(levels)}key${' }'.repeat(levels)} } } } }`;
  it(`depth: ${LIMITS.depth} passes, ${LIMITS.depth + 1} fails with DEPTH_LIMIT_EXCEEDED`, async () => {
    const atLimit = await run(deep(LIMITS.depth - 4));
    expect(atLimit.errors).toBeUndefined();
    const over = await run(deep(LIMITS.depth - 3));
    expect(code(over)).toBe('DEPTH_LIMIT_EXCEEDED');
    expect(over.errors![0]!.extensions).toMatchObject({ limit: LIMITS.depth, actual: LIMITS.depth + 1 });
  });

  // Nodes as GitHub counts them: every connection's page size times the page sizes above it, summed.
  const costly = (n: number, m: number, k: number) =>
    `{ meetings(first: ${n}) { edges { node { name participants(first: ${m}) { edges { node { name statements(first: ${k}) { edges { node { content } } } } } } } } } }`;
  const nodes = (n: number, m: number, k: number) => n + n * m + n * m * k;
  it(`nodes: ${LIMITS.complexity} pass, more fail with COMPLEXITY_LIMIT_EXCEEDED stating the figure`, async () => {
    expect(nodes(40, 48, 12)).toBe(LIMITS.complexity);
    const at = await run(costly(40, 48, 12));
    expect(at.errors, JSON.stringify(at.errors)).toBeUndefined();
    const over = await run(costly(40, 48, 13));
    expect(code(over)).toBe('COMPLEXITY_LIMIT_EXCEEDED');
    expect(over.errors![0]!.extensions).toMatchObject({ limit: LIMITS.complexity, actual: nodes(40, 48, 13) });
    expect(over.errors![0]!.message).toContain(`could return ${nodes(40, 48, 13).toLocaleString('en-US')} nodes`);
    // A 10,000-article export stays allowed: 100 persons + 100 × 100 articles.
    const exportQuery = '{ persons(first: 100) { edges { node { name articles(first: 100) { edges { node { title body publishedAt source } } } } } } }';
    expect((await run(exportQuery)).errors).toBeUndefined();
  });

  it('nodes(ids:) counts its ids like a page size', async () => {
    const ids = Array(100).fill('TWVldGluZzox');
    const nested = (k: number) => `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Meeting { participants(first: 100) { edges { node { statements(first: ${k}) { totalCount } } } } } } }`;
    // 100 + 100 × 100 + 100 × 100 × k
    expect((await run(nested(1), { ids })).errors).toBeUndefined();
    const over = await run(nested(2), { ids });
    expect(code(over)).toBe('COMPLEXITY_LIMIT_EXCEEDED');
    expect(over.errors![0]!.extensions).toMatchObject({ actual: 100 + 10_000 + 20_000 });
  });

  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  it(`aliases: ${LIMITS.aliases} pass, ${LIMITS.aliases + 1} fail with ALIAS_LIMIT_EXCEEDED`, async () => {
    expect((await run(aliased(LIMITS.aliases))).errors).toBeUndefined();
    const over = await run(aliased(LIMITS.aliases + 1));
    expect(code(over)).toBe('ALIAS_LIMIT_EXCEEDED');
  });

  it(`breadth: ${LIMITS.breadth} selections pass, more fail with BREADTH_LIMIT_EXCEEDED`, async () => {
    // `node` is one selection and the response cache adds 5 (`__typename`, `id` for entity
    // tracking); the rest are repeated `key` fields.
    const wide = (n: number) => `{ node(id: "TWVldGluZzox") { ... on Meeting { ${'key '.repeat(n - 6)}} } }`;
    expect((await run(wide(LIMITS.breadth))).errors).toBeUndefined();
    expect(code(await run(wide(LIMITS.breadth + 1)))).toBe('BREADTH_LIMIT_EXCEEDED');
  });

  it(`tokens: ${LIMITS.tokens} pass, more fail with TOKEN_LIMIT_EXCEEDED`, async () => {
    // `{`, `}` and n names: n + 2 tokens. Comments are not tokens.
    const tokens = (n: number) => `query { ${'__typename '.repeat(n - 3)}}`;
    const atLimit = await run(tokens(LIMITS.tokens));
    expect(code(atLimit)).not.toBe('TOKEN_LIMIT_EXCEEDED');
    const over = await run(tokens(LIMITS.tokens + 1));
    expect(over.status).toBe(400);
    expect(code(over)).toBe('TOKEN_LIMIT_EXCEEDED');
  });

  it(`request body: ${LIMITS.bodyBytes} bytes pass, one more fails with 413 PAYLOAD_TOO_LARGE`, async () => {
    const post = (bytes: number, chunked = false) => {
      const prefix = '{"query":"{ __typename }","variables":{"pad":"';
      const suffix = '"}}';
      const body = prefix + 'x'.repeat(bytes - prefix.length - suffix.length) + suffix;
      const init: RequestInit & { duplex?: string } = { method: 'POST', headers: { 'content-type': 'application/json' } };
      if (chunked) {
        init.body = new Blob([body]).stream();
        init.duplex = 'half';
      } else {
        init.body = body;
        (init.headers as Record<string, string>)['content-length'] = String(Buffer.byteLength(body));
      }
      return app.yoga.fetch('http://localhost/graphql', init);
    };
    expect((await post(LIMITS.bodyBytes)).status).toBe(200);
    const over = await post(LIMITS.bodyBytes + 1);
    expect(over.status).toBe(413);
    expect((await over.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await post(LIMITS.bodyBytes + 1, true)).status).toBe(413);
    expect((await post(LIMITS.bodyBytes, true)).status).toBe(200);
  });

  it('an endless chunked body is read (and dropped) no further than four times the limit, then refused', async () => {
    // Read past the limit so a client still sending gets the 413, not a broken pipe; cut after that.
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(32);
    const body = new ReadableStream({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' };
    const response = await app.yoga.fetch('http://localhost/graphql', init as RequestInit);
    expect(response.status).toBe(413);
    expect(pulled).toBeGreaterThan(4 * LIMITS.bodyBytes);
    expect(pulled).toBeLessThan(4 * LIMITS.bodyBytes + 8 * chunk.byteLength);
  });

  it('a chunked body of another type (application/graphql) is read up to the limit too, then parsed as its type', async () => {
    const post = (bytes: number) => {
      const prefix = '{ __typename ';
      const body = `${prefix}${' '.repeat(bytes - prefix.length - 1)}}`;
      const init: RequestInit & { duplex?: string } = {
        method: 'POST',
        headers: { 'content-type': 'application/graphql', 'x-graphql-yoga-csrf': '1' },
        body: new Blob([body]).stream(),
        duplex: 'half',
      };
      return app.yoga.fetch('http://localhost/graphql', init);
    };
    const over = await post(LIMITS.bodyBytes + 1);
    expect(over.status).toBe(413);
    expect((await over.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const within = await post(1_000);
    expect(within.status).toBe(200);
    expect((await within.json()).data).toEqual({ __typename: 'Query' });
  });

  it('CSRF: simple requests without the header are refused with 403 CSRF_PREVENTED', async () => {
    const get = (headers: Record<string, string>) =>
      app.yoga.fetch('http://localhost/graphql?query=%7B__typename%7D', { headers: { accept: 'application/json', ...headers } });
    const refused = await get({});
    expect(refused.status).toBe(403);
    expect((await refused.json()).errors[0].extensions.code).toBe('CSRF_PREVENTED');
    expect((await get({ 'x-graphql-yoga-csrf': '1' })).status).toBe(200);
    const form = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(form.status).toBe(403);
    // A cross-site mutation over GET is refused even with the header (and without a key).
    const getMutation = await app.yoga.fetch('http://localhost/graphql?query=mutation%7BupdateMeeting(input:%7Bid:%22x%22%7D)%7B__typename%7D%7D', {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(getMutation.status).toBe(405);
  });
});
