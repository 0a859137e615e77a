// SQL golden files (PostGraphile's habit): each benchmarked query's compiled SQL is stored beside
// it (bench/queries/*.sql, bench/shapes/*.sql) and compared here, so a change in what the compiler
// sends shows as a diff; and each query's answer is the ordinary path's. `UPDATE_SNAPSHOTS=1 npx vitest run tests/read/sql-golden.test.ts`
// rewrites them; nothing else does.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { execute } from '../helpers/graphql.ts';
import { createTestApp, testConfig, type TestApp } from '../helpers/test-database.ts';

const FOLDERS = ['bench/queries', 'bench/shapes'].map((f) => new URL(`../../${f}/`, import.meta.url));
const QUERIES = FOLDERS.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.graphql')).map((f) => new URL(f, folder)));
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

const sql: string[] = [];
let app: TestApp;
let compiled: App;
let ordinary: App;
let variables: Record<string, unknown>;

/** One value per variable name the benchmark's queries use; the SQL text does not depend on them. */
async function benchVariables(): Promise<Record<string, unknown>> {
  const first = async (query: string) => {
    const { data } = await execute(compiled.yoga, query, {});
    return (Object.values(data!)[0] as any).edges.map((e: any) => e.node.id as string);
  };
  const [son] = await first('{ persons(first: 1, filter: { search: "Bùi Thanh Sơn" }) { edges { node { id } } } }');
  const other = (await first('{ persons(first: 2) { edges { node { id } } } }')).find((id: string) => id !== son);
  const meetings = await first('{ meetings(first: 2) { edges { node { id } } } }');
  const statements = await first('{ statements(first: 2) { edges { node { id } } } }');
  const articles = await first('{ articles(first: 2) { edges { node { id } } } }');
  const ids = [son, meetings[0], statements[0], articles[0], other, meetings[1], statements[1], articles[1]];
  const cursor = Buffer.from(`GPC:N:${Buffer.from(statements[0], 'base64').toString().split(':')[1]}`).toString('base64');
  return { first: 20, id: son, speaker: son, from: '2015', to: '2020-12', query: 'bui thanh son', series: 'AMM', ordinal: 54, ids, after: cursor };
}

beforeAll(async () => {
  app = await createTestApp({ seed: true, onQuery: (statement) => sql.push(statement) });
  compiled = await startApp(testConfig({ RESPONSE_CACHE: 'false' }), { database: app.services.db });
  ordinary = await startApp(testConfig({ READ_PLANNER: 'false', RESPONSE_CACHE: 'false' }), { database: app.services.db });
  variables = await benchVariables();
});
afterAll(() => app.drop());

describe('SQL golden files of the benchmarked queries', () => {
  for (const file of QUERIES) {
    const name = file.pathname.split('/').slice(-2).join('/');
    it(name, async () => {
      sql.length = 0;
      const document = readFileSync(file, 'utf8');
      const result = await execute(compiled.yoga, document, variables);
      expect(result.errors).toBeUndefined();
      const statements = [...sql];
      expect(result).toEqual(await execute(ordinary.yoga, document, variables));
      sql.splice(0, sql.length, ...statements);
      const text = `${sql.join(';\n\n')};\n`;
      const golden = new URL(file.href.replace(/\.graphql$/, '.sql'));
      if (UPDATE || !existsSync(golden)) writeFileSync(golden, text);
      expect(text).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
