// SQL statements per request at page sizes 5, 20 and 50, counted in-process with openDatabase's
// onQuery hook (the recorder tests/api/batching.test.ts uses) against a scratch corpus database:
// for Q1 (the full run) and for every shape (--only shapes).
// Q1 at first: 50 exceeds the API's complexity limit (src/limits.ts) and is refused; to still
// count what it would cost, a second process lifts that limit before the schema is built (the limit
// is read once, when the schema module loads) and counts the refused requests there.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

/** One request to count: `key` names it in the answer (e.g. "s02@20"). */
export interface CountRequest {
  key: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface RequestCount {
  key: string;
  statements: number;
  /** Edges (or list items) at the answer's first root field. */
  answerSize: number;
  refused: string | null;
  /** Any other error the API answered with. */
  error: string | null;
}

const SELF = fileURLToPath(import.meta.url);

function rootSize(data: Record<string, unknown> | null | undefined): number {
  const top = Object.values(data ?? {})[0] as { edges?: unknown[] } | unknown[] | null | undefined;
  if (Array.isArray(top)) return top.length;
  return top?.edges?.length ?? 0;
}

async function countHere(database: string, requests: CountRequest[]): Promise<RequestCount[]> {
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
    const out: RequestCount[] = [];
    for (const { key, query, variables } of requests) {
      sql.length = 0;
      const response = await app.yoga.fetch('http://bench.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
      const refused = body.errors?.find((e) => e.extensions?.code === 'COMPLEXITY_LIMIT_EXCEEDED');
      const error = !refused && body.errors ? JSON.stringify(body.errors).slice(0, 300) : null;
      out.push({ key, statements: sql.length, answerSize: rootSize(body.data), refused: refused?.message ?? null, error });
    }
    return out;
  } finally {
    await app.close();
  }
}

function countInChild(database: string, requests: CountRequest[], lift: boolean): RequestCount[] {
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', SELF, database], {
    cwd: ROOT,
    env: { ...process.env, BENCH_LIFT_COMPLEXITY: lift ? '1' : '0', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    input: JSON.stringify(requests),
    maxBuffer: 16 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as RequestCount[];
}

/** Counts each request; those the complexity limit refuses are counted again with it lifted. */
export function countStatements(database: string, requests: CountRequest[]): RequestCount[] {
  const counts = countInChild(database, requests, false);
  const refused = requests.filter((r) => counts.find((c) => c.key === r.key)?.refused);
  if (refused.length === 0) return counts;
  const lifted = countInChild(database, refused, true);
  return counts.map((c) => {
    const l = lifted.find((x) => x.key === c.key);
    return c.refused && l ? { ...l, refused: c.refused } : c;
  });
}

export function countQ1Statements(database: string, pageSizes = [5, 20, 50]): SqlCount[] {
  const counts = countStatements(database, pageSizes.map((first) => ({ key: String(first), query: QUERIES.q1, variables: { first } })));
  return counts.map((c) => {
    if (c.error) throw new Error(`Q1 first=${c.key} failed: ${c.error}`);
    return { first: Number(c.key), statements: c.statements, meetings: c.answerSize, refused: c.refused };
  });
}

if (process.argv[1] === SELF) {
  const [database] = process.argv.slice(2);
  // The requests come on stdin: shape queries are too long for argv.
  const requests = JSON.parse(readFileSync(0, 'utf8')) as CountRequest[];
  console.log(JSON.stringify(await countHere(database!, requests)));
}

