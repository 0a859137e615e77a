// The pipeline: the only composition of the pure stages (clean → segment → acronyms → extract →
// resolve). Production (plan.ts), the golden and gold tests, the fuzzer and the benchmarks all call
// extractDocument, so what they test is what runs.
import { createHash } from 'node:crypto';
import { extractArticle } from './extract.ts';
import { learnAcronyms } from './organisations.ts';
import { resolveDocument, type DocumentGraph } from './resolve.ts';
import { segmentDocument, type SegmentedDocument } from './segment.ts';

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

export type HashedArticle = SegmentedDocument['articles'][number] & { hash: string };

export interface ExtractedDocument {
  segmented: SegmentedDocument;
  articles: HashedArticle[];
  /** The articles extracted: first occurrence of each hash not already stored. The graph's article indices point here. */
  fresh: HashedArticle[];
  graph: DocumentGraph;
}

export interface ExtractOptions {
  /** The article date, for statements whose meeting has no date. */
  publishedAt?: Date | null;
  /** Articles stored already (or about to be): not extracted again. */
  isStored?: (articleHash: string) => boolean;
}

/** Acronyms defined in one article of a page hold for its other articles: learned from titles and bodies. */
function acronymsOf(articles: HashedArticle[]) {
  const seen = new Set<string>();
  return articles
    .flatMap((a) => learnAcronyms(`${a.title ?? ''}\n${a.body}`))
    .filter((o) => !seen.has(`${o.acronym}|${o.name}`) && seen.add(`${o.acronym}|${o.name}`));
}

export function extractDocument(raw: string, options: ExtractOptions = {}): ExtractedDocument {
  const segmented = segmentDocument(cleanText(raw));
  const articles = segmented.articles.map((a) => ({ ...a, hash: articleHash(a) }));
  const firstOfHash = new Map<string, number>();
  articles.forEach((a, i) => firstOfHash.has(a.hash) || firstOfHash.set(a.hash, i));
  const fresh = articles.filter((a, i) => firstOfHash.get(a.hash) === i && !options.isStored?.(a.hash));
  const learned = acronymsOf(fresh);
  const graph = resolveDocument(fresh.map((a) => extractArticle(a, learned)), options.publishedAt ?? null);
  return { segmented, articles, fresh, graph };
}
