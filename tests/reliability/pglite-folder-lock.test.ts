// One writer per embedded database (issue 13, item 1). Two processes on one PGlite folder used to
// corrupt it silently; now the second is refused with a message naming the folder and the owner,
// a lock left by a killed process is taken over, and the data survives both.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireFolderLock, FolderLockedError, lockPathFor, readFolderLock } from '../../src/db/folder-lock.ts';
import { openDatabase } from '../../src/db/database.ts';
import { startLiveServer, type LiveServer } from '../helpers/live-server.ts';
import { folderHealth, newsText, runScript } from './pglite-processes.ts';

const API_KEY = 'test-key-0123456789abcdef';
const scratch = mkdtempSync(path.join(tmpdir(), 'diplograph-lock-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const folder = (name: string) => path.join(scratch, name);
const serverEnv = (dir: string) => ({ DATABASE_URL: `pglite:${dir}`, SEED_ON_START: 'false', DIPLOGRAPH_API_KEY: API_KEY, LOG_LEVEL: 'silent' });

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { ... on IngestDocumentPayload { documentId created } } }`;

async function post(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

/** totalCount and the rows paging returns, which disagree on a corrupted folder. */
async function articlesSeen(url: string) {
  const body = await post(url, '{ articles(first: 100) { totalCount edges { node { id } } } }');
  expect(body.errors).toBeUndefined();
  return { totalCount: body.data.articles.totalCount as number, paged: body.data.articles.edges.length as number };
}

describe('the folder lock, in one process', () => {
  it('refuses a second holder, naming the folder and the owner, and lets go on release', () => {
    const dir = folder('in-process');
    const lock = acquireFolderLock(dir, 'ingest');
    expect(statSync(lock.path).mode & 0o777).toBe(0o600);
    let refused: unknown;
    try {
      acquireFolderLock(dir, 'server');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(FolderLockedError);
    const message = (refused as Error).message;
    expect(message).toContain(lockPathFor(dir).folder);
    expect(message).toContain(`pid ${process.pid}`);
    expect(message).toContain('npm run ingest');
    // The refused process never learns the owner's token.
    expect((refused as FolderLockedError).owner.token).toBeUndefined();
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    acquireFolderLock(dir, 'tool').release();
  });

  it('takes over a lock whose process is gone, and one whose pid now belongs to a newer process', async () => {
    const dir = folder('stale');
    const { folder: real, lockPath } = lockPathFor(dir);
    const gone = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => gone.once('exit', () => resolve(gone.pid!)));
    writeFileSync(lockPath, JSON.stringify({ pid: deadPid, startedAt: new Date().toISOString(), hostname: (await import('node:os')).hostname(), role: 'server', folder: real }));
    expect(readFolderLock(dir)).toBeNull();
    const taken = acquireFolderLock(dir, 'tool');
    expect(JSON.parse(readFileSync(lockPath, 'utf8')).pid).toBe(process.pid);
    taken.release();
    // This process is alive but started long after 2001: a reused pid, not the lock's owner.
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, startedAt: '2001-01-01T00:00:00.000Z', hostname: (await import('node:os')).hostname(), role: 'server', folder: real }));
    acquireFolderLock(dir, 'tool').release();
  });

  it('never takes over a lock written on another host, and says which host', () => {
    const dir = folder('other-host');
    const { folder: real, lockPath } = lockPathFor(dir);
    writeFileSync(lockPath, JSON.stringify({ pid: 999_999_999, startedAt: '2001-01-01T00:00:00.000Z', hostname: 'elsewhere', role: 'server', folder: real }));
    expect(() => acquireFolderLock(dir, 'tool')).toThrow(`(pid 999999999, since 2001-01-01T00:00:00.000Z on host elsewhere; if it no longer runs there, delete ${real}.lock)`);
    rmSync(lockPath);
  });

  it('a half-written lock file is left to its writer for 2 s, then taken over (owner killed between create and write)', () => {
    const dir = folder('half');
    const { lockPath } = lockPathFor(dir);
    writeFileSync(lockPath, '');
    utimesSync(lockPath, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const t0 = performance.now();
    acquireFolderLock(dir, 'tool').release();
    expect(performance.now() - t0).toBeLessThan(500);
    writeFileSync(lockPath, '');
    const t1 = performance.now();
    acquireFolderLock(dir, 'tool').release();
    expect(performance.now() - t1).toBeGreaterThan(1_500);
  });
});

describe('two processes on one PGlite folder', () => {
  it('a second server on the folder exits with a message naming the folder and the running server', async () => {
    const dir = folder('two-servers');
    const first = await startLiveServer(serverEnv(dir));
    try {
      const second = await runScript('src/server.ts', [], { ...serverEnv(dir), HOST: '127.0.0.1', PORT: String(first.port + 1) });
      expect(second.code).toBe(75);
      expect(second.stderr).toContain(`The embedded database ${lockPathFor(dir).folder} is in use by a Diplograph server at ${first.url}`);
      expect(second.stderr).toContain(`pid ${first.process.pid}`);
      // The first server still serves, and still owns the folder.
      expect((await articlesSeen(first.url)).totalCount).toBe(0);
      expect(readFolderLock(dir)?.pid).toBe(first.process.pid);
    } finally {
      expect(await first.stop('SIGTERM')).toBe(0);
    }
    // SIGTERM let go of the lock.
    expect(existsSync(lockPathFor(dir).lockPath)).toBe(false);
  }, 180_000);

  it('a server killed with SIGKILL during an ingest burst leaves a stale lock the next server takes over, data intact', async () => {
    const dir = folder('killed');
    let server: LiveServer = await startLiveServer(serverEnv(dir));
    for (let k = 0; k < 5; k++) expect((await post(server.url, INGEST, { input: { text: newsText(k), source: `k${k}.txt` } })).data.ingestDocument.created).toBe(true);
    // A burst in flight, then the process dies without any chance to clean up.
    const burst = Array.from({ length: 10 }, (_, k) => post(server.url, INGEST, { input: { text: newsText(100 + k), source: `b${k}.txt` } }).catch(() => null));
    await new Promise((r) => setTimeout(r, 300));
    await server.stop('SIGKILL');
    await Promise.all(burst);
    expect(existsSync(lockPathFor(dir).lockPath)).toBe(true);
    expect(readFolderLock(dir)).toBeNull();

    server = await startLiveServer(serverEnv(dir));
    let served = 0;
    try {
      expect(readFolderLock(dir)?.pid).toBe(server.process.pid);
      const seen = await articlesSeen(server.url);
      expect(seen.paged).toBe(seen.totalCount);
      expect(seen.totalCount).toBeGreaterThanOrEqual(5);
      served = seen.totalCount;
      const search = await post(server.url, '{ search(query: "Bùi Thanh Sơn", first: 5) { type } }');
      expect(search.errors).toBeUndefined();
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
    const health = await folderHealth(dir);
    expect(health).toMatchObject({ duplicateDocumentHashes: 0, duplicateArticleHashes: 0, articlesWithoutDocument: 0 });
    expect(health.documents).toBeGreaterThanOrEqual(5);
    expect(health.articles).toBe(served);
  }, 240_000);

  it('a tool that opens the folder while a server holds it is refused before touching a page', async () => {
    const dir = folder('tool-vs-server');
    const server = await startLiveServer(serverEnv(dir));
    try {
      await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(/in use by a Diplograph server at http:\/\/127\.0\.0\.1:\d+\/graphql/);
      const migrate = await runScript('scripts/migrate.ts', [], { DATABASE_URL: `pglite:${dir}` });
      expect(migrate.code).toBe(75);
      expect(migrate.stderr).toContain('is in use by a Diplograph server');
    } finally {
      await server.stop('SIGTERM');
    }
  }, 180_000);
});
