// The questions users bring (shared notes, "questions.md"), asked of the real seed corpus through the
// API: extraction and API together, end to end. Each answer is checked for what a right answer holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../helpers/graphql.ts';
import { createTestApp, type TestApp } from '../helpers/test-database.ts';

describe('user questions on the seeded corpus', () => {
  let app: TestApp;
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const result = await execute(app.yoga, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const personId = async (name: string) =>
    (await ask('query($q: String!) { persons(first: 1, filter: { search: $q }) { edges { node { id name } } } }', { q: name })).persons.edges[0].node;
  const meeting = async (search: string) =>
    (await ask('query($q: String!) { meetings(first: 1, filter: { search: $q }) { edges { node { id key } } } }', { q: search })).meetings.edges[0]?.node;

  beforeAll(async () => {
    app = await createTestApp({ seed: true });
  });
  afterAll(() => app.drop());

  it('1. what Bùi Thanh Sơn said during the AMM-54 week, with the proving sentence', async () => {
    const son = await personId('Bùi Thanh Sơn');
    expect(son.name).toBe('Bùi Thanh Sơn');
    const amm = await meeting('AMM-54');
    expect(amm.key).toBe('AMM-54');
    const data = await ask(
      `query($s: ID!, $m: ID!) { statements(first: 20, filter: { speaker: $s, withinMeeting: $m }) {
         edges { node { verb content meeting { key parent { key } } evidence { text } } } } }`,
      { s: son.id, m: amm.id },
    );
    const found = data.statements.edges.map((e: any) => e.node);
    expect(found.length).toBeGreaterThanOrEqual(1);
    for (const s of found) {
      expect(s.meeting.parent?.key ?? s.meeting.key).toBe('AMM-54');
      expect(s.evidence.text).toContain(s.content.slice(0, 30));
    }
  });

  it('2. meetings held online in 2021', async () => {
    const data = await ask('{ meetings(first: 100, filter: { format: VIRTUAL, from: "2021", to: "2021" }) { edges { node { key startDate } } } }');
    const keys = data.meetings.edges.map((e: any) => e.node.key);
    expect(keys).toEqual(expect.arrayContaining(['ASEAN-SUMMIT-38', 'ASEAN-SUMMIT-39', 'EAS-2021', 'APEC-AELM-2021', 'AMM-54']));
    expect(keys.filter((k: string) => k.startsWith('PMC-')).length).toBeGreaterThanOrEqual(4);
    for (const e of data.meetings.edges) expect(e.node.startDate).toMatch(/^2021/);
  });

  it('3. who co-chaired the special ASEAN-Russia meeting', async () => {
    const data = await ask(`{ meetings(first: 1, filter: { search: "ASEAN - Nga" }) { edges { node { name
      chair { label person { name } } participants(first: 10) { edges { node { name } } } } } } }`);
    const m = data.meetings.edges[0].node;
    expect(m.chair.label).toContain('Retno Marsudi');
    expect(m.chair.label).toContain('Sergey Lavrov');
    expect(m.participants.edges.map((e: any) => e.node.name)).toEqual(expect.arrayContaining(['Retno Marsudi', 'Sergey Lavrov']));
  });

  it('5. Lim Jock Hoi: statements and meetings', async () => {
    const lim = await personId('Lim Jock Hoi');
    const data = await ask(`query($id: ID!) { node(id: $id) { ... on Person { name roles { title }
      statements(first: 10) { totalCount } meetings(first: 10) { totalCount } articles(first: 10) { totalCount } } } }`, { id: lim.id });
    expect(data.node.roles.map((r: any) => r.title)).toContain('Tổng thư ký ASEAN');
    expect(data.node.statements.totalCount).toBeGreaterThanOrEqual(1);
    expect(data.node.meetings.totalCount).toBeGreaterThanOrEqual(1);
    expect(data.node.articles.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('6. "bien dong" without diacritics finds the East Sea statements and articles, highlighted', async () => {
    const data = await ask('{ search(query: "bien dong", first: 10) { type snippet { marked } } }');
    const types = new Set(data.search.map((h: any) => h.type));
    expect(types.has('STATEMENT') && types.has('ARTICLE')).toBe(true);
    expect(data.search[0].snippet.marked).toContain('<mark>Biển</mark> <mark>Đông</mark>');
  });

  it('7. "Motegi" is one person whichever order the name was written in; "Wang Yi" is Vương Nghị', async () => {
    const data = await ask(`{ motegi: search(query: "Motegi", types: [PERSON]) { node { ... on Person { name aliases } } }
      wang: search(query: "Wang Yi", types: [PERSON]) { node { ... on Person { name } } } }`);
    expect(data.motegi).toHaveLength(1);
    expect(data.motegi[0].node.name).toBe('Toshimitsu Motegi');
    expect(data.motegi[0].node.aliases).toContain('Motegi Toshimitsu');
    expect(data.wang[0].node.name).toBe('Vương Nghị');
  });

  it('8. the organisations the ASEAN Committee in Washington met', async () => {
    const data = await ask(`{ meetings(first: 10, filter: { search: "ACW" }) { edges { node { name organisations { name acronym } } } } }`);
    const met = data.meetings.edges.flatMap((e: any) => e.node.organisations.map((o: any) => o.name));
    expect(met).toContain('Bộ Ngoại giao Hoa Kỳ');
    expect(met.some((n: string) => n.startsWith('Hội đồng An ninh quốc gia'))).toBe(true);
  });
});
