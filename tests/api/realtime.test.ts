// Subscriptions over SSE and the read cache's invalidation by mutations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, subscribe } from '../helpers/graphql.ts';
import { AUTH, gid, setupApi, type ApiTestContext } from '../helpers/api-setup.ts';

let t: ApiTestContext;
beforeAll(async () => {
  t = await setupApi();
});
afterAll(() => t.app.drop());

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  ... on IngestDocumentPayload { documentId created } ... on UserError { code message } } }`;
const TEXT = 'Ngày 10/8, Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội.\nHai bên nhất trí tăng cường hợp tác.';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('subscriptions', () => {
  it('documentIngested delivers an ingested document', async () => {
    const sub = await subscribe(t.app.yoga, 'subscription { documentIngested { documentId created source articles { created article { source } } } }');
    const first = sub.next();
    await settle();
    const result = await execute(t.app.yoga, INGEST, { input: { text: TEXT, source: 'live.txt' } }, AUTH);
    expect(result.data!.ingestDocument.created).toBe(true);
    const event = await first;
    sub.close();
    expect(event.data!.documentIngested).toMatchObject({
      documentId: result.data!.ingestDocument.documentId,
      created: true,
      source: 'live.txt',
    });
    expect(event.data!.documentIngested.articles[0].article.source).toBe('live.txt');
  });

  it('statementAdded delivers only statements that match its filter', async () => {
    const sub = await subscribe(
      t.app.yoga,
      'subscription($f: StatementFilter) { statementAdded(filter: $f) { id content speaker { ... on Person { name } } } }',
      { f: { speaker: gid('Person', t.graph.persons.son) } },
    );
    const first = sub.next();
    await settle();
    const { pubsub } = t.app.yoga.runtime;
    pubsub.publish('statementAdded', { statementId: t.graph.statements.motegi });
    pubsub.publish('statementAdded', { statementId: t.graph.statements.sonQuote });
    const event = await first;
    sub.close();
    expect(event.data!.statementAdded).toMatchObject({ id: gid('Statement', t.graph.statements.sonQuote), speaker: { name: 'Bùi Thanh Sơn' } });
  });
});

describe('ingestion end to end', () => {
  const REAL_TEXT = [
    'Việt Nam dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54',
    'Chiều 2/8/2021, Bộ trưởng Ngoại giao Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54) theo hình thức trực tuyến.',
    'Phát biểu tại Hội nghị, Bộ trưởng Bùi Thanh Sơn khẳng định Việt Nam ủng hộ việc tăng cường hợp tác ứng phó dịch COVID-19.',
  ].join('\n');

  it('reports created and merged entities, and statementAdded sees the new statement', async () => {
    const sub = await subscribe(t.app.yoga, 'subscription($f: StatementFilter) { statementAdded(filter: $f) { content speakerLabel } }', {
      f: { search: 'covid' },
    });
    const first = sub.next();
    await settle();
    const result = await execute(t.app.yoga, `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
      ... on IngestDocumentPayload { created counts { persons { created merged } meetings { created merged } statementsCreated mentionsCreated }
        statements { content } persons { name } meetings { key } } } }`, { input: { text: REAL_TEXT, source: 'amm54-live.txt' } }, AUTH);
    expect(result.errors).toBeUndefined();
    const payload = result.data!.ingestDocument;
    expect(payload.created).toBe(true);
    expect(payload.statements).toHaveLength(payload.counts.statementsCreated);
    expect(payload.counts.statementsCreated).toBeGreaterThan(0);
    // The fixture already holds Bùi Thanh Sơn and AMM-54: the text is matched to them, not duplicated.
    expect(payload.persons.map((p: any) => p.name)).toContain('Bùi Thanh Sơn');
    expect(payload.counts.persons.merged).toBeGreaterThan(0);
    const event = await first;
    sub.close();
    expect(event.data!.statementAdded.content).toMatch(/COVID-19/);
  });
});

describe('response cache', () => {
  const READ = `query($id: ID!) { node(id: $id) { ... on Meeting { key city format } } }`;
  const cached = (result: any) => result.extensions?.responseCache?.hit;

  it('serves repeated reads from the cache and forgets them after updateMeeting', async () => {
    const id = gid('Meeting', t.graph.meetings.summit39);
    const miss = await execute(t.app.yoga, READ, { id });
    expect(cached(miss)).toBe(false);
    const hit = await execute(t.app.yoga, READ, { id });
    expect(cached(hit)).toBe(true);
    expect(hit.data).toEqual(miss.data);

    // A refused mutation changes nothing and keeps the cache.
    await execute(t.app.yoga, `mutation($id: ID!) { updateMeeting(input: { id: $id, city: "Xa" }) { __typename } }`, { id });
    expect(cached(await execute(t.app.yoga, READ, { id }))).toBe(true);

    const update = await execute(t.app.yoga, `mutation($id: ID!) { updateMeeting(input: { id: $id, city: "Bandar Seri Begawan" }) { __typename } }`, { id }, AUTH);
    expect(update.data!.updateMeeting.__typename).toBe('UpdateMeetingPayload');
    const after = await execute(t.app.yoga, READ, { id });
    expect(cached(after)).toBe(false);
    expect(after.data!.node.city).toBe('Bandar Seri Begawan');
  });

  it('a new document shows in cached lists at once', async () => {
    const LIST = '{ articles(first: 1) { totalCount } }';
    const before = await execute(t.app.yoga, LIST);
    expect(cached(await execute(t.app.yoga, LIST))).toBe(true);
    await execute(t.app.yoga, INGEST, { input: { text: `${TEXT}\nBản tin thứ hai.`, source: 'cache.txt' } }, AUTH);
    const after = await execute(t.app.yoga, LIST);
    expect(cached(after)).toBe(false);
    expect(after.data!.articles.totalCount).toBeGreaterThan(before.data!.articles.totalCount);
  });

  it('merges invalidate too', async () => {
    const p = t.app.services.db.prisma;
    const dup = await p.person.create({ data: { name: 'Lim J. H.', folded: 'lim j. h.' } });
    const READ_PERSON = `query($id: ID!) { node(id: $id) { ... on Person { aliases } } }`;
    const id = gid('Person', t.graph.persons.lim);
    await execute(t.app.yoga, READ_PERSON, { id });
    expect(cached(await execute(t.app.yoga, READ_PERSON, { id }))).toBe(true);
    await execute(t.app.yoga, `mutation($input: MergePersonsInput!) { mergePersons(input: $input) { __typename } }`,
      { input: { targetId: id, sourceIds: [gid('Person', dup.id)] } }, AUTH);
    const after = await execute(t.app.yoga, READ_PERSON, { id });
    expect(cached(after)).toBe(false);
    expect(after.data!.node.aliases).toEqual(['Lim J. H.']);
  });
});
