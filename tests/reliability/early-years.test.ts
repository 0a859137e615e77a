// Issue 13, item 10: years 0001-0099 are real years (Date.UTC read them as 1900-1999 and refused
// them as "not a real date"); every date the API parses accepts years 1-9999 and refuses year 0.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOfPartialDate, parsePartialDate } from '../../src/values/partial-date.ts';
import { AUTH } from '../helpers/api-setup.ts';
import { insertFixtureGraph, type FixtureGraph } from '../helpers/fixture-graph.ts';
import { execute } from '../helpers/graphql.ts';
import { createTestApp, type TestApp } from '../helpers/test-database.ts';

let app: TestApp;
let graph: FixtureGraph;
beforeAll(async () => {
  app = await createTestApp();
  graph = await insertFixtureGraph(app.services.db.prisma);
});
afterAll(() => app.drop());

const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe('years 0001-0099', () => {
  it('parse as written, with their own calendar (year 50 is not a leap year)', () => {
    expect(parsePartialDate('0050')!.date.toISOString()).toBe('0050-01-01T00:00:00.000Z');
    expect(parsePartialDate('0001-12-31')!.date.toISOString()).toBe('0001-12-31T00:00:00.000Z');
    expect(parsePartialDate('0050-02-29')).toBeNull();
    expect(parsePartialDate('0048-02-29')!.precision).toBe('DAY');
    expect(endOfPartialDate(parsePartialDate('0099-02')!).toISOString()).toBe('0099-02-28T00:00:00.000Z');
    expect(endOfPartialDate(parsePartialDate('0099')!).toISOString()).toBe('0099-12-31T00:00:00.000Z');
    expect(parsePartialDate('0000')).toBeNull();
    expect(parsePartialDate('9999-12-31')!.date.toISOString()).toBe('9999-12-31T00:00:00.000Z');
  });

  it('are accepted in list filters (PartialDate and DateTime)', async () => {
    const result = await execute(
      app.yoga,
      `{ meetings(first: 1, filter: { from: "0050", to: "0099-12" }) { totalCount }
         statements(first: 1, filter: { saidFrom: "0001-01-01", saidTo: "0099" }) { totalCount }
         articles(first: 1, filter: { publishedFrom: "0050-01-01T00:00:00Z", publishedTo: "0099-12-31T23:59:59Z" }) { totalCount } }`,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data).toEqual({ meetings: { totalCount: 0 }, statements: { totalCount: 0 }, articles: { totalCount: 0 } });
    // From year 1 on, every meeting of the fixture is in range.
    const all = await execute(app.yoga, '{ meetings(first: 1, filter: { from: "0001" }) { totalCount } }');
    expect(all.data!.meetings.totalCount).toBeGreaterThan(0);
  });

  it('are stored and read back by updateMeeting', async () => {
    const id = encodeGlobalID('Meeting', graph.meetings.aseanRussia);
    const result = await execute(
      app.yoga,
      'mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { __typename ... on UpdateMeetingPayload { meeting { startDate endDate } } } }',
      { i: { id, startDate: '0050-03', endDate: '0099' } },
      AUTH,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateMeeting).toEqual({ __typename: 'UpdateMeetingPayload', meeting: { startDate: '0050-03', endDate: '0099' } });
  });

  it('year 0000 and five-digit years are refused with BAD_USER_INPUT', async () => {
    expect(code(await execute(app.yoga, 'query($d: PartialDate) { meetings(first: 1, filter: { from: $d }) { totalCount } }', { d: '0000' }))).toBe('BAD_USER_INPUT');
    expect(code(await execute(app.yoga, 'query($d: DateTime) { articles(first: 1, filter: { publishedFrom: $d }) { totalCount } }', { d: '0000-06-01T00:00:00Z' }))).toBe('BAD_USER_INPUT');
    expect(code(await execute(app.yoga, 'query($d: DateTime) { articles(first: 1, filter: { publishedFrom: $d }) { totalCount } }', { d: '+010000-01-01T00:00:00Z' }))).toBe('BAD_USER_INPUT');
  });
});
