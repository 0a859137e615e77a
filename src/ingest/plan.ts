// What a document will write, decided before its transaction: the pipeline's graph of the articles
// not stored yet, and which stored articles the others are.
import type { LockKey } from '../db/advisory-locks.ts';
import type { Article } from '../generated/prisma/client.ts';
import { naturalLockKeys } from './persist/match/lock-keys.ts';
import { articleHash, cleanText, extractDocument, type ExtractedDocument } from './pipeline.ts';
import { segmentDocument } from './segment.ts';

export type StoredArticle = Pick<Article, 'id' | 'title' | 'lineStart' | 'lineEnd' | 'contentHash'>;

export interface Plan extends ExtractedDocument {
  storedByHash: Map<string, StoredArticle>;
}

/**
 * The plan given what is stored; `pending` holds articles an earlier document of the same batch will
 * store: they are not fresh here, as they would not be when ingesting one document after the other.
 */
export function planFrom(text: string, publishedAt: Date | null, stored: Map<string, StoredArticle>, pending: ReadonlySet<string> = new Set()): Plan {
  const extracted = extractDocument(text, { publishedAt, isStored: (hash) => stored.has(hash) || pending.has(hash) });
  const storedByHash = new Map(extracted.articles.flatMap((a) => (stored.has(a.hash) ? [[a.hash, stored.get(a.hash)!] as const] : [])));
  return { ...extracted, storedByHash };
}

/**
 * Where the pure stages run: in this thread by default; the server passes a worker thread
 * (extraction-thread.ts), so extracting a large document does not stop it answering requests.
 */
export interface Extraction {
  articleHashes(text: string): string[] | Promise<string[]>;
  plan(text: string, publishedAt: Date | null, stored: Map<string, StoredArticle>, pending: ReadonlySet<string>): Plan | Promise<Plan>;
}

export const extractionInThisThread: Extraction = {
  articleHashes: (text) => segmentDocument(cleanText(text)).articles.map(articleHash),
  plan: planFrom,
};

/** The locks a document's write takes: its hash, its articles' hashes and its entities' natural keys. */
export function lockKeysOf(documentHash: string, p: Plan): LockKey[] {
  return [{ key: `document:${documentHash}` }, ...p.articles.map((a) => ({ key: `article:${a.hash}` })), ...naturalLockKeys(p.graph)];
}
