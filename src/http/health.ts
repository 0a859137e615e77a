// Liveness and readiness for orchestrators and load balancers:
// - GET /healthz: the process serves HTTP (no database involved), 200 {"status":"ok"}.
// - GET /readyz: the database answers `SELECT 1` within READINESS_TIMEOUT_MS and every migration
//   shipped with this build is applied; else 503 {"status":"not ready","reason":…}.
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database.ts';
import { readMigrations } from '../db/migrate.ts';

export const READINESS_TIMEOUT_MS = 2_000;

const json = (fetchAPI: { Response: typeof Response }, status: number, body: unknown) =>
  new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Why the service cannot serve yet, or null when it can. Never throws. */
export async function notReadyReason(db: Database, timeoutMs = READINESS_TIMEOUT_MS): Promise<string | null> {
  const expected = readMigrations().map((m) => m.name);
  try {
    const sql = 'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL';
    // On a connection of its own where there is a pool: 50 slow requests holding every pooled
    // connection made /readyz report a healthy database down for 30 s (issue 13).
    const rows = await withTimeout(
      db.probe ? db.probe<{ migration_name: string }>(sql, timeoutMs) : db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(sql),
      timeoutMs,
      'the database',
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = expected.filter((name) => !applied.has(name));
    return pending.length ? `migrations pending: ${pending.join(', ')}` : null;
  } catch (error) {
    // The reason names the failure class only: no SQL, host or stack goes out.
    return /did not answer/.test((error as Error).message) ? (error as Error).message : 'the database is unreachable';
  }
}

export function useHealthEndpoints(db: Database): Plugin[] {
  const liveness: Plugin = {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz') endResponse(json(fetchAPI, 200, { status: 'ok' }));
    },
  };
  // A plain path test, as for liveness: yoga's useReadinessCheck matched a URLPattern on every
  // request the server answers.
  const readiness: Plugin = {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/readyz') return;
      return notReadyReason(db).then((reason) =>
        endResponse(reason ? json(fetchAPI, 503, { status: 'not ready', reason }) : json(fetchAPI, 200, { status: 'ready' })),
      );
    },
  };
  return [liveness, readiness];
}
