// The SDK as a consumer meets it: packed with `npm pack`, installed into a scratch project outside
// the workspace (from npm's cache), typechecked with the consumer's own tsconfig, and run against a
// live server from ESM and from CommonJS, plus the README's codegen recipe for the consumer's own
// documents. tsc runs twice in all (once for the files that must compile, once for those that must
// not) to keep the file near a minute on a loaded machine.
import { execFile } from 'node:child_process';
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
const installedVersion = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version as string;
// The consumer's dev tools at the versions the workspace installed, so npm finds them in its cache.
const CONSUMER_DEV_DEPENDENCIES = Object.fromEntries(
  ['@types/node', '@graphql-codegen/cli', '@graphql-codegen/client-preset'].map((name) => [name, installedVersion(name)]),
);

// The compiler options a strict consumer project would use (tsc cannot mix -p with file names).
const CONSUMER_OPTIONS = ['--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--types', 'node'];
const MUST_COMPILE = ['consumer.ts', 'consumer-cjs.cts', 'src/own-documents.ts'];
const MUST_NOT_COMPILE = ['misspelled-field.ts', 'wrong-variable.ts'];

type Run = { status: number; stdout: string; stderr: string };

// Child processes run asynchronously: a blocked test worker would stop draining the live
// server's output pipe and stall the server.
async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd, env, timeout: 120_000 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

const node = (args: string[], cwd: string, env?: NodeJS.ProcessEnv) => run(process.execPath, args, cwd, env);

async function installConsumer(scratch: string): Promise<string> {
  const packed = await run('npm', ['pack', '--workspace', 'sdk', '--pack-destination', scratch, '--silent'], ROOT);
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'))!;
  const project = path.join(scratch, 'app');
  cpSync(path.join(import.meta.dirname, 'consumer'), project, { recursive: true });
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { '@diplograph/sdk': `file:../${tarball}` },
      devDependencies: CONSUMER_DEV_DEPENDENCIES,
    }),
  );
  const installed = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], project);
  if (installed.status !== 0) throw new Error(`npm install failed: ${installed.stderr}`);
  return project;
}

describe('@diplograph/sdk as a consumer installs it', () => {
  let scratch: string;
  let project: string;
  let server: LiveServer;
  let database: TestDatabase | null = null;
  let codegen: Run;
  let compiled: Run;
  let rejected: Run;
  const runEnv = () => ({ ...process.env, DIPLOGRAPH_URL: server.url, DIPLOGRAPH_API_KEY: API_KEY });

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'diplograph-consumer-'));
    // On PostgreSQL runs the server gets a scratch database; otherwise an in-memory PGlite.
    if (process.env.DATABASE_URL?.startsWith('postgres')) database = await createTestDatabase();
    const serverStarting = startLiveServer({ DATABASE_URL: database?.url ?? 'pglite:memory', DIPLOGRAPH_API_KEY: API_KEY, SEED_ON_START: 'true' });
    serverStarting.catch(() => {});
    project = await installConsumer(scratch);
    codegen = await node([path.join(project, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts'], project);
    [compiled, rejected] = await Promise.all([
      node([TSC, ...CONSUMER_OPTIONS, '--outDir', 'out', ...MUST_COMPILE], project),
      node([TSC, ...CONSUMER_OPTIONS, '--noEmit', ...MUST_NOT_COMPILE], project),
    ]);
    server = await serverStarting;
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('ships ESM and CommonJS builds, types, schema.graphql and the persisted-documents manifest, and nothing of the workspace', () => {
    const installed = path.join(project, 'node_modules/@diplograph/sdk');
    expect(readdirSync(installed).sort()).toEqual(['CHANGELOG.md', 'README.md', 'dist', 'package.json', 'schema.graphql', 'src']);
    expect(readdirSync(path.join(installed, 'src/generated'))).toEqual(['persisted-documents.json']);
    expect(readdirSync(path.join(installed, 'dist'))).toContain('index.d.ts');
    expect(readdirSync(path.join(installed, 'dist/cjs'))).toEqual(expect.arrayContaining(['index.js', 'index.d.ts', 'package.json']));
    expect(readFileSync(path.join(installed, 'schema.graphql'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));
  });

  it('typechecks consumers in ESM, in CommonJS, and with their own codegen-typed documents', () => {
    expect(codegen.status, codegen.stdout + codegen.stderr).toBe(0);
    expect(compiled.stdout + compiled.stderr).toBe('');
    expect(compiled.status).toBe(0);
  });

  it('rejects a misspelled field and a wrong variable at compile time', () => {
    expect(rejected.status).not.toBe(0);
    expect(rejected.stdout).toMatch(/misspelled-field\.ts\(\d+,\d+\): error TS(2339|2551): Property 'titel' does not exist/);
    expect(rejected.stdout).toMatch(/wrong-variable\.ts\(\d+,\d+\): error TS2353: Object literal may only specify known properties, and 'key' does not exist/);
    expect(rejected.stdout.trim().split('\n').filter((line) => /error TS/.test(line))).toHaveLength(2);
  });

  it('runs from ESM against a live server: reads, typed errors, mutation, subscription, persisted hashes', async () => {
    const result = await node(['out/consumer.js'], project, runEnv());
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    console.log('ESM consumer:', result.stdout.trim());
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

  it('runs from CommonJS: require() resolves the CommonJS build; error codes and result errors are typed', async () => {
    const result = await node(['out/consumer-cjs.cjs'], project, runEnv());
    expect(result.stderr).toBe('');
    console.log('CommonJS consumer:', result.stdout.trim());
    const report = JSON.parse(result.stdout.trim());
    expect(report.moduleKind).toBe('object');
    expect(report.articleCount).toBeGreaterThan(5);
    expect(report.pageSizeCode).toBe('PAGE_SIZE_LIMIT_EXCEEDED');
    expect(report.resultError).toEqual({ typename: 'InputValidationError', field: 'input.text' });
  });

  it("runs the consumer's own document typed by the README's codegen recipe (PartialDate with its precision)", async () => {
    const result = await node(['out/src/own-documents.js'], project, runEnv());
    expect(result.stderr).toBe('');
    console.log('codegen consumer:', result.stdout.trim());
    const report = JSON.parse(result.stdout.trim());
    expect(report.startDate).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(report.precision).toBe({ 4: 'YEAR', 7: 'MONTH', 10: 'DAY' }[report.startDate.length as 4 | 7 | 10]);
  });
});
