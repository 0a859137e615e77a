// `npm run migrate`: applies pending migrations to the configured database (DATABASE_URL).
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { FolderLockedError } from '../src/db/folder-lock.ts';
import { applyMigrations } from '../src/db/migrate.ts';

const config = loadConfig();
let db: Database;
try {
  db = await openDatabase(config.database, { lockRole: 'tool' });
} catch (error) {
  // A server holds the PGlite folder: it applied its migrations at start.
  if (!(error instanceof FolderLockedError)) throw error;
  console.error(error.message);
  process.exit(75);
}
try {
  const applied = await applyMigrations(db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await db.close();
}
