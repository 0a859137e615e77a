// `diplograph migrate [--json]`: applies pending migrations to the configured database.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { applyMigrations } from '../db/migrate.ts';
import { endStatus, status, writeJson } from './output.ts';

export async function migrateCommand(options: { json: boolean }): Promise<void> {
  const config = loadConfig();
  status('opening the database…');
  const db = await openDatabase(config.database, { poolSize: 1 });
  try {
    status('applying migrations…');
    const applied = await applyMigrations(db);
    endStatus();
    if (options.json) writeJson({ applied, upToDate: applied.length === 0 });
    else process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
  } finally {
    await db.close();
  }
}
