// Helpers for tests that put several real processes on one PGlite folder: run a command to its end,
// and check what a folder holds once no process has it open.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openDatabase } from '../../src/db/database.ts';

const root = path.resolve(import.meta.dirname, '../..');

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node --import tsx <script> ...args` in the project root until it exits. */
export function runScript(script: string, args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<Finished> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    }),
  );
}

export interface FolderHealth {
  documents: number;
  articles: number;
  duplicateDocumentHashes: number;
  duplicateArticleHashes: number;
  articlesWithoutDocument: number;
}

/** Opens the folder (taking its lock) and reads the facts a corrupted folder gets wrong. */
export async function folderHealth(dir: string): Promise<FolderHealth> {
  const db = await openDatabase({ kind: 'pglite', dataDir: dir });
  try {
    const one = async (sql: string) => Number((await db.withSession((s) => s.query<{ n: number }>(sql)))[0]!.n);
    return {
      documents: await one('SELECT count(*) AS n FROM "Document"'),
      articles: await one('SELECT count(*) AS n FROM "Article"'),
      duplicateDocumentHashes: await one('SELECT count(*) AS n FROM (SELECT 1 FROM "Document" GROUP BY "contentHash" HAVING count(*) > 1) d'),
      duplicateArticleHashes: await one('SELECT count(*) AS n FROM (SELECT 1 FROM "Article" GROUP BY "contentHash" HAVING count(*) > 1) d'),
      articlesWithoutDocument: await one('SELECT count(*) AS n FROM "Article" a LEFT JOIN "Document" d ON d.id = a."documentId" WHERE d.id IS NULL'),
    };
  } finally {
    await db.close();
  }
}

/** A short Vietnamese news text, different for each k (so each is a new document). */
export function newsText(k: number): string {
  return [
    `Ngày ${(k % 27) + 1}/8/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản tại Hà Nội (lần ${k}).`,
    `Hai bên nhất trí tăng cường hợp tác trong lĩnh vực số ${k}.`,
  ].join('\n');
}
