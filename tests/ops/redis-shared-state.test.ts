// Two API handlers on one database and one Redis, as two instances would be: events and cache
// invalidations published through one are seen by the other. (Runs on both databases; the
// two-process version on PostgreSQL is multi-instance.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiplographYoga, type DiplographYoga } from '../../src/yoga.ts';
import { execute, subscribe } from '../helpers/graphql.ts';
import { createTestApp, type TestApp } from '../helpers/test-database.ts';
import { AUTH } from '../helpers/api-setup.ts';
import { flushRedisDatabase, waitForRedisSubscribers } from './redis-wait.ts';

// A database number of its own: the test flushes it.
const REDIS_URL = 'redis://127.0.0.1:6379/8';

let app: TestApp;
let a: DiplographYoga;
let b: DiplographYoga;
beforeAll(async () => {
  await flushRedisDatabase(REDIS_URL);
  app = await createTestApp();
  const services = { ...app.services, config: { ...app.services.config, REDIS_URL } };
  a = createDiplographYoga(services);
  b = createDiplographYoga(services);
});
afterAll(async () => {
  await Promise.all([a?.dispose(), b?.dispose()]);
  await app?.drop();
  await flushRedisDatabase(REDIS_URL);
});

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  ... on IngestDocumentPayload { documentId created } ... on UserError { code message } } }`;
const ARTICLES = '{ articles(first: 50) { totalCount edges { node { source } } } }';

describe('shared state through Redis', () => {
  it('an ingest through one handler reaches a subscriber on the other', async () => {
    const sub = await subscribe(b, 'subscription { documentIngested { documentId created source } }');
    const first = sub.next();
    await waitForRedisSubscribers(REDIS_URL, 'documentIngested', 1);
    const text = 'Ngày 10/8, Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội.\nHai bên nhất trí tăng cường hợp tác.';
    const result = await execute(a, INGEST, { input: { text, source: 'redis-a.txt' } }, AUTH);
    expect(result.data!.ingestDocument.created).toBe(true);
    const event = await first;
    sub.close();
    expect(event.data!.documentIngested).toEqual({ documentId: result.data!.ingestDocument.documentId, created: true, source: 'redis-a.txt' });
  });

  it('a read cached on one handler is invalidated by a mutation on the other', async () => {
    const before = await execute(b, ARTICLES);
    const cached = await execute(b, ARTICLES);
    expect(cached.extensions?.responseCache?.hit).toBe(true);
    expect(cached.data).toEqual(before.data);
    // The other handler hits the same cached answer: the cache itself is shared.
    expect((await execute(a, ARTICLES)).extensions?.responseCache?.hit).toBe(true);

    const text = 'Sáng 12/9, Bộ trưởng Ngoại giao tiếp Đại sứ Hàn Quốc tại Hà Nội.\nHai bên trao đổi về hợp tác kinh tế.';
    const ingested = await execute(a, INGEST, { input: { text, source: 'redis-b.txt' } }, AUTH);
    expect(ingested.data!.ingestDocument.created).toBe(true);

    const after = await execute(b, ARTICLES);
    expect(after.extensions?.responseCache?.hit).toBe(false);
    expect(after.data!.articles.totalCount).toBeGreaterThan(before.data!.articles.totalCount);
    expect(after.data!.articles.edges.map((e: { node: { source: string } }) => e.node.source)).toContain('redis-b.txt');
  });
});
