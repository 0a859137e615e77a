// The one entry point that turns raw text into stored graph data. The seed step, the ingest CLI and
// the GraphQL mutation all call it, so they cannot drift apart. Pure stages run first (segment →
// extract → resolve); persist then writes everything in one transaction per document.
import { createHash } from 'node:crypto';
import { lockNaturalKeys, type LockKey } from '../db/advisory-locks.ts';
import { backoff, isTransientWriteConflict } from '../db/transient-errors.ts';
import type { Article, PrismaClient } from '../generated/prisma/client.ts';
import { fold } from '../text/fold.ts';
import { extractArticle } from './extract.ts';
import { learnAcronyms } from './organisations.ts';
import { naturalLockKeys, persistGraph, type EntityCounts, type Tx } from './persist.ts';
import { resolveDocument, type DocumentGraph } from './resolve.ts';
import { segmentDocument } from './segment.ts';

export interface IngestInput {
  text: string;
  /** Seed file name or URL the text came from. */
  source: string;
  publishedAt?: Date | null;
}

export interface IngestedArticle {
  id: number;
  title: string | null;
  lineStart: number;
  lineEnd: number;
  /** false when the same article text was already stored (from this or another document). */
  created: boolean;
}

export interface IngestResult {
  documentId: number;
  /** false when this exact document text was ingested before: nothing was changed. */
  created: boolean;
  articles: IngestedArticle[];
  persons: EntityCounts;
  organisations: EntityCounts;
  meetings: EntityCounts;
  statements: { created: number; ids: number[] };
  mentions: { created: number };
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

const none = (): EntityCounts => ({ created: 0, merged: 0, ids: [] });
const MAX_ATTEMPTS = 6;

export async function existingResult(prisma: PrismaClient, documentHash: string): Promise<IngestResult | null> {
  const existing = await prisma.document.findUnique({
    where: { contentHash: documentHash },
    include: { articles: { orderBy: { lineStart: 'asc' } } },
  });
  if (!existing) return null;
  return {
    documentId: existing.id,
    created: false,
    articles: existing.articles.map((a) => ({ id: a.id, title: a.title, lineStart: a.lineStart, lineEnd: a.lineEnd, created: false })),
    persons: none(),
    organisations: none(),
    meetings: none(),
    statements: { created: 0, ids: [] },
    mentions: { created: 0 },
  };
}

/**
 * Countries (lexicon rows, never changed or deleted) each client has seen committed, so a document
 * does not insert-or-skip them again on every ingest.
 */
const countriesStored = new WeakMap<PrismaClient, Set<string>>();

export function countriesStoredBy(prisma: PrismaClient): Set<string> {
  let set = countriesStored.get(prisma);
  if (!set) countriesStored.set(prisma, (set = new Set()));
  return set;
}

/** PostgreSQL text cannot hold NUL or lone surrogates; other control characters are noise. */
export function cleanText(raw: string): string {
  return raw
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

export type StoredArticle = Pick<Article, 'id' | 'title' | 'lineStart' | 'lineEnd' | 'contentHash'>;

export interface Plan {
  segmented: ReturnType<typeof segmentDocument>;
  articles: (ReturnType<typeof segmentDocument>['articles'][number] & { hash: string })[];
  /** Articles not stored yet, first occurrence of each hash; the graph's article indices point here. */
  fresh: Plan['articles'];
  storedByHash: Map<string, StoredArticle>;
  graph: DocumentGraph;
}

/**
 * Where the pure stages run: in this thread by default; the server passes a worker thread
 * (extraction-thread.ts), so extracting a large document does not stop it answering requests.
 */
export interface Extraction {
  articleHashes(text: string): string[] | Promise<string[]>;
  plan(text: string, publishedAt: Date | null, stored: Map<string, StoredArticle>): Plan | Promise<Plan>;
}

export const extractionInThisThread: Extraction = {
  articleHashes: (text) => segmentDocument(text).articles.map((a) => articleHash(a)),
  plan: (text, publishedAt, stored) => planFrom(text, publishedAt, stored),
};

/** The pure stages, run on the articles not yet stored (decided by a read outside the transaction). */
async function plan(prisma: PrismaClient, text: string, publishedAt: Date | null, extraction: Extraction): Promise<Plan> {
  const hashes = await extraction.articleHashes(text);
  const stored = await prisma.article.findMany({
    where: { contentHash: { in: hashes } },
    select: { id: true, title: true, lineStart: true, lineEnd: true, contentHash: true },
  });
  return extraction.plan(text, publishedAt, new Map(stored.map((a) => [a.contentHash, a])));
}

/** The Article row of a fresh article (both ingest paths store the same columns). */
export function articleRow(article: Plan['fresh'][number], input: IngestInput, documentId: number) {
  return {
    documentId,
    title: article.title,
    lede: article.body.split('\n')[0] ?? null,
    body: article.body,
    source: input.source,
    lineStart: article.lineStart,
    lineEnd: article.lineEnd,
    publishedAt: input.publishedAt ?? null,
    contentHash: article.hash,
    searchText: fold(`${article.title ?? ''} ${article.body}`),
  };
}

export function articleHash(a: { title: string | null; body: string }): string {
  return contentHash(`${a.title ?? ''}\n${a.body}`);
}

/**
 * The plan given what is stored; `pending` holds articles an earlier document of the same batch will
 * store: they are not fresh here, as they would not be when ingesting one document after the other.
 */
export function planFrom(text: string, publishedAt: Date | null, stored: Map<string, StoredArticle>, pending: ReadonlySet<string> = new Set()): Plan {
  const segmented = segmentDocument(text);
  const articles = segmented.articles.map((a) => ({ ...a, hash: articleHash(a) }));
  const storedByHash = new Map(articles.flatMap((a) => (stored.has(a.hash) ? [[a.hash, stored.get(a.hash)!] as const] : [])));
  const fresh = articles.filter((a, i) => !storedByHash.has(a.hash) && !pending.has(a.hash) && articles.findIndex((b) => b.hash === a.hash) === i);
  // Acronyms defined in one article of a page hold for its other articles.
  const seen = new Set<string>();
  const learned = fresh
    .flatMap((a) => learnAcronyms(`${a.title ?? ''}\n${a.body}`))
    .filter((o) => !seen.has(`${o.acronym}|${o.name}`) && seen.add(`${o.acronym}|${o.name}`));
  const graph = resolveDocument(fresh.map((a) => extractArticle(a, learned)), publishedAt);
  return { segmented, articles, fresh, storedByHash, graph };
}

export function lockKeysOf(documentHash: string, p: Plan): LockKey[] {
  return [{ key: `document:${documentHash}` }, ...p.articles.map((a) => ({ key: `article:${a.hash}` })), ...naturalLockKeys(p.graph)];
}

/**
 * Writes one planned document; the caller holds the locks. `batchArticles` collects the articles
 * written so far in this transaction, for later documents of a batch that share them.
 */
export async function writeDocument(
  tx: Tx,
  input: IngestInput,
  documentHash: string,
  p: Plan,
  countries: ReadonlySet<string>,
  batchArticles: Map<string, StoredArticle> = new Map(),
): Promise<IngestResult & { countryCodes: string[] }> {
  // Under the locks, a document or article a concurrent writer stored first makes the INSERTs below
  // fail on their unique hash: the caller then answers from what is stored, or plans again.
  const document = await tx.document.create({
    data: { source: input.source, kind: p.segmented.kind, contentHash: documentHash, lineCount: p.segmented.lineCount },
  });
  // One INSERT for the new articles; each new hash once, in the order the graph indexes them.
  const created = p.fresh.length
    ? await tx.article.createManyAndReturn({
        data: p.fresh.map((article) => articleRow(article, input, document.id)),
        select: { id: true, title: true, lineStart: true, lineEnd: true, contentHash: true },
      })
    : [];
  const createdByHash = new Map(created.map((row) => [row.contentHash, row]));
  for (const row of created) batchArticles.set(row.contentHash, row);
  const freshIds = p.fresh.map((a) => createdByHash.get(a.hash)!.id);
  const claimed = new Set<string>();
  const out: IngestedArticle[] = p.articles.map((article) => {
    const mine = createdByHash.get(article.hash);
    // A page that repeats an article stores it once: the first occurrence is the created one.
    const isNew = mine !== undefined && !claimed.has(article.hash) && claimed.add(article.hash) !== undefined;
    const row = mine ?? p.storedByHash.get(article.hash) ?? batchArticles.get(article.hash)!;
    return { id: row.id, title: row.title, lineStart: row.lineStart, lineEnd: row.lineEnd, created: isNew };
  });
  const { countries: written, ...counts } = await persistGraph(tx, p.graph, freshIds, documentHash, input.publishedAt ?? null, countries);
  return { documentId: document.id, created: true, articles: out, ...counts, countryCodes: written.codes };
}

/**
 * Concurrent calls converge: the same text is stored once (the others get created: false), and
 * entities named by several texts are created once. A call that loses a race on a natural key,
 * or is picked as a deadlock victim, redoes its plan against what the winner stored.
 */
export async function ingestDocument(prisma: PrismaClient, input: IngestInput, extraction: Extraction = extractionInThisThread): Promise<IngestResult> {
  const text = cleanText(input.text);
  const documentHash = contentHash(text);
  for (let attempt = 0; ; attempt++) {
    const done = await existingResult(prisma, documentHash);
    if (done) return done;
    const p = await plan(prisma, text, input.publishedAt ?? null, extraction);
    try {
      const countries = countriesStoredBy(prisma);
      const { countryCodes, ...result } = await prisma.$transaction(
        async (tx) => {
          await lockNaturalKeys(tx, lockKeysOf(documentHash, p));
          return writeDocument(tx, input, documentHash, p, countries);
        },
        { timeout: 120_000, maxWait: 60_000 },
      );
      // Only once committed: a rolled-back insert must not be remembered as stored.
      for (const code of countryCodes) countries.add(code);
      return result;
    } catch (error) {
      if (attempt + 1 >= MAX_ATTEMPTS || !isTransientWriteConflict(error)) throw error;
      await backoff(attempt);
    }
  }
}
