// Diffs between the migration history, the Prisma schema and a live database, computed by the WASM
// schema engine. Used to write new migrations (no database server needed: the shadow database is
// an in-memory PGlite) and to prove the migrations produce exactly what schema.prisma says.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { createPglite } from './database.ts';
import { MIGRATIONS_DIR, readMigrations } from './migrate.ts';
import { openSchemaEngine } from './schema-engine.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));

const NO_FILTER = { externalTables: [], externalEnums: [] };

export function readSchema(): string {
  return readFileSync(SCHEMA_PATH, 'utf8');
}

export function migrationList(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: readMigrations(dir).map((m) => ({
      path: m.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
    })),
  };
}

/** An adapter factory whose shadow databases are fresh in-memory PGlites with our extensions. */
export function pgliteShadowFactory(main: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => new PrismaPGlite(await createPglite(null)).connect(),
  };
}

async function diff(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  from: Parameters<Awaited<ReturnType<typeof openSchemaEngine>>['diff']>[0]['from'],
  to: Parameters<Awaited<ReturnType<typeof openSchemaEngine>>['diff']>[0]['to'],
): Promise<string> {
  const schema = readSchema();
  const engine = await openSchemaEngine(schema, pgliteShadowFactory(adapter));
  try {
    const result = await engine.diff({ from, to, script: true, exitCode: null, filters: NO_FILTER });
    return (result.stdout ?? '').trim();
  } finally {
    engine.free();
  }
}

const EMPTY_DIFF = /^-- This is an empty migration\.?$/;

/**
 * The engine does not see extensions in a database it built from migrations (nor in PGlite's
 * catalogs), so it proposes `CREATE EXTENSION` for ones the history already creates. Those
 * statements are dropped; any other difference is kept.
 */
function withoutKnownExtensions(sql: string): string {
  const created = new Set(
    readMigrations().flatMap((m) => [...m.sql.matchAll(/CREATE EXTENSION IF NOT EXISTS "([^"]+)"/g)].map((x) => x[1])),
  );
  const kept = sql
    .split(/\n\n+/)
    .filter((block) => {
      const match = /^-- CreateExtension\nCREATE EXTENSION IF NOT EXISTS "([^"]+)";$/.exec(block.trim());
      return !(match && created.has(match[1]));
    })
    .join('\n\n')
    .trim();
  return EMPTY_DIFF.test(kept) ? '' : kept;
}

/** SQL that takes a database built from the migration history to what schema.prisma says ('' if none). */
export async function diffMigrationsToSchema(): Promise<string> {
  const scratch = new PrismaPGlite(await createPglite(null));
  const sql = await diff(scratch, { tag: 'migrations', ...migrationList() }, {
    tag: 'schemaDatamodel',
    files: [{ path: SCHEMA_PATH, content: readSchema() }],
  });
  return withoutKnownExtensions(sql);
}

/** SQL that takes the live database behind `adapter` to what schema.prisma says ('' if none). */
export async function diffDatabaseToSchema(adapter: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  // With a driver adapter, "the schema's datasource" is the adapter's live database.
  const sql = await diff(adapter, { tag: 'schemaDatasource', configDir: path.dirname(SCHEMA_PATH), files: [{ path: SCHEMA_PATH, content: readSchema() }] }, {
    tag: 'schemaDatamodel',
    files: [{ path: SCHEMA_PATH, content: readSchema() }],
  });
  return withoutKnownExtensions(sql);
}
