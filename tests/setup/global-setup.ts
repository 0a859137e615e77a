// Prepares one migrated template database per test run; every test file then gets its own copy.
// - PostgreSQL (DATABASE_URL=postgresql://…): a template database, copied with CREATE DATABASE … TEMPLATE.
// - PGlite (otherwise): a migrated in-memory database dumped to a tarball, loaded by each file
//   (~0.8 s instead of ~3 s of initdb plus migrations).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { adminQuery, serverUrlFromEnv, withDatabase } from '../helpers/postgres-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
    pgliteDump: string | null;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = serverUrlFromEnv();
  if (serverUrl) {
    const name = `diplograph_tmpl_${process.pid}_${Date.now()}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const db = await openDatabase({ kind: 'postgres', url: withDatabase(serverUrl, name) }, { poolSize: 1 });
    await applyMigrations(db);
    await db.close();
    project.provide('pgTemplate', name);
    project.provide('pgliteDump', null);
    return async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
  }
  const db = await openDatabase({ kind: 'pglite', dataDir: null });
  await applyMigrations(db);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-test-'));
  const file = path.join(dir, 'template.tar.gz');
  const dump = await db.pglite!.dumpDataDir('gzip');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide('pgTemplate', null);
  project.provide('pgliteDump', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
