// Each test file gets its own migrated database: a copy of the run's template (see global-setup).
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import type { QueryListener } from '../../src/db/query-observer.ts';
import { startApp, type App } from '../../src/app.ts';
import { adminQuery, serverUrlFromEnv, withDatabase } from './postgres-admin.ts';

export interface TestDatabase {
  db: Database;
  /** Where the copy lives, as a DATABASE_URL (for child processes). */
  url: string;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  onQuery?: QueryListener;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = serverUrlFromEnv();
  const template = inject('pgTemplate');
  if (serverUrl && template) {
    const name = `diplograph_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    const url = withDatabase(serverUrl, name);
    const db = await openDatabase({ kind: 'postgres', url }, { poolSize: 5, onQuery: options.onQuery });
    return {
      db,
      url,
      drop: async () => {
        await db.close();
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const dump = inject('pgliteDump');
  if (!dump) throw new Error('global setup prepared no template database');
  const loadDataDir = new Blob([readFileSync(dump)]);
  const db = await openDatabase({ kind: 'pglite', dataDir: null }, { loadDataDir, onQuery: options.onQuery });
  return { db, url: 'pglite:memory', drop: () => db.close() };
}

/**
 * Test databases for the tests of the enclosing describe, by name: created side by side before them,
 * dropped in the order named after them. Read their fields inside tests and hooks, once they exist.
 */
export function useTestDatabases<Name extends string>(...names: Name[]): Record<Name, TestDatabase> {
  const databases = {} as Record<Name, TestDatabase>;
  beforeAll(async () => {
    const created = await Promise.all(names.map(() => createTestDatabase()));
    names.forEach((name, i) => (databases[name] = created[i]!));
  });
  afterAll(async () => {
    for (const name of names) await databases[name].drop();
  });
  return databases;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  // LOG_LEVEL warn: a request log line per test request would bury the test output.
  return loadConfig({ SEED_ON_START: 'false', DIPLOGRAPH_API_KEY: 'test-key-0123456789abcdef', LOG_LEVEL: 'warn', ...overrides });
}

export interface TestApp extends App {
  drop(): Promise<void>;
}

/** A full app (migrated, optionally seeded) on a fresh test database. */
export async function createTestApp(options: TestDatabaseOptions & { seed?: boolean } = {}): Promise<TestApp> {
  const test = await createTestDatabase(options);
  const config = testConfig({ SEED_ON_START: options.seed ? 'true' : 'false' });
  const app = await startApp(config, { database: test.db });
  return { ...app, close: test.drop, drop: test.drop };
}
