// A CLI ingest straight into a PostgreSQL deployment (issue 13, item 10): with REDIS_URL set it
// retires the instances' shared read cache and tells their subscribers, as the mutation does.
// Without REDIS_URL the cached read stays stale, which shows the test can tell the difference.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readServerSentEvents } from '../../sdk/src/sse.ts';
import { startLiveServer, type LiveServer } from '../helpers/live-server.ts';
import { adminQuery, serverUrlFromEnv, withDatabase } from '../helpers/postgres-admin.ts';
import { waitForRedisSubscribers } from '../ops/redis-wait.ts';
import { newsText, runScript } from './pglite-processes.ts';

const serverUrl = serverUrlFromEnv();
// A database number of its own (7 and 8 belong to tests/ops, which flush them and bump their cache
// generation, and may run at the same time): keys carry it in their prefix. Never flushed.
const REDIS_URL = 'redis://127.0.0.1:6379/9';
const database = `diplograph_cli_redis_${randomBytes(5).toString('hex')}`;
const scratch = mkdtempSync(path.join(tmpdir(), 'diplograph-cli-redis-'));

const ARTICLES = '{ articles(first: 100) { totalCount } }';

async function read(server: LiveServer) {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ARTICLES }) });
  const body = (await response.json()) as { data: { articles: { totalCount: number } }; extensions?: { responseCache?: { hit?: boolean } } };
  return { totalCount: body.data.articles.totalCount, hit: body.extensions?.responseCache?.hit ?? false };
}

function textFile(name: string, k: number): string {
  const file = path.join(scratch, name);
  writeFileSync(file, newsText(k));
  return file;
}

describe.skipIf(!serverUrl)('npm run ingest into PostgreSQL beside a running instance (needs DATABASE_URL=postgresql://… and Redis)', () => {
  let server: LiveServer;
  let env: Record<string, string>;
  beforeAll(async () => {
    await adminQuery(serverUrl!, `CREATE DATABASE "${database}" TEMPLATE "${inject('pgTemplate')}"`);
    env = { DATABASE_URL: withDatabase(serverUrl!, database), SEED_ON_START: 'false', LOG_LEVEL: 'silent', RESPONSE_CACHE_TTL_MS: '600000' };
    // Database 9 is never flushed: answers an earlier run cached there (another database, other rows)
    // are retired by moving the cache generation on, as a mutation would.
    const redis = new Redis(REDIS_URL);
    await redis.incr('diplograph:9:rc:generation');
    await redis.quit();
    server = await startLiveServer({ ...env, REDIS_URL });
  });
  afterAll(async () => {
    await server?.stop();
    await adminQuery(serverUrl!, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('without REDIS_URL the instance keeps serving its cached read; with it the read is retired and subscribers hear', async () => {
    expect((await read(server)).totalCount).toBe(0);
    expect(await read(server)).toEqual({ totalCount: 0, hit: true });

    const blind = await runScript('src/cli/ingest.ts', [textFile('no-redis.txt', 1)], env);
    expect(blind.code).toBe(0);
    expect(blind.stdout).toContain('Ingested into PostgreSQL directly.');
    expect(await read(server)).toEqual({ totalCount: 0, hit: true });

    const controller = new AbortController();
    const stream = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { documentIngested { created source articles { created } } }' }),
      signal: controller.signal,
    });
    const events = readServerSentEvents(stream.body!);
    const heard = (async () => {
      for (;;) {
        const { done, value } = await events.next();
        if (done) throw new Error('stream ended');
        if (value.data) return JSON.parse(value.data).data.documentIngested;
      }
    })();
    await waitForRedisSubscribers(REDIS_URL, 'documentIngested', 1);

    const told = await runScript('src/cli/ingest.ts', [textFile('with-redis.txt', 2)], { ...env, REDIS_URL });
    expect(told.stderr).toBe('');
    expect(told.code).toBe(0);
    expect(told.stdout).toContain("Ingested into PostgreSQL directly; the instances' cached reads were retired through Redis.");
    expect(await heard).toEqual({ created: true, source: 'with-redis.txt', articles: [{ created: true }, { created: true }] });
    controller.abort();
    // Both documents now: the stale entry of the first ingest is gone too.
    expect(await read(server)).toEqual({ totalCount: 4, hit: false });
  }, 120_000);
});
