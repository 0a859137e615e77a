// What "the database is unchanged" means in the reliability tests: the row count of every table and
// an md5 of every table's rows in a fixed order. Works on PGlite and PostgreSQL alike.
import type { Database } from '../../src/db/database.ts';

export interface Fingerprint {
  counts: Record<string, number>;
  checksum: Record<string, string>;
}

export async function tableNames(db: Database): Promise<string[]> {
  const rows = await db.withSession((s) =>
    s.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    ),
  );
  return rows.map((row) => row.table_name);
}

export async function fingerprint(db: Database): Promise<Fingerprint> {
  const tables = await tableNames(db);
  const counts: Record<string, number> = {};
  const checksum: Record<string, string> = {};
  await db.withSession(async (s) => {
    for (const table of tables) {
      const [row] = await s.query<{ n: number | string; md5: string | null }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5 FROM "${table}" t`,
      );
      counts[table] = Number(row!.n);
      checksum[table] = row!.md5 ?? '';
    }
  });
  return { counts, checksum };
}
