import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../helpers/graphql.ts';
import { GENERATED_MEETINGS } from '../helpers/fixture-graph.ts';
import { gid, setupApi, type ApiTestContext } from '../helpers/api-setup.ts';

let t: ApiTestContext;
beforeAll(async () => {
  t = await setupApi();
});
afterAll(() => t.app.drop());

const keys = (data: any, field: string) => data[field].edges.map((e: any) => e.node.key ?? e.node.name ?? e.node.id);

async function ok(query: string, variables?: Record<string, unknown>) {
  const result = await execute(t.app.yoga, query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

describe('meetings filters', () => {
  const Q = `query($filter: MeetingFilter, $orderBy: MeetingOrderBy) {
    meetings(first: 100, filter: $filter, orderBy: $orderBy) { totalCount edges { node { key } } } }`;

  it('format + date range: meetings held online in 2021', async () => {
    const data = await ok(Q, { filter: { format: 'VIRTUAL', from: '2021', to: '2021' } });
    expect(keys(data, 'meetings')).toEqual([
      'ASEAN-RU-SFMM-2021', 'AMM-54', 'ASEAN-JP-FMM-2021', 'APT-FMM-22', 'ASEAN-SUMMIT-38', 'ASEAN-SUMMIT-39',
    ]);
    expect(data.meetings.totalCount).toBe(6);
  });
  it('date range with months: August 2021 only', async () => {
    const data = await ok(Q, { filter: { from: '2021-08', to: '2021-08' } });
    expect(keys(data, 'meetings')).toEqual(['AMM-54', 'ASEAN-JP-FMM-2021', 'APT-FMM-22']);
  });
  it('level', async () => {
    expect(keys(await ok(Q, { filter: { level: 'SUMMIT' } }), 'meetings')).toEqual(['ASEAN-SUMMIT-38', 'ASEAN-SUMMIT-39']);
  });
  it('series and ordinal', async () => {
    expect(keys(await ok(Q, { filter: { series: 'ASEAN-SUMMIT', ordinal: 39 } }), 'meetings')).toEqual(['ASEAN-SUMMIT-39']);
  });
  it('country and city', async () => {
    expect((await ok(Q, { filter: { countryCode: 'bn' } })).meetings.totalCount).toBe(3);
    expect((await ok(Q, { filter: { city: 'hà nội' } })).meetings.totalCount).toBe(GENERATED_MEETINGS / 2);
  });
  it('participant: meetings with Japan\'s minister', async () => {
    const data = await ok(Q, { filter: { participant: gid('Person', t.graph.persons.motegi) } });
    expect(keys(data, 'meetings')).toEqual(['ASEAN-JP-FMM-2021']);
  });
  it('organisation and parent', async () => {
    expect((await ok(Q, { filter: { organisation: gid('Organisation', t.graph.organisations.asean) } })).meetings.totalCount).toBe(3);
    expect(keys(await ok(Q, { filter: { parent: gid('Meeting', t.graph.meetings.amm54) } }), 'meetings')).toEqual([
      'ASEAN-JP-FMM-2021', 'APT-FMM-22',
    ]);
  });
  it('search by key, alias or name, without diacritics', async () => {
    expect(keys(await ok(Q, { filter: { search: 'amm 54' } }), 'meetings')).toEqual(['AMM-54']);
    expect(keys(await ok(Q, { filter: { search: 'AMM-54' } }), 'meetings')).toEqual(['AMM-54']);
    expect((await ok(Q, { filter: { search: 'hoi nghi cap cao' } })).meetings.totalCount).toBe(2);
    // Every word must appear; punctuation between them does not matter.
    expect(keys(await ok(Q, { filter: { search: 'ASEAN - Nga' } }), 'meetings')).toEqual(['ASEAN-RU-SFMM-2021']);
    expect(keys(await ok(Q, { filter: { search: 'nga asean' } }), 'meetings')).toEqual(['ASEAN-RU-SFMM-2021']);
  });
  it('orders by name with a stable tiebreak', async () => {
    const data = await ok(Q, { filter: { series: 'ASEAN-SUMMIT' }, orderBy: 'START_DATE_DESC' });
    // Same start date: the id breaks the tie, descending like the sort.
    expect(keys(data, 'meetings')).toEqual(['ASEAN-SUMMIT-39', 'ASEAN-SUMMIT-38']);
  });
  it('rejects a malformed partial date and a wrong-type ID with typed errors', async () => {
    const bad = await execute(t.app.yoga, Q, { filter: { from: '2021-13' } });
    expect(bad.errors?.[0]?.message).toMatch(/PartialDate/);
    const wrong = await execute(t.app.yoga, Q, { filter: { participant: gid('Meeting', 1) } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.message).toMatch(/filter.participant/);
  });
});

describe('pagination', () => {
  const Q = `query($first: Int, $after: String, $last: Int, $before: String) {
    meetings(first: $first, after: $after, last: $last, before: $before, filter: { series: "GEN" }) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key } } } }`;

  it('walks forward and backward over the same rows', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await ok(Q, { first: 25, after });
      forward.push(...keys(data, 'meetings'));
      if (!data.meetings.pageInfo.hasNextPage) break;
      after = data.meetings.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(GENERATED_MEETINGS);
    expect(new Set(forward).size).toBe(GENERATED_MEETINGS);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const data: any = await ok(Q, { last: 25, before });
      backward.unshift(...keys(data, 'meetings'));
      if (!data.meetings.pageInfo.hasPreviousPage) break;
      before = data.meetings.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('pages statements by date with the id as tiebreak', async () => {
    const Q2 = `query($after: String) { statements(first: 2, after: $after, orderBy: SAID_ON_DESC,
      filter: { saidFrom: "2021" }) { pageInfo { hasNextPage endCursor } edges { node { id saidOn } } } }`;
    const seen: { id: string; saidOn: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await ok(Q2, { after });
      seen.push(...data.statements.edges.map((e: any) => e.node));
      if (!data.statements.pageInfo.hasNextPage) break;
      after = data.statements.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(8);
    expect(seen.map((s) => s.saidOn)).toEqual([...seen.map((s) => s.saidOn)].sort().reverse());
  });
});

describe('other lists', () => {
  it('persons: search by alias, country, organisation', async () => {
    const Q = `query($filter: PersonFilter) { persons(first: 50, filter: $filter) { totalCount edges { node { name aliases country { code } } } } }`;
    expect(keys(await ok(Q, { filter: { search: 'wang yi' } }), 'persons')).toEqual(['Vương Nghị']);
    expect(keys(await ok(Q, { filter: { search: 'bui thanh son' } }), 'persons')).toEqual(['Bùi Thanh Sơn']);
    expect((await ok(Q, { filter: { countryCode: 'JP' } })).persons.totalCount).toBe(7);
    const inAsean = await ok(Q, { filter: { organisation: gid('Organisation', t.graph.organisations.asean) } });
    expect(keys(inAsean, 'persons')).toEqual(['Lim Jock Hoi']);
  });
  it('organisations: search and kind', async () => {
    const Q = `query($filter: OrganisationFilter) { organisations(first: 50, filter: $filter) { totalCount edges { node { name acronym kind } } } }`;
    expect((await ok(Q, { filter: { search: 'asean' } })).organisations.totalCount).toBe(2);
    expect((await ok(Q, { filter: { search: 'dong nam a' } })).organisations.edges[0].node.acronym).toBe('ASEAN');
    expect((await ok(Q, { filter: { kind: 'INTERGOVERNMENTAL' } })).organisations.totalCount).toBe(2);
    expect((await ok(Q, { filter: { kind: 'NGO' } })).organisations.totalCount).toBe(0);
    expect((await ok(Q, { filter: { countryCode: 'VN' } })).organisations.totalCount).toBe(0);
  });
  it('articles: search, source, published range, mentions', async () => {
    const Q = `query($filter: ArticleFilter, $orderBy: ArticleOrderBy) { articles(first: 50, filter: $filter, orderBy: $orderBy) { totalCount edges { node { title source publishedAt } } } }`;
    expect((await ok(Q, { filter: { search: 'bien dong' } })).articles.totalCount).toBe(2);
    expect((await ok(Q, { filter: { source: 'fixture-2.txt' } })).articles.totalCount).toBe(1);
    const summer = await ok(Q, { filter: { publishedFrom: '2021-07-01T00:00:00Z', publishedTo: '2021-08-31T00:00:00Z' }, orderBy: 'PUBLISHED_AT_DESC' });
    expect(summer.articles.edges.map((e: any) => e.node.publishedAt)).toEqual(['2021-08-04T10:00:00.000Z', '2021-07-06T12:00:00.000Z']);
    expect((await ok(Q, { filter: { mentionsPerson: gid('Person', t.graph.persons.lim) } })).articles.totalCount).toBe(1);
    expect((await ok(Q, { filter: { mentionsMeeting: gid('Meeting', t.graph.meetings.amm54) } })).articles.totalCount).toBe(1);
    expect((await ok(Q, { filter: { mentionsOrganisation: gid('Organisation', t.graph.organisations.asean) } })).articles.totalCount).toBe(1);
  });
  it('statements: speaker, within a meeting (question 1), act, quotes, search', async () => {
    const Q = `query($filter: StatementFilter) { statements(first: 50, filter: $filter) { totalCount
      edges { node { content act isDirectQuote speaker { __typename ... on Person { name } } meeting { key } evidence { text start end } article { body } } } } }`;
    const q1 = await ok(Q, { filter: { speaker: gid('Person', t.graph.persons.son), withinMeeting: gid('Meeting', t.graph.meetings.amm54) } });
    expect(q1.statements.edges.map((e: any) => e.node.meeting.key)).toEqual(['ASEAN-JP-FMM-2021', 'APT-FMM-22']);
    for (const { node } of q1.statements.edges) {
      expect(node.article.body.slice(node.evidence.start, node.evidence.end)).toBe(node.evidence.text);
      expect(node.speaker).toEqual({ __typename: 'Person', name: 'Bùi Thanh Sơn' });
    }
    expect((await ok(Q, { filter: { meeting: gid('Meeting', t.graph.meetings.amm54) } })).statements.totalCount).toBe(1);
    expect((await ok(Q, { filter: { act: 'COMMIT' } })).statements.edges[0].node.content).toMatch(/1 triệu USD/);
    expect((await ok(Q, { filter: { acts: ['COMMIT', 'WELCOME'] } })).statements.totalCount).toBe(2);
    expect((await ok(Q, { filter: { directQuotesOnly: true } })).statements.totalCount).toBe(1);
    expect((await ok(Q, { filter: { search: 'vac-xin' } })).statements.totalCount).toBe(2);
    expect((await ok(Q, { filter: { saidFrom: '2021-08-04', saidTo: '2021-08-04' } })).statements.totalCount).toBe(2);
    expect((await ok(Q, { filter: { article: gid('Article', t.graph.articles.russia) } })).statements.totalCount).toBe(1);
    const byCountry = await ok(Q, { filter: { speakerCountry: 'bn' } });
    expect(byCountry.statements.edges.map((e: any) => e.node.speaker)).toEqual([{ __typename: 'Country' }]);
  });
});

describe('the graph', () => {
  it('question 3: who co-chaired the special ASEAN-Russia meeting', async () => {
    const data = await ok(`query($f: MeetingFilter) { meetings(first: 1, filter: $f) { edges { node {
      chair { label } participants(first: 10) { totalCount edges { role node { name country { name nameEn } } } } } } } }`,
      { f: { search: 'ASEAN-Nga' } });
    const meeting = data.meetings.edges[0].node;
    expect(meeting.chair.label).toBe('Retno Marsudi và Sergey Lavrov');
    expect(meeting.participants.edges.map((e: any) => [e.role, e.node.name, e.node.country.nameEn])).toEqual([
      ['đồng chủ trì', 'Retno Marsudi', 'Indonesia'],
      ['đồng chủ trì', 'Sergey Lavrov', 'Russia'],
    ]);
  });
  it('meeting parent, children, dates, organisations, articles, chair country', async () => {
    const data = await ok(`query($id: ID!) { node(id: $id) { ... on Meeting { key startDate endDate format country { code }
      chair { label country { code } } children { key parent { key } } organisations { acronym }
      articles(first: 5) { totalCount edges { node { title } } } statements(first: 5) { totalCount } } } }`,
      { id: gid('Meeting', t.graph.meetings.amm54) });
    expect(data.node).toMatchObject({
      key: 'AMM-54', startDate: '2021-08-02', endDate: '2021-08-06', format: 'VIRTUAL', country: { code: 'BN' },
      chair: { label: 'Bru-nây', country: { code: 'BN' } },
      children: [{ key: 'ASEAN-JP-FMM-2021', parent: { key: 'AMM-54' } }, { key: 'APT-FMM-22', parent: { key: 'AMM-54' } }],
      organisations: [{ acronym: 'ASEAN' }],
      articles: { totalCount: 1 },
      statements: { totalCount: 1 },
    });
  });
  it('person: aliases, roles, statements, meetings, articles (Lim Jock Hoi\'s timeline)', async () => {
    const data = await ok(`query($id: ID!) { node(id: $id) { ... on Person { name aliases roles { title organisation { acronym } }
      statements(first: 5, orderBy: SAID_ON_ASC) { totalCount edges { node { saidOn content } } }
      meetings(first: 5) { totalCount edges { node { key } } } articles(first: 5) { totalCount } } } }`,
      { id: gid('Person', t.graph.persons.lim) });
    expect(data.node).toMatchObject({
      name: 'Lim Jock Hoi', aliases: [], roles: [{ title: 'Tổng Thư ký ASEAN', organisation: { acronym: 'ASEAN' } }],
      statements: { totalCount: 1, edges: [{ node: { saidOn: '2021-10-26' } }] },
      meetings: { totalCount: 1, edges: [{ node: { key: 'ASEAN-SUMMIT-38' } }] },
      articles: { totalCount: 1 },
    });
  });
  it('organisation: people, meetings, articles', async () => {
    const data = await ok(`query($id: ID!) { node(id: $id) { ... on Organisation { acronym aliases kind people { name }
      meetings(first: 10) { totalCount edges { role node { key } } } articles(first: 5) { totalCount } statements(first: 1) { totalCount } } } }`,
      { id: gid('Organisation', t.graph.organisations.asean) });
    expect(data.node).toMatchObject({
      acronym: 'ASEAN', kind: 'INTERGOVERNMENTAL', people: [{ name: 'Lim Jock Hoi' }],
      meetings: { totalCount: 3 }, articles: { totalCount: 1 }, statements: { totalCount: 0 },
    });
  });
  it('article: meetings, persons, organisations, statements, mentions', async () => {
    const data = await ok(`query($id: ID!) { node(id: $id) { ... on Article { title meetings { key } persons { name } organisations { acronym }
      statements(first: 10) { totalCount } mentions { kind text start end } body } } }`,
      { id: gid('Article', t.graph.articles.amm54) });
    expect(data.node.meetings.map((m: any) => m.key)).toEqual(['AMM-54', 'ASEAN-JP-FMM-2021']);
    expect(data.node.persons.map((p: any) => p.name)).toEqual(['Bùi Thanh Sơn', 'Toshimitsu Motegi', 'Vương Nghị']);
    expect(data.node.statements.totalCount).toBe(5);
    for (const m of data.node.mentions) expect(data.node.body.slice(m.start, m.end)).toBe(m.text);
  });
  it('node and nodes round-trip every type', async () => {
    const ids = [
      gid('Article', t.graph.articles.summit), gid('Meeting', t.graph.meetings.summit39), gid('Person', t.graph.persons.wangYi),
      gid('Organisation', t.graph.organisations.secretariat), gid('Statement', t.graph.statements.lavrov),
    ];
    const data = await ok('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids });
    expect(data.nodes.map((n: any) => n.id)).toEqual(ids);
    expect(data.nodes.map((n: any) => n.__typename)).toEqual(['Article', 'Meeting', 'Person', 'Organisation', 'Statement']);
    for (const id of ids) expect((await ok('query($id: ID!) { node(id: $id) { id } }', { id })).node.id).toBe(id);
    expect((await ok('query($id: ID!) { node(id: $id) { id } }', { id: gid('Person', 999999) })).node).toBeNull();
  });
});

describe('every orderBy pages consistently', () => {
  const LISTS = {
    articles: ['PUBLISHED_AT_DESC', 'PUBLISHED_AT_ASC', 'CREATED_AT_DESC', 'CREATED_AT_ASC'],
    meetings: ['START_DATE_ASC', 'START_DATE_DESC', 'NAME_ASC', 'KEY_ASC', 'CREATED_AT_ASC'],
    persons: ['NAME_ASC', 'NAME_DESC', 'CREATED_AT_ASC'],
    organisations: ['NAME_ASC', 'NAME_DESC', 'CREATED_AT_ASC'],
    statements: ['SAID_ON_ASC', 'SAID_ON_DESC', 'CREATED_AT_ASC', 'CREATED_AT_DESC'],
  } as const;
  const cases = Object.entries(LISTS).flatMap(([list, orders]) => orders.map((order) => [list, order] as const));

  it.each(cases)('%s ordered by %s: pages of 3 forward and backward equal one page of 100', async (list, order) => {
    const page = (args: string) => `query${args.includes('$after') ? '($after: String)' : args.includes('$before') ? '($before: String)' : ''} { ${list}(${args}, orderBy: ${order}) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } } }`;
    const all = (await ok(page('first: 100')))[list].edges.map((e: any) => e.node.id);
    const forward: string[] = [];
    let after: string | null = null;
    do {
      const data: any = (await ok(page('first: 3, after: $after'), { after }))[list];
      forward.push(...data.edges.map((e: any) => e.node.id));
      after = data.pageInfo.hasNextPage ? data.pageInfo.endCursor : null;
    } while (after);
    expect(forward).toEqual(all);
    const backward: string[] = [];
    let before: string | null = null;
    do {
      const data: any = (await ok(page('last: 3, before: $before'), { before }))[list];
      backward.unshift(...data.edges.map((e: any) => e.node.id));
      before = data.pageInfo.hasPreviousPage ? data.pageInfo.startCursor : null;
    } while (before);
    expect(backward).toEqual(all);
  });
});
