import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CharSafePool } from '../../src/db/char-safe-pool.ts';
import { applyMigrations, readMigrations } from '../../src/db/migrate.ts';
import { diffDatabaseToSchema, diffMigrationsToSchema } from '../../src/db/migration-authoring.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

describe('migrations', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(() => test.drop());

  it('are all recorded in _prisma_migrations with their checksums', async () => {
    const rows = await test.db.withSession((s) =>
      s.query<{ migration_name: string; checksum: string }>(
        'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
      ),
    );
    expect(rows).toEqual(readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });

  it('apply nothing twice', async () => {
    expect(await applyMigrations(test.db)).toEqual([]);
  });

  it('produce exactly what schema.prisma says, from an empty database', async () => {
    expect(await diffMigrationsToSchema()).toBe('');
  });

  async function liveDiff(): Promise<string> {
    if (test.db.pglite) return diffDatabaseToSchema(new PrismaPGlite(test.db.pglite));
    const pool = new CharSafePool({ connectionString: test.url, max: 2 });
    try {
      return await diffDatabaseToSchema(new PrismaPg(pool));
    } finally {
      await pool.end();
    }
  }

  it(`leave this ${process.env.DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'PGlite'} database with no drift from schema.prisma`, async () => {
    expect(await liveDiff()).toBe('');
  });

  it('would notice drift: a dropped index shows up in the diff', async () => {
    await test.db.withSession((s) => s.exec('DROP INDEX "Meeting_format_idx"'));
    expect(await liveDiff()).toContain('CREATE INDEX "Meeting_format_idx"');
    await test.db.withSession((s) => s.exec('CREATE INDEX "Meeting_format_idx" ON "Meeting"("format")'));
  });

  it('install pg_trgm and unaccent', async () => {
    const [row] = await test.db.withSession((s) =>
      s.query<{ folded: string; sim: number }>(`SELECT unaccent('Bùi Thanh Sơn Đông') AS folded, similarity('bui thanh son', 'bui thanh sonn') AS sim`),
    );
    expect(row?.folded).toBe('Bui Thanh Son Dong');
    expect(row?.sim).toBeGreaterThan(0.5);
  });
});
