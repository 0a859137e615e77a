// What a frontend developer writes after `npm install @diplograph/sdk`. Typechecked and run by
// tests/sdk/consumer.test.ts against a live server.
import {
  createDiplographClient,
  DiplographGraphQLError,
  type MeetingSummaryFragment,
} from '@diplograph/sdk';

const url = process.env.DIPLOGRAPH_URL!;
const apiKey = process.env.DIPLOGRAPH_API_KEY!;
const client = createDiplographClient({ url });
const editor = createDiplographClient({ url, apiKey });
const report: Record<string, unknown> = {};

// Reads: typed variables and results.
const { articles } = await client.articles({ first: 3 });
report.articleCount = articles.totalCount;
report.firstArticleSource = articles.edges[0]?.node.source;

const { meetings } = await client.meetings({ first: 5, orderBy: 'START_DATE_ASC' });
const firstMeeting: MeetingSummaryFragment | undefined = meetings.edges[0]?.node;
report.meetingCount = meetings.totalCount;

// Search is diacritic-insensitive; hits are a typed union.
const { search } = await client.search({ query: 'bui thanh son', types: ['PERSON'] });
const top = search[0]?.node;
report.searchTop = top?.__typename === 'Person' ? top.name : null;

// Writes need the key; without it the API answers a typed UNAUTHENTICATED error.
try {
  await client.ingestDocument({ input: { text: 'Ngày 2/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản.', source: 'consumer' } });
  report.unauthenticated = 'no error';
} catch (error) {
  report.unauthenticated = error instanceof DiplographGraphQLError ? error.code : String(error);
}

// A subscription over SSE, fed by an ingest through the same client library.
const events = client.documentIngested();
const firstEvent = events.next();
await new Promise((resolve) => setTimeout(resolve, 300));
const text =
  'Ngày 14/3/2024, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Nhật Bản Kamikawa Yoko. ' +
  'Bộ trưởng Bùi Thanh Sơn khẳng định Việt Nam coi trọng quan hệ Đối tác chiến lược toàn diện với Nhật Bản.';
const ingested = await editor.ingestDocument({ input: { text, source: 'consumer-test' } });
if (ingested.ingestDocument.__typename === 'IngestDocumentPayload') {
  report.ingestedArticles = ingested.ingestDocument.articles.length;
  report.ingestedCreated = ingested.ingestDocument.created;
} else {
  report.ingestError = ingested.ingestDocument.message;
}
const event = await Promise.race([firstEvent, new Promise((r) => setTimeout(() => r(null), 10_000))]);
report.subscriptionSource = (event as IteratorResult<{ documentIngested: { source: string } }> | null)?.value?.documentIngested.source ?? null;
await events.return(undefined);

// Persisted operations: only the hash travels.
const persisted = createDiplographClient({ url, persisted: true });
const persistedResult = await persisted.articles({ first: 1 });
report.persistedCount = persistedResult.articles.totalCount;

if (firstMeeting) {
  const detail = await client.meeting({ id: firstMeeting.id });
  report.meetingDetailKey = detail.node?.__typename === 'Meeting' ? detail.node.key : null;
}

console.log(JSON.stringify(report));
