// `npm run migrate`: applies pending migrations to the configured database (DATABASE_URL).
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { applyMigrations } from '../src/db/migrate.ts';

const config = loadConfig();
const db = await openDatabase(config.database);
try {
  const applied = await applyMigrations(db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await db.close();
}
