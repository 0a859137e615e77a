// Writes planned documents: their Document rows, their new Article rows, then their graphs
// (graphs.ts), and tells each document's caller what was stored. The caller holds the locks.
import { fold } from '../../../text/fold.ts';
import { publishedDay } from '../../dates.ts';
import type { IngestedArticle, IngestInput, IngestResult } from '../../ingest-result.ts';
import type { Plan, StoredArticle } from '../../plan.ts';
import type { Tx } from '../types.ts';
import { persistGraphs } from './graphs.ts';
import { insertRows } from './insert-rows.ts';

export type Written = IngestResult & { countryCodes: string[] };
export interface DocumentToWrite {
  slot: number;
  input: IngestInput;
  hash: string;
  plan: Plan;
}
type CreatedArticle = StoredArticle & { documentId: number };

async function insertDocuments(tx: Tx, docs: DocumentToWrite[]): Promise<Map<string, number>> {
  const ids = await insertRows(
    tx,
    'Document',
    [
      ['source', 'text', docs.map((d) => d.input.source)], ['kind', 'text', docs.map((d) => d.plan.segmented.kind), 'DocumentKind'],
      ['contentHash', 'text', docs.map((d) => d.hash)], ['lineCount', 'int', docs.map((d) => d.plan.segmented.lineCount)],
    ],
    { returning: true },
  );
  return new Map(docs.map((d, k) => [d.hash, ids[k]!]));
}

async function insertArticles(tx: Tx, docs: DocumentToWrite[], documentId: Map<string, number>): Promise<CreatedArticle[]> {
  const rows = docs.flatMap(({ input, hash, plan }) =>
    plan.fresh.map((a) => ({
      documentId: documentId.get(hash)!, title: a.title, lede: a.body.split('\n')[0] ?? null, body: a.body, source: input.source,
      lineStart: a.lineStart, lineEnd: a.lineEnd, publishedAt: input.publishedAt ?? publishedDay(a.published), contentHash: a.hash, searchText: fold(`${a.title ?? ''} ${a.body}`),
    })),
  );
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  const ids = await insertRows(
    tx,
    'Article',
    [
      ['documentId', 'int', col('documentId')], ['title', 'text', col('title')], ['lede', 'text', col('lede')], ['body', 'text', col('body')],
      ['source', 'text', col('source')], ['lineStart', 'int', col('lineStart')], ['lineEnd', 'int', col('lineEnd')],
      ['publishedAt', 'timestamp', rows.map((r) => r.publishedAt?.toISOString() ?? null)], ['contentHash', 'text', col('contentHash')],
      ['searchText', 'text', col('searchText')],
    ],
    { returning: true },
  );
  return rows.map((r, k) => ({ id: ids[k]!, title: r.title, lineStart: r.lineStart, lineEnd: r.lineEnd, contentHash: r.contentHash, documentId: r.documentId }));
}

/** A document's articles as its caller sees them: each with its stored id, created once per new hash. */
function articlesOf(plan: Plan, documentId: number, createdByHash: Map<string, CreatedArticle>, earlier: Map<string, StoredArticle>): IngestedArticle[] {
  const claimed = new Set<string>();
  return plan.articles.map((article) => {
    const row = createdByHash.get(article.hash);
    const mine = row?.documentId === documentId ? row : undefined;
    // A page that repeats an article stores it once: the first occurrence is the created one.
    const isNew = mine !== undefined && !claimed.has(article.hash) && claimed.add(article.hash) !== undefined;
    const shown = mine ?? plan.storedByHash.get(article.hash) ?? row ?? earlier.get(article.hash)!;
    return { id: shown.id, title: shown.title, lineStart: shown.lineStart, lineEnd: shown.lineEnd, created: isNew };
  });
}

/**
 * Writes the documents in order, as writing each alone one after the other would. `earlier` holds
 * articles stored by earlier transactions of the same call (planned as pending); it learns this one's.
 */
export async function writeDocuments(tx: Tx, docs: DocumentToWrite[], countries: ReadonlySet<string>, earlier: Map<string, StoredArticle>): Promise<Map<number, Written>> {
  const documentId = await insertDocuments(tx, docs);
  const created = await insertArticles(tx, docs, documentId);
  const createdByHash = new Map(created.map((row) => [row.contentHash, row]));
  for (const row of created) earlier.set(row.contentHash, row);
  const counts = await persistGraphs(
    tx,
    docs.map(({ input, hash, plan }) => ({ graph: plan.graph, articleIds: plan.fresh.map((a) => createdByHash.get(a.hash)!.id), documentHash: hash, publishedAt: input.publishedAt ?? null })),
    countries,
  );
  const out = new Map<number, Written>();
  docs.forEach(({ slot, hash, plan }, d) => {
    const id = documentId.get(hash)!;
    const { countries: codes, ...rest } = counts[d]!;
    out.set(slot, { documentId: id, created: true, articles: articlesOf(plan, id, createdByHash, earlier), ...rest, countryCodes: codes.codes });
  });
  return out;
}
