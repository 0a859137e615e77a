// Creates the embedded engine with the extensions the schema needs. Used in the main thread (CLI,
// tests, tools) and inside the PGlite worker thread (the server), so it imports nothing heavy.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { mkdirSync } from 'node:fs';

export async function createPglite(dataDir: string | null, loadDataDir?: Blob): Promise<PGlite> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir ?? undefined, { extensions: { pg_trgm, unaccent }, loadDataDir });
}
