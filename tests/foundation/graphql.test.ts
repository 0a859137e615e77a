import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-database.ts';
import { execute } from '../helpers/graphql.ts';

describe('GraphQL over the seeded database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ seed: true });
  });
  afterAll(() => app.drop());

  it('returns seeded articles with a total count', async () => {
    const result = await execute(app.yoga, '{ articles(first: 5) { totalCount edges { node { id source body } } } }');
    expect(result.errors).toBeUndefined();
    const stored = await app.services.db.prisma.article.count();
    expect(result.data!.articles.totalCount).toBe(stored);
    expect(result.data!.articles.edges).toHaveLength(5);
    expect(result.data!.articles.edges[0].node.source).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
    expect(result.data!.articles.edges[0].node.body.length).toBeGreaterThan(20);
  });

  it('round-trips a global id through node()', async () => {
    const list = await execute(app.yoga, '{ articles(first: 1) { edges { node { id } } } }');
    const id = list.data!.articles.edges[0].node.id;
    const node = await execute(app.yoga, 'query($id: ID!) { node(id: $id) { id ... on Article { source } } }', { id });
    expect(node.data!.node.id).toBe(id);
  });
});
