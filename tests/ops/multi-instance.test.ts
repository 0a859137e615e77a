// Two real server processes on one PostgreSQL database and one Redis, as behind a load balancer:
// an ingest through A reaches a subscriber on B, a mutation on A invalidates B's cached read, and
// both answer the same data.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readServerSentEvents } from '../../sdk/src/sse.ts';
import { API_KEY } from '../helpers/api-setup.ts';
import { startLiveServer, type LiveServer } from '../helpers/live-server.ts';
import { adminQuery, serverUrlFromEnv, withDatabase } from '../helpers/postgres-admin.ts';
import { flushRedisDatabase, waitForRedisSubscribers } from './redis-wait.ts';

const serverUrl = serverUrlFromEnv();
// A Redis database number of its own: flushed before and after.
const REDIS_URL = 'redis://127.0.0.1:6379/7';
const database = `diplograph_multi_${randomBytes(5).toString('hex')}`;

async function post(server: LiveServer, query: string, variables?: Record<string, unknown>, auth = false) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${API_KEY}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: any; errors?: unknown[]; extensions?: any };
}

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  ... on IngestDocumentPayload { documentId created } ... on UserError { code message } } }`;
const ARTICLES = '{ articles(first: 100) { totalCount edges { node { source title } } } }';

describe.skipIf(!serverUrl)('two instances on PostgreSQL and Redis (needs DATABASE_URL=postgresql://…: PGlite is one process)', () => {
  let a: LiveServer;
  let b: LiveServer;
  beforeAll(async () => {
    await flushRedisDatabase(REDIS_URL);
    await adminQuery(serverUrl!, `CREATE DATABASE "${database}" TEMPLATE "${inject('pgTemplate')}"`);
    const env = {
      DATABASE_URL: withDatabase(serverUrl!, database),
      REDIS_URL,
      SEED_ON_START: 'false',
      DIPLOGRAPH_API_KEY: API_KEY,
      DATABASE_POOL_SIZE: '3',
      LOG_LEVEL: 'warn',
    };
    [a, b] = await Promise.all([startLiveServer(env), startLiveServer(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await adminQuery(serverUrl!, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await flushRedisDatabase(REDIS_URL);
  });

  it('an ingest through A reaches a subscriber on B', async () => {
    const controller = new AbortController();
    const response = await fetch(b.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { documentIngested { documentId created source } }' }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const events = readServerSentEvents(response.body!);
    const first = (async () => {
      for (;;) {
        const { done, value } = await events.next();
        if (done) throw new Error('stream ended');
        if (value.data) return JSON.parse(value.data);
      }
    })();
    await waitForRedisSubscribers(REDIS_URL, 'documentIngested', 1);

    const text = 'Ngày 10/8, Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội.\nHai bên nhất trí tăng cường hợp tác.';
    const ingested = await post(a, INGEST, { input: { text, source: 'instance-a.txt' } }, true);
    expect(ingested.data.ingestDocument.created).toBe(true);
    const event = await first;
    controller.abort();
    expect(event.data.documentIngested).toEqual({ documentId: ingested.data.ingestDocument.documentId, created: true, source: 'instance-a.txt' });
  });

  it('a mutation on A invalidates a read cached on B, and both answer the same data', async () => {
    const before = await post(b, ARTICLES);
    const cached = await post(b, ARTICLES);
    expect(cached.extensions.responseCache.hit).toBe(true);

    const text = 'Sáng 12/9, Bộ trưởng Ngoại giao tiếp Đại sứ Hàn Quốc tại Hà Nội.\nHai bên trao đổi về hợp tác kinh tế.';
    const ingested = await post(a, INGEST, { input: { text, source: 'instance-a-2.txt' } }, true);
    expect(ingested.data.ingestDocument.created).toBe(true);

    const afterOnB = await post(b, ARTICLES);
    expect(afterOnB.extensions.responseCache.hit).toBe(false);
    expect(afterOnB.data.articles.totalCount).toBeGreaterThan(before.data.articles.totalCount);
    expect(afterOnB.data.articles.edges.map((e: { node: { source: string } }) => e.node.source)).toContain('instance-a-2.txt');

    const afterOnA = await post(a, ARTICLES);
    expect(afterOnA.data).toEqual(afterOnB.data);
  });
});
