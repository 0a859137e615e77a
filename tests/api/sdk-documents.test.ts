// The SDK's operations (sdk/operations, typed by codegen) run against this server: the contract
// seen from the consumer's side, with typed results and variables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Sdk from '../../sdk/src/generated/graphql.ts';
import { executeOperation } from '../helpers/graphql.ts';
import { AUTH, gid, setupApi, type ApiTestContext } from '../helpers/api-setup.ts';

let t: ApiTestContext;
beforeAll(async () => {
  t = await setupApi();
});
afterAll(() => t.app.drop());

describe('SDK documents', () => {
  it('lists', async () => {
    const meetings = await executeOperation(t.app.yoga, Sdk.MeetingsDocument, { filter: { format: 'VIRTUAL', from: '2021', to: '2021' } });
    expect(meetings.errors).toBeUndefined();
    expect(meetings.data!.meetings.totalCount).toBe(6);
    for (const [document, field] of [
      [Sdk.ArticlesDocument, 'articles'],
      [Sdk.PersonsDocument, 'persons'],
      [Sdk.OrganisationsDocument, 'organisations'],
      [Sdk.StatementsDocument, 'statements'],
      [Sdk.MeetingTimelineDocument, 'meetings'],
    ] as const) {
      const result = await executeOperation(t.app.yoga, document as typeof Sdk.ArticlesDocument);
      expect(result.errors, `${field}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      expect((result.data as Record<string, { totalCount: number }>)[field]!.totalCount).toBeGreaterThan(0);
    }
  });

  it('nodes', async () => {
    const meeting = await executeOperation(t.app.yoga, Sdk.MeetingDocument, { id: gid('Meeting', t.graph.meetings.aseanRussia) });
    expect(meeting.errors).toBeUndefined();
    const person = await executeOperation(t.app.yoga, Sdk.PersonDocument, { id: gid('Person', t.graph.persons.son) });
    expect(person.errors).toBeUndefined();
    const organisation = await executeOperation(t.app.yoga, Sdk.OrganisationDocument, { id: gid('Organisation', t.graph.organisations.asean) });
    expect(organisation.errors).toBeUndefined();
    const article = await executeOperation(t.app.yoga, Sdk.ArticleDocument, { id: gid('Article', t.graph.articles.amm54) });
    expect(article.errors).toBeUndefined();
    expect(JSON.stringify(article.data)).toContain('AMM-54');
  });

  it('search', async () => {
    const result = await executeOperation(t.app.yoga, Sdk.SearchDocument, { query: 'wang yi', types: ['PERSON'] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.search[0]!.matchedText).toBe('Wang Yi');
  });

  it('a mutation', async () => {
    const result = await executeOperation(
      t.app.yoga,
      Sdk.UpdateMeetingDocument,
      { input: { id: gid('Meeting', t.graph.meetings.summit38), city: 'Bandar Seri Begawan' } },
      AUTH,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateMeeting.__typename).toBe('UpdateMeetingPayload');
  });
});
