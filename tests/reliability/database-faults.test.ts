// Database outages, on a private PostgreSQL cluster this test starts, stops and restarts itself:
// during the outage every request gets DATABASE_UNAVAILABLE within a bound (no hang) and /readyz
// says not ready; after the restart the same server process serves again, and what it
// acknowledged before the outage is there. An ingest cut off mid-transaction leaves nothing.
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { startLiveServer, type LiveServer } from '../helpers/live-server.ts';
import { serverUrlFromEnv } from '../helpers/postgres-admin.ts';
import { fingerprint } from './db-fingerprint.ts';
import { API_KEY } from './reliability-server.ts';
import { createScratchCluster, scratchClusterUnavailable, type ScratchCluster } from './scratch-cluster.ts';

/** Generous for CI: a refused connection fails in milliseconds, the pool's connect timeout is 3 s. */
const OUTAGE_ANSWER_BOUND_MS = 5_000;

const skipReason = !serverUrlFromEnv()
  ? 'PostgreSQL only (DATABASE_URL is not postgresql://): PGlite runs in-process and cannot be stopped apart from the server'
  : scratchClusterUnavailable();

interface Answer {
  status: number;
  code: string | null;
  ms: number;
  data?: any;
}

describe.skipIf(skipReason !== null)(`database faults${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let cluster: ScratchCluster;
  let server: LiveServer;
  let db: Database;
  const origin = () => `http://127.0.0.1:${server.port}`;

  async function graphql(query: string, variables?: Record<string, unknown>, auth = false): Promise<Answer> {
    const t0 = performance.now();
    const response = await fetch(`${origin()}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(auth ? { authorization: `Bearer ${API_KEY}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code ?? null, ms: performance.now() - t0, data: body.data };
  }
  const get = async (path: string) => {
    const response = await fetch(`${origin()}${path}`, { signal: AbortSignal.timeout(30_000) });
    return { status: response.status, body: await response.json() };
  };
  const INGEST = 'mutation($i: IngestDocumentInput!) { ingestDocument(input: $i) { ... on IngestDocumentPayload { created documentId articles { article { id } } } } }';
  const READ = '{ articles(first: 5) { totalCount edges { node { id title } } } persons(first: 5) { totalCount } }';
  const seedText = (i: number) => readFileSync(`seeds/${readdirSync('seeds').sort()[i % 5]}`, 'utf8');

  beforeAll(async () => {
    cluster = await createScratchCluster();
    server = await startLiveServer({
      DATABASE_URL: cluster.url, SEED_ON_START: 'false', DIPLOGRAPH_API_KEY: API_KEY, LOG_LEVEL: 'silent', DATABASE_POOL_SIZE: '4',
      // Every read must reach the database (the cache would answer some during the outage).
      RESPONSE_CACHE: 'false',
    });
    db = await openDatabase({ kind: 'postgres', url: cluster.url }, { poolSize: 1 });
  });
  afterAll(async () => {
    await db?.close();
    await server?.stop();
    cluster?.destroy();
  });

  it('answers DATABASE_UNAVAILABLE within a bound during an outage, recovers without a restart, keeps acknowledged ingests', async () => {
    expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
    const acknowledged = await graphql(INGEST, { i: { text: seedText(0), source: 'before-outage.txt' } }, true);
    expect(acknowledged).toMatchObject({ status: 200, code: null, data: { ingestDocument: { created: true } } });
    const articleIds: string[] = acknowledged.data.ingestDocument.articles.map((a: any) => a.article.id);
    expect(articleIds.length).toBeGreaterThan(0);

    // A light load throughout: two clients reading in a loop.
    const answers: Answer[] = [];
    let loading = true;
    const load = Promise.all(
      [0, 1].map(async () => {
        while (loading) answers.push(await graphql(READ));
      }),
    );
    await new Promise((r) => setTimeout(r, 500));

    cluster.stop('fast');
    const during: Answer[] = [];
    for (let i = 0; i < 5; i++) during.push(await graphql(READ));
    during.push(await graphql(INGEST, { i: { text: seedText(1), source: 'during-outage.txt' } }, true));
    const readiness = await get('/readyz');
    const liveness = await get('/healthz');

    const restartedAt = performance.now();
    cluster.start();
    const clusterUpMs = performance.now() - restartedAt;
    let recovered: Answer | null = null;
    while (performance.now() - restartedAt < 30_000) {
      const answer = await graphql(READ);
      if (answer.code === null) {
        recovered = answer;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const recoveryMs = performance.now() - restartedAt;
    loading = false;
    await load;
    console.log(
      `outage: ${during.length} requests answered in max ${Math.max(...during.map((a) => a.ms)).toFixed(0)} ms; ` +
        `recovery after restart: cluster up in ${clusterUpMs.toFixed(0)} ms, first successful read ${recoveryMs.toFixed(0)} ms after pg_ctl start; ` +
        `load: ${answers.length} reads, ${answers.filter((a) => a.code === 'DATABASE_UNAVAILABLE').length} unavailable`,
    );

    for (const answer of during) expect(answer).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    for (const answer of during) expect(answer.ms).toBeLessThan(OUTAGE_ANSWER_BOUND_MS);
    expect(readiness.status).toBe(503);
    expect(readiness.body).toMatchObject({ status: 'not ready', reason: expect.any(String) });
    expect(liveness).toEqual({ status: 200, body: { status: 'ok' } });
    // Under load, every answer was a success or the typed outage error: never a masked 500 or a hang.
    expect(new Set(answers.map((a) => a.code ?? 'ok'))).toSatisfy((codes: Set<string>) => [...codes].every((c) => c === 'ok' || c === 'DATABASE_UNAVAILABLE'));
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(OUTAGE_ANSWER_BOUND_MS);

    expect(recovered, 'the server serves again after the database restarts').not.toBeNull();
    expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready' } });
    const after = await graphql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: articleIds });
    expect(after.data.nodes.map((n: any) => n?.id)).toEqual(articleIds);
    const documents = await db.prisma.document.findMany({ select: { source: true } });
    expect(documents.map((d) => d.source)).toEqual(['before-outage.txt']);
  });

  it('an ingest cut off mid-transaction leaves nothing half-written, and can be sent again', async () => {
    // Large enough that its transaction is open for a while: many articles, people, statements.
    const text = Array.from({ length: 40 }, (_, i) => `${seedText(i)}\nBản tin gián đoạn số ${i}.`).join('\n');
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    try {
      let cut = false;
      for (let attempt = 0; attempt < 3 && !cut; attempt++) {
        const before = await fingerprint(db);
        const source = `interrupted-${attempt}.txt`;
        const sent = graphql(INGEST, { i: { text: `${text}\nLần ${attempt}.`, source } }, true);
        let settled = false;
        void sent.finally(() => (settled = true));
        // A backend holding a transaction id is writing: that is the ingest's transaction.
        while (!settled && !cut) {
          const { rows } = await admin.query(
            `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
             WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
          );
          cut = rows.some((row) => row.done);
          if (!cut) await new Promise((r) => setTimeout(r, 5));
        }
        const answer = await sent;
        if (!cut) continue; // committed before it could be cut: try again with a new text
        expect(answer).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
        expect(await fingerprint(db)).toEqual(before);
        const again = await graphql(INGEST, { i: { text: `${text}\nLần ${attempt}.`, source } }, true);
        expect(again).toMatchObject({ status: 200, code: null, data: { ingestDocument: { created: true } } });
      }
      expect(cut, 'caught an ingest mid-transaction').toBe(true);
    } finally {
      await admin.end();
    }
  });
});
