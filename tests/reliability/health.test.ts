// /healthz (the process) and /readyz (the database answers and no migration is pending).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/unavailable.ts';
import { createTestApp, type TestApp } from '../helpers/test-database.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.drop());

const get = async (path: string) => {
  const response = await app.yoga.fetch(`http://localhost${path}`);
  return { status: response.status, body: await response.json() };
};

describe('health endpoints', () => {
  it('/healthz: 200 ok; /readyz: 200 ready', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('/readyz: 503 while a migration is pending, ready again once it is applied', async () => {
    const [row] = await app.services.db.withSession((s) =>
      s.query<{ id: string; migration_name: string }>('SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1'),
    );
    await app.services.db.withSession((s) => s.query('UPDATE "_prisma_migrations" SET finished_at = NULL WHERE id = $1', [row!.id]));
    try {
      expect(await get('/readyz')).toEqual({ status: 503, body: { status: 'not ready', reason: `migrations pending: ${row!.migration_name}` } });
    } finally {
      await app.services.db.withSession((s) => s.query('UPDATE "_prisma_migrations" SET finished_at = now() WHERE id = $1', [row!.id]));
    }
    expect((await get('/readyz')).status).toBe(200);
  });
});

describe('isDatabaseUnavailable', () => {
  it.each([
    ['pg: connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })],
    ['pg: pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['pg: server shut down (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['adapter: DatabaseNotReachable', Object.assign(new Error('x'), { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable' } })],
    ['Prisma: P1001 wrapping a cause', Object.assign(new Error("Can't reach database server"), { code: 'P1001' })],
    ['AggregateError of socket errors', Object.assign(new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })]), {})],
  ])('recognises %s', (_, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['a unique violation', Object.assign(new Error('Unique constraint failed'), { code: 'P2002' })],
    ['a syntax error', Object.assign(new Error('syntax error'), { code: '42601' })],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('does not take %s for an outage', (_, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});
