// The `diplograph` bin as a script meets it: stdout is clean JSON (no npm banner, no progress),
// ids are the API's global ids, and failures have the README's exit codes.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = 'seeds/000_71f28d91dc206ae9.txt';

let scratch: string;
let database: TestDatabase | null = null;
let databaseUrl: string;

async function diplograph(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/diplograph.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const typenameOf = (id: string) => decodeGlobalID(id).typename;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'diplograph-cli-'));
  if (process.env.DATABASE_URL?.startsWith('postgres')) database = await createTestDatabase();
  databaseUrl = database?.url ?? `pglite:${path.join(scratch, 'db')}`;
}, 60_000);

afterAll(async () => {
  await database?.drop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('diplograph bin', () => {
  let ingested: { results: { documentId: number; articles: { id: string }[]; persons: { ids: string[] }; meetings: { ids: string[] }; statements: { ids: string[] } }[] };

  it('ingest --json prints only JSON, with global ids', async () => {
    const result = await diplograph(['ingest', SEED, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    ingested = JSON.parse(result.stdout);
    const [first] = ingested.results;
    expect(first!.documentId).toEqual(expect.any(Number));
    expect(first!.articles.map((a) => typenameOf(a.id))).toEqual(first!.articles.map(() => 'Article'));
    expect(new Set(first!.persons.ids.map(typenameOf))).toEqual(new Set(['Person']));
    expect(new Set(first!.meetings.ids.map(typenameOf))).toEqual(new Set(['Meeting']));
  }, 120_000);

  it('migrate --json reports an up-to-date database after the ingest migrated it', async () => {
    const result = await diplograph(['migrate', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ applied: [], upToDate: true });
  }, 120_000);

  it('export prints the graph with the same global ids, as JSON and as NDJSON', async () => {
    const json = await diplograph(['export', '--types', 'meetings,persons']);
    expect(json.code).toBe(0);
    const graph = JSON.parse(json.stdout);
    expect(Object.keys(graph).sort()).toEqual(['counts', 'exportedAt', 'meetings', 'persons']);
    expect(graph.counts.meetings).toBe(graph.meetings.length);
    expect(graph.meetings.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(ingested.results[0]!.meetings.ids));
    expect(graph.persons.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(ingested.results[0]!.persons.ids));

    const ndjson = await diplograph(['export', '--types', 'statements', '--ndjson']);
    expect(ndjson.code).toBe(0);
    const lines = ndjson.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id).sort()).toEqual([...ingested.results[0]!.statements.ids].sort());
    expect(lines.every((l) => l.type === 'statements' && typenameOf(l.article.id) === 'Article')).toBe(true);
  }, 120_000);

  it('exits 2 on usage errors, 78 on a bad configuration, with one line on stderr and nothing on stdout', async () => {
    const cases = [
      { args: ['frobnicate'], code: 2, message: /unknown command frobnicate/ },
      { args: ['ingest'], code: 2, message: /usage: diplograph ingest/ },
      { args: ['ingest', 'no-such-file.txt', '--json'], code: 2, message: /no such file or folder: no-such-file\.txt/ },
      { args: ['ingest', SEED, '--jsn'], code: 2, message: /unknown option --jsn/ },
      { args: ['export', '--types', 'meetings,bogus'], code: 2, message: /unknown type bogus/ },
      { args: ['migrate', '--force'], code: 2, message: /Unknown option '--force'/ },
      { args: ['migrate'], env: { DATABASE_URL: 'mysql://nope' }, code: 78, message: /DATABASE_URL/ },
    ];
    for (const c of cases) {
      const result = await diplograph(c.args, c.env);
      expect({ args: c.args, code: result.code, stdout: result.stdout }).toEqual({ args: c.args, code: c.code, stdout: '' });
      expect(result.stderr).toMatch(c.message);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  }, 120_000);
});
