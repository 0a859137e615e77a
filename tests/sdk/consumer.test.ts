// The SDK as a consumer meets it: packed with `npm pack`, installed into a scratch project outside
// the workspace, typechecked with the consumer's own tsconfig, and run against a live server.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../helpers/live-server.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const API_KEY = 'consumer-test-key-0123456789';
const TYPES_NODE_VERSION = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@types/node/package.json'), 'utf8')).version;

// The compiler options a strict consumer project would use (tsc cannot mix -p with file names).
const CONSUMER_OPTIONS = ['--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node'];

// Child processes run asynchronously: a blocked test worker would stop draining the live
// server's output pipe and stall the server.
async function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd, env, timeout: 120_000 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

function tsc(project: string, file: string, emit = false) {
  const output = emit ? ['--outDir', 'out'] : ['--noEmit'];
  return run([TSC, ...CONSUMER_OPTIONS, ...output, file], project);
}

describe('@diplograph/sdk as a consumer installs it', () => {
  let scratch: string;
  let project: string;
  let server: LiveServer;
  let database: TestDatabase | null = null;

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'diplograph-consumer-'));
    execFileSync('npm', ['pack', '--workspace', 'sdk', '--pack-destination', scratch, '--silent'], { cwd: ROOT, stdio: 'pipe' });
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'))!;
    project = path.join(scratch, 'app');
    cpSync(path.join(import.meta.dirname, 'consumer'), project, { recursive: true });
    writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: { '@diplograph/sdk': `file:../${tarball}` },
        devDependencies: { '@types/node': TYPES_NODE_VERSION },
      }),
    );
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
      cwd: project,
      stdio: 'pipe',
    });
    // On PostgreSQL runs the server gets a scratch database; otherwise an in-memory PGlite.
    if (process.env.DATABASE_URL?.startsWith('postgres')) database = await createTestDatabase();
    server = await startLiveServer({
      DATABASE_URL: database?.url ?? 'pglite:memory',
      DIPLOGRAPH_API_KEY: API_KEY,
      SEED_ON_START: 'true',
    });
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('ships dist, types and the persisted-documents manifest, and nothing of the workspace', () => {
    const installed = path.join(project, 'node_modules/@diplograph/sdk');
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist', 'package.json', 'src']);
    expect(readdirSync(path.join(installed, 'src/generated'))).toEqual(['persisted-documents.json']);
    expect(readdirSync(path.join(installed, 'dist'))).toContain('index.d.ts');
  });

  it('typechecks a consumer that uses several methods', async () => {
    const result = await tsc(project, 'consumer.ts');
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('rejects a misspelled field at compile time', async () => {
    const result = await tsc(project, 'misspelled-field.ts');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/misspelled-field\.ts\(\d+,\d+\): error TS(2339|2551): Property 'titel' does not exist/);
  });

  it('rejects a wrong variable at compile time', async () => {
    const result = await tsc(project, 'wrong-variable.ts');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/wrong-variable\.ts\(\d+,\d+\): error TS2353: Object literal may only specify known properties, and 'key' does not exist/);
  });

  it('runs against a live server: reads, typed errors, mutation, subscription, persisted hashes', async () => {
    expect((await tsc(project, 'consumer.ts', true)).status).toBe(0);
    const result = await run(['out/consumer.js'], project, { ...process.env, DIPLOGRAPH_URL: server.url, DIPLOGRAPH_API_KEY: API_KEY });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    expect(report.articleCount).toBeGreaterThan(5);
    expect(report.firstArticleSource).toMatch(/\.txt$/);
    expect(report.searchTop).toBe('Bùi Thanh Sơn');
    expect(report.unauthenticated).toBe('UNAUTHENTICATED');
    expect(report.ingestedCreated).toBe(true);
    expect(report.ingestedArticles).toBe(1);
    expect(report.subscriptionSource).toBe('consumer-test');
    expect(report.persistedCount).toBe(report.articleCount + 1);
    if (report.meetingCount > 0) expect(report.meetingDetailKey).toEqual(expect.any(String));
  });
});
