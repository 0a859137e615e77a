// Hostile requests against a live server on loopback: every one gets its exact HTTP status and
// error code, no internals in the body, and leaves the database exactly as it was. One request,
// HTML and script in an ingested text, is meant to change the database: by one article, verbatim.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixtureGraph, type FixtureGraph } from '../helpers/fixture-graph.ts';
import { fingerprint } from './db-fingerprint.ts';
import { hostileCases, type HostileCase } from './hostile-cases.ts';
import { leaksIn } from './leaks.ts';
import { API_KEY, startReliabilityServer, type ReliabilityServer } from './reliability-server.ts';

let server: ReliabilityServer;
let graph: FixtureGraph;
beforeAll(async () => {
  server = await startReliabilityServer(async (test) => {
    graph = await insertFixtureGraph(test.db.prisma);
  });
});
afterAll(() => server?.close());

/**
 * A streamed (chunked) body through node:http. The server answers an oversized one with 413 and
 * closes the connection mid-upload; fetch then fails with EPIPE whenever the write loses the race
 * with reading the answer (one CI run in many), while node:http hands over the response it got.
 */
function sendStream(c: Pick<HostileCase, 'path' | 'method' | 'headers'>, body: ReadableStream<Uint8Array>) {
  return new Promise<{ status: number; contentType: string; text: string }>((resolve, reject) => {
    let answered = false;
    const req = request(`${server.origin}${c.path ?? '/graphql'}`, { method: c.method ?? 'POST', headers: c.headers as Record<string, string>, timeout: 30_000 }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, contentType: String(res.headers['content-type'] ?? ''), text }));
      res.on('error', reject);
    });
    // A write cut off by the server's close is expected once it has answered.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    void (async () => {
      const reader = body.getReader();
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        if (!req.write(part.value)) await new Promise((r) => req.once('drain', r));
      }
      req.end();
    })().catch(() => undefined);
  });
}

async function send(c: Pick<HostileCase, 'path' | 'method' | 'headers' | 'body'>) {
  if (c.body instanceof ReadableStream) return sendStream(c, c.body);
  const init: RequestInit = { method: c.method ?? 'POST', headers: c.headers, signal: AbortSignal.timeout(30_000) };
  if (typeof c.body === 'string' || c.body instanceof Uint8Array) {
    init.body = c.body as BodyInit;
  } else if (c.body !== undefined) {
    init.body = JSON.stringify(c.body);
  }
  const response = await fetch(`${server.origin}${c.path ?? '/graphql'}`, init);
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
}

describe('hostile requests', () => {
  // Built lazily: the fixture graph's ids exist only after beforeAll.
  const names = hostileCases({ meetings: {}, persons: {} } as FixtureGraph).map((c) => c.name);

  it('has at least 40 cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(names)('%s', async (name) => {
    const c = hostileCases(graph).find((x) => x.name === name)!;
    const before = await fingerprint(server.test.db);
    const { status, contentType, text } = await send(c);

    expect(leaksIn(text), text.slice(0, 500)).toEqual([]);
    expect(contentType).toMatch(/^application\/(graphql-response\+)?json/);
    const body = JSON.parse(text);
    expect({ status, codes: (body.errors ?? []).map((e: any) => e.extensions?.code) }, text.slice(0, 500)).toEqual({
      status: c.status,
      codes: c.code === null ? [] : (body.errors ?? [c.code]).map(() => c.code),
    });
    if (c.code !== null) expect(body.errors.length).toBeGreaterThan(0);
    c.expect?.(body);

    expect(await fingerprint(server.test.db)).toEqual(before);
  });

  it('HTML and script in an ingested text are stored verbatim and served as JSON, never interpreted', async () => {
    // One line: a single article whose body is the whole text.
    const title = null;
    const body = `<script>alert('xss')</script> Ngày 4/8, Bộ trưởng <b>Bùi Thanh Sơn</b> gặp "Motegi" & <img src=x onerror=alert(1)> <iframe src="javascript:alert(2)"></iframe> &lt;đã mã hoá&gt; \${injected} {{template}}.`;
    const before = await fingerprint(server.test.db);
    const oldIds = new Set((await server.test.db.prisma.article.findMany({ select: { id: true } })).map((a) => a.id));
    const answer = await send({
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
      body: {
        query: 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { ... on IngestDocumentPayload { created articles { article { id title body } } } } }',
        variables: { input: { text: body, source: 'hostile-html.txt' } },
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/json/);
    expect(leaksIn(answer.text)).toEqual([]);
    const payload = JSON.parse(answer.text).data.ingestDocument;
    expect(payload.created).toBe(true);
    expect(payload.articles.map((a: any) => ({ title: a.article.title, body: a.article.body }))).toEqual([{ title, body }]);

    const added = (await server.test.db.prisma.article.findMany({ select: { id: true, title: true, body: true } })).filter((a) => !oldIds.has(a.id));
    expect(added.map(({ title, body }) => ({ title, body }))).toEqual([{ title, body }]);
    const after = await fingerprint(server.test.db);
    expect(after.counts.Article).toBe(before.counts.Article! + 1);
    expect(after.counts.Document).toBe(before.counts.Document! + 1);

    // Read back through the API: the same bytes, JSON-escaped only.
    const read = await send({
      headers: { 'content-type': 'application/json' },
      body: { query: 'query($id: ID!) { node(id: $id) { ... on Article { title body } } }', variables: { id: payload.articles[0].article.id } },
    });
    expect(read.contentType).toMatch(/json/);
    expect(JSON.parse(read.text).data.node).toEqual({ title, body });
  });
});
