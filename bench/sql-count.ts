// SQL statements per Q1 request at page sizes 5, 20 and 50, counted in-process with openDatabase's
// onQuery hook (the same recorder the batching test uses) against a scratch corpus database.
import { startApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { QUERIES } from './lib/cases.ts';
import { databaseUrl } from './lib/postgres.ts';

export interface SqlCount {
  first: number;
  statements: number;
  meetings: number;
}

export async function countQ1Statements(database: string, pageSizes = [5, 20, 50]): Promise<SqlCount[]> {
  const sql: string[] = [];
  const config = loadConfig({ DATABASE_URL: databaseUrl(database), SEED_ON_START: 'false', RESPONSE_CACHE: 'false', LOG_LEVEL: 'silent' });
  const app = await startApp(config, { onQuery: (s) => sql.push(s) });
  try {
    const out: SqlCount[] = [];
    for (const first of pageSizes) {
      sql.length = 0;
      const response = await app.yoga.fetch('http://bench.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERIES.q1, variables: { first } }),
      });
      const body = (await response.json()) as { data?: { meetings: { edges: unknown[] } }; errors?: unknown };
      if (body.errors || !body.data) throw new Error(`Q1 first=${first} failed: ${JSON.stringify(body.errors)}`);
      out.push({ first, statements: sql.length, meetings: body.data.meetings.edges.length });
    }
    return out;
  } finally {
    await app.close();
  }
}
