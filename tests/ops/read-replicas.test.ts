// Read replicas: a second database on the same server stands in for a replica. It starts as a copy
// of the primary, then gets a row the primary lacks, so each answer shows which database served it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { openDatabase } from '../../src/db/database.ts';
import { AUTH } from '../helpers/api-setup.ts';
import { execute } from '../helpers/graphql.ts';
import { adminQuery, serverUrlFromEnv, withDatabase } from '../helpers/postgres-admin.ts';
import { testConfig } from '../helpers/test-database.ts';

const serverUrl = serverUrlFromEnv();
const suffix = randomBytes(5).toString('hex');
const primaryName = `diplograph_primary_${suffix}`;
const replicaName = `diplograph_replica_${suffix}`;

async function sql<Row>(database: string, text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl!, database) });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

const PERSONS = '{ persons(first: 100) { edges { node { name } } } }';
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  ... on IngestDocumentPayload { documentId created articles { article { source } } } } }`;

describe.skipIf(!serverUrl)('read replicas (PostgreSQL only: PGlite has one in-process database and no replicas)', () => {
  let app: App;
  beforeAll(async () => {
    const template = inject('pgTemplate')!;
    await adminQuery(serverUrl!, `CREATE DATABASE "${primaryName}" TEMPLATE "${template}"`);
    await adminQuery(serverUrl!, `CREATE DATABASE "${replicaName}" TEMPLATE "${template}"`);
    await sql(replicaName, `INSERT INTO "Person" (name, folded) VALUES ('Replica Only', 'replica only')`);
    const primaryUrl = withDatabase(serverUrl!, primaryName);
    const replicaUrl = withDatabase(serverUrl!, replicaName);
    const config = testConfig({ DATABASE_URL: primaryUrl, DATABASE_REPLICA_URLS: replicaUrl, RESPONSE_CACHE: 'false' });
    const database = await openDatabase(config.database, { poolSize: 3, replicaUrls: config.DATABASE_REPLICA_URLS });
    app = await startApp(config, { database });
  });
  afterAll(async () => {
    await app?.close();
    for (const name of [primaryName, replicaName]) await adminQuery(serverUrl!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('serves queries from the replica', async () => {
    const result = await execute(app.yoga, PERSONS);
    expect(result.errors).toBeUndefined();
    expect(result.data!.persons.edges.map((e: { node: { name: string } }) => e.node.name)).toContain('Replica Only');
  });

  it('writes on the primary, and the mutation payload reads its own write there', async () => {
    const text = 'Ngày 10/8, Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội.\nHai bên nhất trí tăng cường hợp tác.';
    const result = await execute(app.yoga, INGEST, { input: { text, source: 'primary.txt' } }, AUTH);
    expect(result.errors).toBeUndefined();
    const payload = result.data!.ingestDocument;
    expect(payload.created).toBe(true);
    // The replica never sees this article, so finding it in the payload means the primary served it.
    expect(payload.articles.map((a: { article: { source: string } }) => a.article.source)).toContain('primary.txt');
    const onPrimary = await sql<{ n: number }>(primaryName, 'SELECT count(*)::int AS n FROM "Document" WHERE id = $1', [payload.documentId]);
    const onReplica = await sql<{ n: number }>(replicaName, `SELECT count(*)::int AS n FROM "Article" WHERE source = 'primary.txt'`);
    expect(onPrimary[0]!.n).toBe(1);
    expect(onReplica[0]!.n).toBe(0);
  });

  it('a query after the write still reads the replica (which has not caught up here)', async () => {
    const result = await execute(app.yoga, '{ articles(first: 100) { edges { node { source } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.articles.edges.map((e: { node: { source: string } }) => e.node.source)).not.toContain('primary.txt');
  });
});
