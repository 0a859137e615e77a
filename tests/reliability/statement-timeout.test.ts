// Issue 13, item 4 (PostgreSQL): reads are bounded in time by the server (statement_timeout), with a
// typed QUERY_TIMEOUT; writers in transactions and sessions are not cut by that bound; /readyz
// tells a busy pool from a database that is down. A table lock held from another connection makes
// a read of its rows slow on demand, whatever the data (a read of rows: an unfiltered totalCount
// reads the maintained counts, not the table).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { READ_STATEMENT_TIMEOUT_MS } from '../../src/db/statement-timeout.ts';
import { execute } from '../helpers/graphql.ts';
import { serverUrlFromEnv } from '../helpers/postgres-admin.ts';
import { createTestDatabase, testConfig, type TestDatabase } from '../helpers/test-database.ts';

const serverUrl = serverUrlFromEnv();
const TIMEOUT_MS = 300;

let test: TestDatabase;
let db: Database;
let app: App;
beforeAll(async () => {
  if (!serverUrl) return;
  test = await createTestDatabase();
  db = await openDatabase({ kind: 'postgres', url: test.url }, { poolSize: 3, statementTimeoutMs: TIMEOUT_MS });
  app = await startApp(testConfig({ RESPONSE_CACHE: 'false' }), { database: db });
});
afterAll(async () => {
  await app?.yoga.dispose();
  await db?.close();
  await test?.drop();
});

/** Holds a lock on `table` from a connection of its own until the returned function runs. */
async function lockTable(table: string, mode = 'ACCESS EXCLUSIVE'): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: test.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE "${table}" IN ${mode} MODE`);
  return async () => {
    await client.query('ROLLBACK');
    await client.end();
  };
}

describe.skipIf(!serverUrl)('statement timeout (PostgreSQL only: PGlite runs in-process, see issue 13 item 3)', () => {
  it(`is ${READ_STATEMENT_TIMEOUT_MS / 1000} s by default, set on every pooled connection`, async () => {
    const other = await openDatabase({ kind: 'postgres', url: test.url }, { poolSize: 1 });
    try {
      const [row] = await other.prisma.$queryRawUnsafe<{ statement_timeout: string }[]>('SHOW statement_timeout');
      expect(row!.statement_timeout).toBe(`${READ_STATEMENT_TIMEOUT_MS / 1000}s`);
    } finally {
      await other.close();
    }
  });

  it('a read held past the bound gets QUERY_TIMEOUT, and is cancelled by the server', async () => {
    const release = await lockTable('Article');
    try {
      const started = performance.now();
      const result = await execute(app.yoga as never, '{ articles(first: 1) { edges { node { id } } } }');
      const ms = performance.now() - started;
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe('QUERY_TIMEOUT');
      expect(result.errors![0]!.message).toMatch(/was cancelled/);
      expect(ms).toBeLessThan(TIMEOUT_MS + 2_000);
      // Nothing of it is left running on the server.
      const admin = new pg.Client({ connectionString: test.url });
      await admin.connect();
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query ILIKE '%"Article"%' AND pid <> pg_backend_pid()`);
      await admin.end();
      expect(rows[0].n).toBe(0);
    } finally {
      await release();
    }
    expect((await execute(app.yoga as never, '{ articles(first: 1) { edges { node { id } } } }')).errors).toBeUndefined();
  });

  it('a transaction (ingest) waiting longer than the read bound is not cut', async () => {
    // SHARE blocks the ingest's writes (in its transaction), not its reads before it.
    const release = await lockTable('Document', 'SHARE');
    const releasing = new Promise((r) => setTimeout(r, TIMEOUT_MS * 3)).then(release);
    const result = await execute(
      app.yoga as never,
      'mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { __typename ... on IngestDocumentPayload { created } } }',
      { i: { text: 'Ngày 5/8, Bộ trưởng Bùi Thanh Sơn gặp Bộ trưởng Ngoại giao Nhật Bản.', source: 'timeout-test.txt' } },
      { authorization: 'Bearer test-key-0123456789abcdef' },
    );
    await releasing;
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data!.ingestDocument).toMatchObject({ __typename: 'IngestDocumentPayload', created: true });
  });

  it('a session (migrations, advisory locks) is not cut either, and gives its connection back bounded', async () => {
    await db.withSession((session) => session.query(`SELECT pg_sleep(${(TIMEOUT_MS * 2) / 1000})`));
    const shown = await db.withSession((session) => session.query<{ statement_timeout: string }>('SHOW statement_timeout'));
    expect(shown[0]!.statement_timeout).toBe('0');
    for (let i = 0; i < 3; i++) {
      const [row] = await db.prisma.$queryRawUnsafe<{ statement_timeout: string }[]>('SHOW statement_timeout');
      expect(row!.statement_timeout).toBe(`${TIMEOUT_MS}ms`);
    }
  });
});

describe.skipIf(!serverUrl)('/readyz with every pooled connection busy', () => {
  it('50 slow requests on a pool of 3: /readyz still answers ready, promptly', async () => {
    const busy = await openDatabase({ kind: 'postgres', url: test.url }, { poolSize: 3 });
    const busyApp = await startApp(testConfig({ RESPONSE_CACHE: 'false' }), { database: busy });
    const release = await lockTable('Person');
    try {
      const slow = Array.from({ length: 50 }, () => execute(busyApp.yoga as never, '{ persons(first: 1) { edges { node { id } } } }'));
      await new Promise((r) => setTimeout(r, 200));
      expect(busy.poolStats()[0]).toMatchObject({ total: 3, idle: 0 });
      const started = performance.now();
      const ready = await busyApp.yoga.fetch('http://localhost/readyz');
      expect({ status: ready.status, body: await ready.json() }).toEqual({ status: 200, body: { status: 'ready' } });
      expect(performance.now() - started).toBeLessThan(1_000);
      await release();
      for (const result of await Promise.all(slow)) expect(result.errors).toBeUndefined();
    } finally {
      await release().catch(() => {});
      await busyApp.yoga.dispose();
      await busy.close();
    }
  });
});
