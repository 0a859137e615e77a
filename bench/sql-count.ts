// SQL statements per Q1 request at page sizes 5, 20 and 50, counted in-process with openDatabase's
// onQuery hook (the recorder tests/api/batching.test.ts uses) against a scratch corpus database.
// Q1 at first: 50 exceeds the API's complexity limit (src/limits.ts) and is refused; to still
// count what it would cost, a second process lifts that limit before the schema is built (the limit
// is read once, when the schema module loads) and counts the refused sizes there.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { QUERIES } from './lib/cases.ts';
import { databaseUrl } from './lib/postgres.ts';
import { ROOT } from './lib/processes.ts';

export interface SqlCount {
  first: number;
  statements: number;
  meetings: number;
  /** The API refused this size (complexity limit); statements were counted with the limit lifted. */
  refused: string | null;
}

const SELF = fileURLToPath(import.meta.url);

async function countHere(database: string, pageSizes: number[]): Promise<SqlCount[]> {
  if (process.env.BENCH_LIFT_COMPLEXITY === '1') {
    const { LIMITS } = await import('../src/limits.ts');
    (LIMITS as { complexity: number }).complexity = Number.MAX_SAFE_INTEGER;
  }
  const { startApp } = await import('../src/app.ts');
  const { loadConfig } = await import('../src/config.ts');
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
      const body = (await response.json()) as { data?: { meetings: { edges: unknown[] } } | null; errors?: { message: string; extensions?: { code?: string } }[] };
      const refused = body.errors?.find((e) => e.extensions?.code === 'COMPLEXITY_LIMIT_EXCEEDED');
      if (refused) {
        out.push({ first, statements: sql.length, meetings: 0, refused: refused.message });
        continue;
      }
      if (body.errors || !body.data) throw new Error(`Q1 first=${first} failed: ${JSON.stringify(body.errors)}`);
      out.push({ first, statements: sql.length, meetings: body.data.meetings.edges.length, refused: null });
    }
    return out;
  } finally {
    await app.close();
  }
}

function countInChild(database: string, pageSizes: number[], lift: boolean): SqlCount[] {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', SELF, database, pageSizes.join(',')], {
    cwd: ROOT,
    env: { ...process.env, BENCH_LIFT_COMPLEXITY: lift ? '1' : '0', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as SqlCount[];
}

export function countQ1Statements(database: string, pageSizes = [5, 20, 50]): SqlCount[] {
  const counts = countInChild(database, pageSizes, false);
  const refused = counts.filter((c) => c.refused);
  if (refused.length === 0) return counts;
  const lifted = countInChild(database, refused.map((c) => c.first), true);
  return counts.map((c) => {
    const l = lifted.find((x) => x.first === c.first);
    return c.refused && l ? { ...l, refused: c.refused } : c;
  });
}

if (process.argv[1] === SELF) {
  const [database, sizes] = process.argv.slice(2);
  const counts = await countHere(database!, sizes!.split(',').map(Number));
  console.log(JSON.stringify(counts));
}
