// What a document will write, decided before its transaction: the text cleaned and hashed, its
// articles split and hashed, and the pure stages (acronyms → extract → resolve) run on the articles
// not stored yet.
import { createHash } from 'node:crypto';
import type { LockKey } from '../db/advisory-locks.ts';
import type { Article } from '../generated/prisma/client.ts';
import { extractArticle } from './extract.ts';
import { learnAcronyms } from './organisations.ts';
import { naturalLockKeys } from './persist/match/lock-keys.ts';
import { resolveDocument, type DocumentGraph } from './resolve.ts';
import { segmentDocument } from './segment.ts';

export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

export function articleHash(a: { title: string | null; body: string }): string {
  return contentHash(`${a.title ?? ''}\n${a.body}`);
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
 * The plan given what is stored; `pending` holds articles an earlier document of the same batch will
 * store: they are not fresh here, as they would not be when ingesting one document after the other.
 */
export function planFrom(text: string, publishedAt: Date | null, stored: Map<string, StoredArticle>, pending: ReadonlySet<string> = new Set()): Plan {
  const segmented = segmentDocument(text);
  const articles = segmented.articles.map((a) => ({ ...a, hash: articleHash(a) }));
  const storedByHash = new Map(articles.flatMap((a) => (stored.has(a.hash) ? [[a.hash, stored.get(a.hash)!] as const] : [])));
  const firstOfHash = new Map<string, number>();
  articles.forEach((a, i) => firstOfHash.has(a.hash) || firstOfHash.set(a.hash, i));
  const fresh = articles.filter((a, i) => !storedByHash.has(a.hash) && !pending.has(a.hash) && firstOfHash.get(a.hash) === i);
  // Acronyms defined in one article of a page hold for its other articles.
  const seen = new Set<string>();
  const learned = fresh
    .flatMap((a) => learnAcronyms(`${a.title ?? ''}\n${a.body}`))
    .filter((o) => !seen.has(`${o.acronym}|${o.name}`) && seen.add(`${o.acronym}|${o.name}`));
  const graph = resolveDocument(fresh.map((a) => extractArticle(a, learned)), publishedAt);
  return { segmented, articles, fresh, storedByHash, graph };
}

/** The locks a document's write takes: its hash, its articles' hashes and its entities' natural keys. */
export function lockKeysOf(documentHash: string, p: Plan): LockKey[] {
  return [{ key: `document:${documentHash}` }, ...p.articles.map((a) => ({ key: `article:${a.hash}` })), ...naturalLockKeys(p.graph)];
}
