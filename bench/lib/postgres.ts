// The PostgreSQL server the benchmark uses (BENCH_POSTGRES_URL, default the local trust-auth server)
// and its scratch databases, one per corpus size.
import pg from 'pg';

export const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(name: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const admin = <T>(fn: (client: pg.Client) => Promise<T>) => withClient('postgres', fn);

export async function serverVersion(): Promise<string> {
  return admin(async (c) => (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v);
}

export async function databaseComment(name: string): Promise<string | null> {
  return admin(async (c) => {
    const r = await c.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [name],
    );
    return r.rows[0]?.comment ?? null;
  });
}

/**
 * VACUUM ANALYZE before measuring: a freshly loaded database has no statistics and its GIN indexes
 * hold every entry in their pending list, so the planner picks scans a deployed database would not
 * (the search helper measured 1.7-2.5x slower search on an unvacuumed 10k copy). Cheap when nothing
 * changed since the last one.
 */
export async function vacuumAnalyze(name: string): Promise<number> {
  const t = performance.now();
  await withClient(name, (c) => c.query('VACUUM ANALYZE'));
  return (performance.now() - t) / 1000;
}
