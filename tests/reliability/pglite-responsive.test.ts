// On PGlite, a slow read or a large ingest must not freeze the server (issue 13, items 3 and 6).
// PGlite runs each statement synchronously in WASM: in the main thread a 5 s statement kept
// /healthz silent for 5 s. The server now runs the engine in a worker thread and extraction in
// another, so /healthz keeps answering while they work.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../helpers/live-server.ts';

const API_KEY = 'test-key-0123456789abcdef';
const scratch = mkdtempSync(path.join(tmpdir(), 'diplograph-responsive-'));

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

/** Runs `work` while asking /healthz every 50 ms; the slowest answer and how long the work took. */
async function whileProbing(origin: string, work: () => Promise<unknown>) {
  let worstMs = 0;
  let probes = 0;
  let done = false;
  const prober = (async () => {
    while (!done) {
      const t0 = performance.now();
      const response = await fetch(`${origin}/healthz`);
      expect(response.status).toBe(200);
      worstMs = Math.max(worstMs, performance.now() - t0);
      probes++;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = performance.now();
  const result = await work();
  const workMs = performance.now() - t0;
  done = true;
  await prober;
  return { result, workMs, worstMs, probes };
}

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  __typename ... on IngestDocumentPayload { created articles { created } } } }`;

describe('a server on a PGlite folder keeps answering /healthz', () => {
  let server: LiveServer;
  let origin: string;
  beforeAll(async () => {
    server = await startLiveServer({ DATABASE_URL: `pglite:${path.join(scratch, 'db')}`, SEED_ON_START: 'false', DIPLOGRAPH_API_KEY: API_KEY, LOG_LEVEL: 'silent' });
    origin = new URL(server.url).origin;
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('while a slow read runs (a 197-character search over 100 long articles that hold its words apart)', async () => {
    // A teaser list: one 8 KB article per line, each holding the query's 33 words in shuffled
    // order. Every article then matches all the words but not the phrase, so each is scored by
    // word_similarity over its whole text: seconds of PostgreSQL CPU for one request.
    const vocabulary = Array.from({ length: 40 }, (_, i) => `tu${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);
    let seed = 1;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const lines = Array.from({ length: 100 }, (_, line) => {
      const words: string[] = [];
      for (let length = 0; length < 8_000; length += 6) words.push(vocabulary[Math.floor(random() * vocabulary.length)]!);
      return `${words.join(' ')} so${line}.`;
    });
    const stored = await post(server.url, INGEST, { input: { text: lines.join('\n'), source: 'long-teasers.txt' } });
    expect(stored.data?.ingestDocument.articles).toHaveLength(100);
    const query = vocabulary.slice(7).reverse().join(' ');
    expect(query.length).toBeLessThanOrEqual(200);
    const probe = await whileProbing(origin, () => post(server.url, 'query($q: String!) { search(query: $q, types: [ARTICLE], first: 100) { score } }', { q: query }));
    expect((probe.result as { data: { search: unknown[] } }).data.search).toHaveLength(100);
    // The read really was slow (else this test could not fail), and /healthz never waited for it.
    expect(probe.workMs).toBeGreaterThan(1_000);
    expect(probe.probes).toBeGreaterThan(5);
    expect(probe.worstMs).toBeLessThan(1_000);
  }, 120_000);

  it('while a 200 KB document is ingested', async () => {
    const lines: string[] = [];
    for (let k = 0; lines.join('\n').length < 200_000; k++) {
      lines.push(`Ngày ${(k % 27) + 1}/8/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ nước số ${k} tại Hà Nội và nhấn mạnh hợp tác lĩnh vực ${k}.`);
    }
    const probe = await whileProbing(origin, () => post(server.url, INGEST, { input: { text: lines.join('\n'), source: 'big.txt' } }));
    const payload = (probe.result as { data: { ingestDocument: { created: boolean; articles: unknown[] } } }).data.ingestDocument;
    expect(payload.created).toBe(true);
    expect(payload.articles.length).toBeGreaterThan(1_000);
    expect(probe.workMs).toBeGreaterThan(1_000);
    expect(probe.worstMs).toBeLessThan(1_000);
  }, 120_000);
});
