// S9's cursors: the 1,000th statement newest first, found by paging each server as a client would
// (100 per page, the API's largest), so neither side's cursor format is copied into the bench.
import { DEEP_OFFSET } from './shapes.ts';
import { post } from './processes.ts';

const PAGE = 100;

const OURS = `query($after: String) { statements(first: ${PAGE}, after: $after, orderBy: SAID_ON_DESC) { pageInfo { endCursor } } }`;
const THEIRS = `query($after: Cursor) { allStatements(first: ${PAGE}, after: $after, orderBy: [SAID_ON_DESC, ROW_ID_DESC]) { pageInfo { endCursor } } }`;

async function walk(url: string, query: string, root: string): Promise<string> {
  let after: string | null = null;
  for (let seen = 0; seen < DEEP_OFFSET; seen += PAGE) {
    const r = await post(url, { query, variables: { after } });
    const cursor = r.json?.data?.[root]?.pageInfo?.endCursor;
    if (r.status !== 200 || typeof cursor !== 'string') throw new Error(`deep cursor from ${url}: ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`);
    after = cursor;
  }
  return after!;
}

export async function lookUpDeepCursors(ourUrl: string, theirUrl: string): Promise<{ ours: string; theirs: string }> {
  return { ours: await walk(ourUrl, OURS, 'statements'), theirs: await walk(theirUrl, THEIRS, 'allStatements') };
}
