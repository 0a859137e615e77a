import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../helpers/graphql.ts';
import { AUTH, gid, setupApi, type ApiTestContext } from '../helpers/api-setup.ts';

let t: ApiTestContext;
beforeAll(async () => {
  t = await setupApi();
});
afterAll(() => t.app.drop());

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  __typename
  ... on IngestDocumentPayload { documentId created source articles { created article { id title source publishedAt } } statements { id } }
  ... on InputValidationError { code field message issues { field message } }
} }`;

const MERGE_PERSONS = `mutation($input: MergePersonsInput!) { mergePersons(input: $input) {
  __typename
  ... on MergePersonsPayload { mergedIds person { name aliases statements(first: 10) { totalCount } meetings(first: 10) { totalCount } } }
  ... on UserError { code message }
  ... on NotFoundError { field id }
  ... on InvalidInputError { field }
  ... on InputValidationError { field }
} }`;

const MERGE_ORGS = `mutation($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) {
  __typename
  ... on MergeOrganisationsPayload { mergedIds organisation { name acronym aliases meetings(first: 10) { totalCount } people { name } } }
  ... on UserError { code message }
  ... on NotFoundError { field id }
} }`;

const UPDATE_MEETING = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) {
  __typename
  ... on UpdateMeetingPayload { meeting { key name startDate endDate format city country { code } } }
  ... on UserError { code message }
  ... on NotFoundError { field id }
  ... on InvalidInputError { field }
  ... on InputValidationError { field issues { field message } }
} }`;

const TEXT = 'Hà Nội, 5/8 - Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản.\nHai bên nhất trí thúc đẩy hợp tác.';

async function counts() {
  const p = t.app.services.db.prisma;
  return { documents: await p.document.count(), persons: await p.person.count(), organisations: await p.organisation.count() };
}

describe('authentication', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['ingestDocument', INGEST, { input: { text: TEXT, source: 'test.txt' } }],
    ['mergePersons', MERGE_PERSONS, { input: { targetId: 'x', sourceIds: ['y'] } }],
    ['mergeOrganisations', MERGE_ORGS, { input: { targetId: 'x', sourceIds: ['y'] } }],
    ['updateMeeting', UPDATE_MEETING, { input: { id: 'x', city: 'Huế' } }],
  ];
  it.each(cases)('%s without the key: UNAUTHENTICATED, nothing changed', async (_name, query, variables) => {
    const before = await counts();
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-key-0123456789abcdef' }, { authorization: 'Basic abc' }];
    for (const headers of attempts) {
      const result = await execute(t.app.yoga, query, variables, headers);
      expect(result.status).toBe(401);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await counts()).toEqual(before);
  });
  it('reads need no key', async () => {
    const result = await execute(t.app.yoga, '{ persons(first: 1) { totalCount } }');
    expect(result.errors).toBeUndefined();
  });
});

describe('ingestDocument', () => {
  it('runs the pipeline and reports what it created; the same text again changes nothing', async () => {
    const input = { text: TEXT, source: 'api-test.txt', publishedAt: '2021-08-05' };
    const first = await execute(t.app.yoga, INGEST, { input }, AUTH);
    expect(first.errors).toBeUndefined();
    const payload = first.data!.ingestDocument;
    expect(payload).toMatchObject({ __typename: 'IngestDocumentPayload', created: true, source: 'api-test.txt' });
    expect(payload.articles.length).toBeGreaterThan(0);
    expect(payload.articles[0].article).toMatchObject({ source: 'api-test.txt', publishedAt: '2021-08-05T00:00:00.000Z' });
    const again = await execute(t.app.yoga, INGEST, { input }, AUTH);
    expect(again.data!.ingestDocument).toMatchObject({ created: false, documentId: payload.documentId });
  });
  it.each([
    ['empty text', { text: '   ', source: 's' }, 'input.text', /empty/],
    ['oversized text', { text: 'a'.repeat(1024 * 1024 + 1), source: 's' }, 'input.text', /1048576 bytes/],
    ['empty source', { text: TEXT, source: ' ' }, 'input.source', /empty/],
    ['bad date', { text: TEXT, source: 's', publishedAt: '2021-02-30x' }, 'input.publishedAt', /ISO 8601/],
    ['impossible date', { text: TEXT, source: 's', publishedAt: '2021-13-45' }, 'input.publishedAt', /real date/],
  ])('%s: typed InputValidationError naming the field, nothing stored', async (_name, input, field, message) => {
    const before = await counts();
    const result = await execute(t.app.yoga, INGEST, { input }, AUTH);
    expect(result.errors).toBeUndefined();
    expect(result.data!.ingestDocument).toMatchObject({ __typename: 'InputValidationError', code: 'BAD_USER_INPUT', field });
    expect(result.data!.ingestDocument.issues[0].message).toMatch(message);
    expect(await counts()).toEqual(before);
  });
  it('a text of exactly 1 MiB is accepted', async () => {
    const head = 'Tin thử nghiệm.\n';
    const text = `${head}${'x'.repeat(1024 * 1024 - Buffer.byteLength(head))}`;
    expect(Buffer.byteLength(text)).toBe(1024 * 1024);
    const result = await execute(t.app.yoga, INGEST, { input: { text, source: 'big.txt' } }, AUTH);
    expect(result.data!.ingestDocument.__typename).toBe('IngestDocumentPayload');
  });
});

describe('updateMeeting', () => {
  it('fixes a date, a place and a format', async () => {
    const id = gid('Meeting', t.graph.meetings.aseanRussia);
    const result = await execute(t.app.yoga, UPDATE_MEETING, { input: { id, startDate: '2021-07', city: 'Jakarta', countryCode: 'id', format: 'HYBRID' } }, AUTH);
    expect(result.data!.updateMeeting).toEqual({
      __typename: 'UpdateMeetingPayload',
      meeting: { key: 'ASEAN-RU-SFMM-2021', name: 'Hội nghị đặc biệt Bộ trưởng Ngoại giao ASEAN-Nga', startDate: '2021-07', endDate: null, format: 'HYBRID', city: 'Jakarta', country: { code: 'ID' } },
    });
  });
  it.each([
    ['bad date', { startDate: '2021-02-30' }, 'InputValidationError', 'input.startDate'],
    ['malformed date', { endDate: '5/8/2021' }, 'InputValidationError', 'input.endDate'],
    ['end before start', { startDate: '2021-08-06', endDate: '2021-08-02' }, 'InvalidInputError', 'input.endDate'],
    ['unknown country', { countryCode: 'ZZ' }, 'NotFoundError', 'input.countryCode'],
    ['empty name', { name: '' }, 'InputValidationError', 'input.name'],
  ])('%s: typed error naming the field, meeting unchanged', async (_name, change, typename, field) => {
    const id = gid('Meeting', t.graph.meetings.amm54);
    const before = await t.app.services.db.prisma.meeting.findUnique({ where: { id: t.graph.meetings.amm54 } });
    const result = await execute(t.app.yoga, UPDATE_MEETING, { input: { id, ...change } }, AUTH);
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateMeeting).toMatchObject({ __typename: typename, field });
    expect(await t.app.services.db.prisma.meeting.findUnique({ where: { id: t.graph.meetings.amm54 } })).toEqual(before);
  });
  it('unknown or wrong-type ids: NotFoundError', async () => {
    for (const id of [gid('Meeting', 999999), gid('Person', t.graph.persons.son), 'not-an-id']) {
      const result = await execute(t.app.yoga, UPDATE_MEETING, { input: { id, city: 'Huế' } }, AUTH);
      expect(result.data!.updateMeeting).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', field: 'input.id', id });
    }
  });
});

describe('merges', () => {
  it('mergePersons moves statements, participations and names to the target', async () => {
    const p = t.app.services.db.prisma;
    const dup = await p.person.create({ data: { name: 'Motegi T.', folded: 'motegi t.', countryCode: 'JP' } });
    const japan = t.graph.meetings.aseanJapan;
    await p.meetingParticipant.create({ data: { meetingId: japan, personId: dup.id } });
    await p.meetingParticipant.create({ data: { meetingId: t.graph.meetings.summit39, personId: dup.id } });
    await p.statement.update({ where: { id: t.graph.statements.motegi }, data: { speakerPersonId: dup.id } });
    const result = await execute(t.app.yoga, MERGE_PERSONS, {
      input: { targetId: gid('Person', t.graph.persons.motegi), sourceIds: [gid('Person', dup.id)] },
    }, AUTH);
    expect(result.errors).toBeUndefined();
    expect(result.data!.mergePersons).toEqual({
      __typename: 'MergePersonsPayload',
      mergedIds: [gid('Person', dup.id)],
      person: { name: 'Toshimitsu Motegi', aliases: ['Motegi Toshimitsu', 'Motegi T.'], statements: { totalCount: 1 }, meetings: { totalCount: 2 } },
    });
    expect(await p.person.findUnique({ where: { id: dup.id } })).toBeNull();
  });
  it('mergePersons errors: unknown source, target among sources, empty list', async () => {
    const target = gid('Person', t.graph.persons.son);
    const unknown = await execute(t.app.yoga, MERGE_PERSONS, { input: { targetId: target, sourceIds: [gid('Person', 424242)] } }, AUTH);
    expect(unknown.data!.mergePersons).toMatchObject({ __typename: 'NotFoundError', field: 'input.sourceIds.0', code: 'NOT_FOUND' });
    const self = await execute(t.app.yoga, MERGE_PERSONS, { input: { targetId: target, sourceIds: [target] } }, AUTH);
    expect(self.data!.mergePersons).toMatchObject({ __typename: 'InvalidInputError', field: 'input.sourceIds' });
    const empty = await execute(t.app.yoga, MERGE_PERSONS, { input: { targetId: target, sourceIds: [] } }, AUTH);
    expect(empty.data!.mergePersons).toMatchObject({ __typename: 'InputValidationError', field: 'input.sourceIds' });
    expect(await t.app.services.db.prisma.person.findUnique({ where: { id: t.graph.persons.son } })).not.toBeNull();
  });
  it('mergeOrganisations folds the secretariat into ASEAN', async () => {
    const result = await execute(t.app.yoga, MERGE_ORGS, {
      input: { targetId: gid('Organisation', t.graph.organisations.asean), sourceIds: [gid('Organisation', t.graph.organisations.secretariat)] },
    }, AUTH);
    expect(result.data!.mergeOrganisations).toMatchObject({
      __typename: 'MergeOrganisationsPayload',
      organisation: { acronym: 'ASEAN', aliases: ['ASEAN', 'Ban Thư ký ASEAN'], meetings: { totalCount: 3 } },
    });
    const gone = await execute(t.app.yoga, MERGE_ORGS, {
      input: { targetId: gid('Organisation', t.graph.organisations.asean), sourceIds: [gid('Organisation', t.graph.organisations.secretariat)] },
    }, AUTH);
    expect(gone.data!.mergeOrganisations).toMatchObject({ __typename: 'NotFoundError', field: 'input.sourceIds.0' });
  });
});
