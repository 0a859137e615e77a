// The one entry point that turns raw text into stored graph data. The seed step, the ingest CLI and
// the GraphQL mutation all call it, so they cannot drift apart. Pure stages run first (segment →
// extract → resolve); persist then writes everything in one transaction per document.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { fold } from '../text/fold.ts';
import { extractArticle } from './extract.ts';
import { learnAcronyms } from './organisations.ts';
import { persistGraph, type EntityCounts } from './persist.ts';
import { resolveDocument } from './resolve.ts';
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

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code?: string }).code === 'P2002';
}

async function existingResult(prisma: PrismaClient, documentHash: string): Promise<IngestResult | null> {
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

export async function ingestDocument(prisma: PrismaClient, input: IngestInput, attempt = 0): Promise<IngestResult> {
  // PostgreSQL text cannot hold NUL or lone surrogates; other control characters are noise.
  const text = input.text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  const documentHash = contentHash(text);
  const done = await existingResult(prisma, documentHash);
  if (done) return done;

  const segmented = segmentDocument(text);
  const articles = segmented.articles.map((a) => ({ ...a, hash: contentHash(`${a.title ?? ''}\n${a.body}`) }));
  const stored = await prisma.article.findMany({ where: { contentHash: { in: articles.map((a) => a.hash) } } });
  const storedByHash = new Map(stored.map((a) => [a.contentHash, a]));
  const fresh = articles.filter((a, i) => !storedByHash.has(a.hash) && articles.findIndex((b) => b.hash === a.hash) === i);
  // Acronyms defined in one article of a page hold for its other articles.
  const seen = new Set<string>();
  const learned = fresh
    .flatMap((a) => learnAcronyms(`${a.title ?? ''}\n${a.body}`))
    .filter((o) => !seen.has(`${o.acronym}|${o.name}`) && seen.add(`${o.acronym}|${o.name}`));
  const graph = resolveDocument(fresh.map((a) => extractArticle(a, learned)), input.publishedAt ?? null);

  try {
    return await prisma.$transaction(
      async (tx) => {
        const document = await tx.document.create({
          data: { source: input.source, kind: segmented.kind, contentHash: documentHash, lineCount: segmented.lineCount },
        });
        const out: IngestedArticle[] = [];
        const freshIds: number[] = [];
        for (const article of articles) {
          const prior = storedByHash.get(article.hash) ?? (await tx.article.findUnique({ where: { contentHash: article.hash } }));
          const row =
            prior ??
            (await tx.article.create({
              data: {
                documentId: document.id,
                title: article.title,
                lede: article.body.split('\n')[0] ?? null,
                body: article.body,
                source: input.source,
                lineStart: article.lineStart,
                lineEnd: article.lineEnd,
                publishedAt: input.publishedAt ?? null,
                contentHash: article.hash,
                searchText: fold(`${article.title ?? ''} ${article.body}`),
              },
            }));
          if (!prior) freshIds[fresh.indexOf(article)] = row.id;
          out.push({ id: row.id, title: row.title, lineStart: row.lineStart, lineEnd: row.lineEnd, created: !prior });
          if (!prior) storedByHash.set(article.hash, row);
        }
        const counts = await persistGraph(tx, graph, freshIds, documentHash, input.publishedAt ?? null);
        return { documentId: document.id, created: true, articles: out, ...counts };
      },
      { timeout: 120_000, maxWait: 60_000 },
    );
  } catch (error) {
    // A concurrent ingest of the same text (or article) won the race: return what it stored.
    if (isUniqueViolation(error) && attempt < 3) {
      const raced = await existingResult(prisma, documentHash);
      if (raced) return raced;
      return ingestDocument(prisma, input, attempt + 1);
    }
    throw error;
  }
}
