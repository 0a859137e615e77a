// Trusted-documents mode: only the SDK manifest's operations run, by hash; anything else gets a
// clear, typed error. Off by default, where hashes and free queries both work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPersistedDocuments } from '../../src/http/trusted-documents.ts';
import { createDiplographYoga, type DiplographYoga } from '../../src/yoga.ts';
import { postJson } from '../helpers/graphql.ts';
import { createTestApp, testConfig, type TestApp } from '../helpers/test-database.ts';

const manifest = loadPersistedDocuments();
const articlesHash = [...manifest].find(([, doc]) => /query Articles\(/.test(doc))![0];

describe('trusted documents', () => {
  let app: TestApp;
  let trusted: DiplographYoga;
  beforeAll(async () => {
    app = await createTestApp({ seed: true });
    trusted = createDiplographYoga({ ...app.services, config: testConfig({ TRUSTED_DOCUMENTS: 'true' }) });
  });
  afterAll(() => app.drop());

  it('the manifest holds every SDK operation, keyed by sha256', () => {
    expect(manifest.size).toBeGreaterThanOrEqual(15);
    for (const key of manifest.keys()) expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('runs a shipped operation by its hash', async () => {
    const result = await postJson(trusted, { variables: { first: 2 }, extensions: { persistedQuery: { version: 1, sha256Hash: articlesHash } } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.articles.edges).toHaveLength(2);
  });

  it('refuses query text with PERSISTED_QUERY_ONLY', async () => {
    const result = await postJson(trusted, { query: '{ articles(first: 1) { totalCount } }' });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(result.errors?.[0]?.message).toMatch(/trusted-documents mode/);
  });

  it('refuses an unknown hash with PERSISTED_QUERY_NOT_IN_LIST', async () => {
    const result = await postJson(trusted, { extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${'0'.repeat(64)}` } } });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('is off by default: free queries and hashes both run', async () => {
    expect((await postJson(app.yoga, { query: '{ articles(first: 1) { totalCount } }' })).data!.articles.totalCount).toBeGreaterThan(0);
    const byHash = await postJson(app.yoga, { variables: { first: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: articlesHash } } });
    expect(byHash.data!.articles.edges).toHaveLength(1);
  });
});
