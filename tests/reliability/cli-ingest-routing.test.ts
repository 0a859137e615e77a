// `npm run ingest` beside a running server on the same PGlite folder (issue 13, item 1): the CLI
// used to open the folder a second time and corrupt it, and the server never saw the documents.
// Now it finds the server in the folder's lock file and sends them through its API, with the local
// token the server wrote there (no DIPLOGRAPH_API_KEY set), so subscribers hear of them and cached
// reads are retired; with no server it opens the folder itself, under the lock.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerSentEvents } from '../../sdk/src/sse.ts';
import { acquireFolderLock, lockPathFor, readFolderLock } from '../../src/db/folder-lock.ts';
import { startLiveServer, type LiveServer } from '../helpers/live-server.ts';
import { folderHealth, newsText, runScript } from './pglite-processes.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'diplograph-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function textFile(name: string, k: number): string {
  const file = path.join(scratch, name);
  writeFileSync(file, newsText(k));
  return file;
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
}

const ARTICLES = '{ articles(first: 100) { totalCount edges { node { source } } } }';

describe('npm run ingest beside a running server (no DIPLOGRAPH_API_KEY)', () => {
  const dir = path.join(scratch, 'served');
  // The CLI's environment names only the folder: the API key is unset on both sides.
  const env = { DATABASE_URL: `pglite:${dir}`, SEED_ON_START: 'false', LOG_LEVEL: 'silent' };
  let server: LiveServer;
  beforeAll(async () => {
    expect(process.env.DIPLOGRAPH_API_KEY).toBeUndefined();
    server = await startLiveServer(env);
  });
  afterAll(async () => {
    await server?.stop('SIGTERM');
  });

  it('sends the file through the server: the subscriber hears of it and a cached read is retired', async () => {
    const before = await post(server.url, ARTICLES);
    expect(before.body.data.articles.totalCount).toBe(0);
    // Cached now: a second identical read is a cache hit, which an ingest must retire.
    expect((await post(server.url, ARTICLES)).body.data.articles.totalCount).toBe(0);

    const controller = new AbortController();
    const stream = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { documentIngested { created source } }' }),
      signal: controller.signal,
    });
    const events = readServerSentEvents(stream.body!);
    const heard = (async () => {
      for (;;) {
        const { done, value } = await events.next();
        if (done) throw new Error('stream ended');
        if (value.data) return JSON.parse(value.data).data.documentIngested;
      }
    })();

    const file = textFile('through-server.txt', 1);
    const cli = await runScript('src/cli/ingest.ts', [file], env);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`Sent through the running server at ${server.url} (pid ${server.process.pid})`);
    expect(cli.stdout).toMatch(/through-server\.txt\s+yes\s+2/);
    expect(await heard).toEqual({ created: true, source: 'through-server.txt' });
    controller.abort();

    const after = await post(server.url, ARTICLES);
    expect(after.body.data.articles.totalCount).toBe(2);
    // The server still owns the folder: the CLI never opened it.
    expect(readFolderLock(dir)?.pid).toBe(server.process.pid);

    // The same file again changes nothing, and says so.
    const again = await runScript('src/cli/ingest.ts', [file, '--json'], env);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.via).toEqual({ route: 'server', url: server.url, pid: server.process.pid });
    expect(report.files[0]).toMatchObject({ created: false, articles: 0 });
  }, 120_000);

  it('the local token sits in a file only its owner can read, and mutations without it are still refused', async () => {
    const { lockPath } = lockPathFor(dir);
    const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
    expect(lock.token).toMatch(/^[\w-]{43}$/);
    expect((await import('node:fs')).statSync(lockPath).mode & 0o777).toBe(0o600);
    const mutation = 'mutation { mergePersons(input: { targetId: "x", sourceIds: ["y"] }) { __typename } }';
    const anonymous = await post(server.url, mutation);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await post(server.url, mutation, { authorization: `Bearer ${lock.token.slice(1)}x` });
    expect(wrong.status).toBe(401);
    const right = await post(server.url, mutation, { authorization: `Bearer ${lock.token}` });
    expect(right.status).not.toBe(401);
    expect(right.body.errors?.[0]?.extensions?.code).not.toBe('UNAUTHENTICATED');
  });
});

describe('npm run ingest beside a server in trusted-documents mode', () => {
  it('the CLI (with the local token) may send its own operation; anyone else still may not', async () => {
    const dir = path.join(scratch, 'trusted');
    const env = { DATABASE_URL: `pglite:${dir}`, SEED_ON_START: 'false', LOG_LEVEL: 'silent', TRUSTED_DOCUMENTS: 'true' };
    const server = await startLiveServer(env);
    try {
      const anonymous = await post(server.url, ARTICLES);
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
      const cli = await runScript('src/cli/ingest.ts', [textFile('trusted.txt', 5)], env);
      expect(cli.stderr).toBe('');
      expect(cli.code).toBe(0);
      expect(cli.stdout).toMatch(/trusted\.txt\s+yes\s+2/);
    } finally {
      await server.stop('SIGTERM');
    }
  }, 120_000);
});

describe('npm run ingest with no server', () => {
  it('opens the folder itself under the lock, lets go at the end, and leaves a healthy folder', async () => {
    const dir = path.join(scratch, 'alone');
    const env = { DATABASE_URL: `pglite:${dir}` };
    const cli = await runScript('src/cli/ingest.ts', [textFile('alone-1.txt', 2), textFile('alone-2.txt', 3)], env);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`Ingested into the PGlite folder ${lockPathFor(dir).folder} directly (no server was running on it).`);
    expect(existsSync(lockPathFor(dir).lockPath)).toBe(false);
    const health = await folderHealth(dir);
    expect(health).toMatchObject({ documents: 2, articles: 4, duplicateDocumentHashes: 0, duplicateArticleHashes: 0 });
  }, 120_000);

  it('Ctrl-C (SIGINT) mid-ingest lets go of the folder, and nothing half-written remains', async () => {
    const dir = path.join(scratch, 'interrupted');
    const many = path.join(scratch, 'many');
    (await import('node:fs')).mkdirSync(many);
    // Enough files that the ingest is still running a second after it starts, on any Node version.
    for (let k = 0; k < 600; k++) writeFileSync(path.join(many, `m${k}.txt`), newsText(1000 + k));
    // The folder made and migrated first, so the interrupted run is ingesting, not migrating, when Ctrl-C comes.
    expect((await runScript('src/cli/ingest.ts', [textFile('first.txt', 900)], { DATABASE_URL: `pglite:${dir}` })).code).toBe(0);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', many, '--batch', '1'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DATABASE_URL: `pglite:${dir}` },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    for (let i = 0; i < 600 && readFolderLock(dir)?.role !== 'ingest'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(readFolderLock(dir)?.pid).toBe(child.pid);
    await new Promise((r) => setTimeout(r, 2_000));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(existsSync(lockPathFor(dir).lockPath)).toBe(false);
    const health = await folderHealth(dir);
    expect(health).toMatchObject({ duplicateDocumentHashes: 0, articlesWithoutDocument: 0 });
    expect(health.articles).toBe(2 * health.documents);
  }, 120_000);

  it('refuses to share the folder with another ingest, naming it, and changes nothing', async () => {
    const dir = path.join(scratch, 'busy');
    const held = acquireFolderLock(dir, 'ingest');
    try {
      const cli = await runScript('src/cli/ingest.ts', [textFile('busy.txt', 4)], { DATABASE_URL: `pglite:${dir}` });
      expect(cli.code).toBe(75);
      expect(cli.stderr).toContain(`The embedded database ${lockPathFor(dir).folder} is in use by \`npm run ingest\` (pid ${process.pid}`);
    } finally {
      held.release();
    }
  }, 60_000);
});
