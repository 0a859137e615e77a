// /metrics reports what the handler served (by operation, errors by code, ingests by outcome,
// pool use on PostgreSQL), and every response carries a request id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH } from '../helpers/api-setup.ts';
import { execute } from '../helpers/graphql.ts';
import { createTestApp, type TestApp } from '../helpers/test-database.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.drop());

async function scrape(): Promise<Map<string, number>> {
  const response = await app.yoga.fetch('http://localhost/metrics');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

const INGEST = `mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  ... on IngestDocumentPayload { documentId created } } }`;

describe('metrics', () => {
  it('counts requests by operation, errors by code and ingests by outcome', async () => {
    const before = await scrape();
    for (let i = 0; i < 3; i++) await execute(app.yoga, 'query PersonCount { persons(first: 1) { totalCount } }');
    await execute(app.yoga, '{ noSuchField }');
    const text = 'Ngày 10/8, Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội.\nHai bên nhất trí tăng cường hợp tác.';
    await execute(app.yoga, INGEST, { input: { text, source: 'metrics.txt' } }, AUTH);
    await execute(app.yoga, INGEST, { input: { text, source: 'metrics.txt' } }, AUTH);

    const after = await scrape();
    const delta = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
    expect(delta('diplograph_graphql_requests_total{operation="PersonCount",type="query"}')).toBe(3);
    expect(delta('diplograph_graphql_request_duration_seconds_count{operation="PersonCount",type="query"}')).toBe(3);
    expect(delta('diplograph_graphql_requests_total{operation="Ingest",type="mutation"}')).toBe(2);
    expect(delta('diplograph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(delta('diplograph_ingest_documents_total{outcome="created"}')).toBe(1);
    expect(delta('diplograph_ingest_documents_total{outcome="unchanged"}')).toBe(1);
    expect(after.has('process_resident_memory_bytes')).toBe(true);
    if (app.services.db.kind === 'postgres') {
      expect(after.get('diplograph_db_pool_connections{pool="primary",state="total"}')).toBeGreaterThan(0);
      expect(after.has('diplograph_db_pool_connections{pool="primary",state="waiting"}')).toBe(true);
    }
  });

  it('echoes a sane incoming x-request-id and generates one otherwise', async () => {
    const post = (headers: Record<string, string>) =>
      app.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"query":"{ __typename }"}',
      });
    expect((await post({ 'x-request-id': 'lb-1234.abc' })).headers.get('x-request-id')).toBe('lb-1234.abc');
    const generated = (await post({ 'x-request-id': 'no spaces <allowed>' })).headers.get('x-request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect((await post({})).headers.get('x-request-id')).not.toBe(generated);
  });
});
