import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../helpers/graphql.ts';
import { setupApi, type ApiTestContext } from '../helpers/api-setup.ts';

let t: ApiTestContext;
beforeAll(async () => {
  t = await setupApi();
});
afterAll(() => t.app.drop());

const SEARCH = `query($q: String!, $types: [SearchType!], $first: Int) {
  search(query: $q, types: $types, first: $first) {
    type score matchedText snippet { text highlights { start end } marked }
    node { __typename ... on Person { name } ... on Meeting { key } ... on Organisation { acronym } ... on Article { title } ... on Statement { content } }
  }
}`;

async function search(q: string, types?: string[], first?: number) {
  const result = await execute(t.app.yoga, SEARCH, { q, types, first });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.search as any[];
}

const label = (hit: any) => hit.node.name ?? hit.node.key ?? hit.node.acronym ?? hit.node.title ?? hit.node.content;

describe('search', () => {
  it.each(['bui thanh son', 'Bùi Thanh Sơn', 'BÙI THANH SƠN'])('finds Bùi Thanh Sơn first for %j', async (q) => {
    const hits = await search(q);
    expect(hits[0]).toMatchObject({ type: 'PERSON', node: { __typename: 'Person', name: 'Bùi Thanh Sơn' } });
    expect(hits[0].score).toBe(1);
    expect(hits[0].snippet.marked).toBe('<mark>Bùi</mark> <mark>Thanh</mark> <mark>Sơn</mark>');
    // The statements he made come after him.
    expect(hits.filter((h) => h.type === 'STATEMENT').length).toBeGreaterThan(0);
  });

  it('Motegi: one person, whichever order the name was written in', async () => {
    const hits = await search('Motegi');
    expect(hits[0]).toMatchObject({ type: 'PERSON', node: { name: 'Toshimitsu Motegi' } });
    expect(hits.filter((h) => h.type === 'PERSON')).toHaveLength(1);
    const reversed = await search('motegi toshimitsu', ['PERSON']);
    expect(reversed[0]).toMatchObject({ node: { name: 'Toshimitsu Motegi' }, matchedText: 'Motegi Toshimitsu', score: 1 });
  });

  it('Wang Yi finds Vương Nghị through the alias', async () => {
    const hits = await search('Wang Yi');
    expect(hits[0]).toMatchObject({ type: 'PERSON', matchedText: 'Wang Yi', node: { name: 'Vương Nghị' } });
  });

  it.each(['AMM 54', 'amm-54', 'AMM-54'])('%j finds the meeting first', async (q) => {
    const hits = await search(q);
    expect(hits[0]).toMatchObject({ type: 'MEETING', node: { key: 'AMM-54' }, score: 1 });
  });

  it('"hoi nghi cap cao" finds the summits, with highlights on the original words', async () => {
    const hits = await search('hoi nghi cap cao', ['MEETING']);
    expect(hits.slice(0, 2).map(label).sort()).toEqual(['ASEAN-SUMMIT-38', 'ASEAN-SUMMIT-39']);
    const { text, highlights } = hits[0].snippet;
    expect(highlights.map((r: any) => text.slice(r.start, r.end))).toEqual(['Hội', 'nghị', 'Cấp', 'cao']);
  });

  it('"bien dong" without diacritics finds the East Sea articles and statements', async () => {
    const hits = await search('bien dong', ['ARTICLE', 'STATEMENT']);
    expect(hits.map((h) => h.type).sort()).toEqual(['ARTICLE', 'ARTICLE', 'STATEMENT']);
    const article = hits.find((h) => h.type === 'ARTICLE');
    expect(article.snippet.marked).toMatch(/<mark>Biển<\/mark> <mark>Đông<\/mark>/);
  });

  it('finds texts by their words in any order, and by the start of the last word', async () => {
    const ids = async (q: string) => (await search(q, ['ARTICLE', 'STATEMENT'])).map((h) => `${h.type}:${label(h)}`).sort();
    const exact = await ids('bien dong');
    expect(exact).toHaveLength(3);
    expect(await ids('dong bien')).toEqual(exact);
    expect(await ids('Biển Đô')).toEqual(exact);
    // Words in a row score what word similarity gives them; apart, less.
    const [inRow] = await search('bien dong', ['ARTICLE']);
    expect(inRow.score).toBe(0.9);
    expect((await search('Biển Đô', ['ARTICLE']))[0].score).toBeLessThan(0.9);
  });

  it('"AMM-54" in a text is the words amm and 54, however the query writes it', async () => {
    const texts = async (q: string) => (await search(q, ['ARTICLE', 'STATEMENT'])).map(label);
    const found = await texts('AMM-54');
    expect(found.length).toBeGreaterThan(0);
    expect(await texts('amm 54')).toEqual(found);
  });

  it('finds a text by what it says now: the database keeps its words in step with every write', async () => {
    const prisma = t.app.services.db.prisma;
    const id = t.graph.statements.lavrov;
    const before = await prisma.statement.findUniqueOrThrow({ where: { id }, select: { searchText: true } });
    // Each query spelled differently: the response cache answers a repeated one, and these
    // writes go around the API that would invalidate it.
    expect(await search('quyxotic wordle', ['STATEMENT'])).toEqual([]);
    await prisma.statement.update({ where: { id }, data: { searchText: `${before.searchText} quyxotic wordle` } });
    try {
      expect((await search('Quyxotic Wordle', ['STATEMENT'])).map((h) => h.score)).toEqual([0.9]);
    } finally {
      await prisma.statement.update({ where: { id }, data: { searchText: before.searchText } });
    }
    expect(await search('QUYXOTIC WORDLE', ['STATEMENT'])).toEqual([]);
  });

  it('ranks by score and honours types and first', async () => {
    const hits = await search('asean', undefined, 5);
    expect(hits).toHaveLength(5);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hits[0]).toMatchObject({ type: 'ORGANISATION', node: { acronym: 'ASEAN' } });
    expect((await search('asean', ['ORGANISATION'])).every((h) => h.type === 'ORGANISATION')).toBe(true);
  });

  it('finds nothing for noise and refuses an empty query', async () => {
    expect(await search('zzzqqxx')).toEqual([]);
    const empty = await execute(t.app.yoga, SEARCH, { q: '  ' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
