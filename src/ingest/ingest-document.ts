// The one entry point that turns raw text into stored graph data. The seed step, the ingest CLI and
// the GraphQL mutation all call it, so they cannot drift apart.
import { createHash } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { fold } from '../text/fold.ts';
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
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex');
}

export async function ingestDocument(prisma: PrismaClient, input: IngestInput): Promise<IngestResult> {
  const text = input.text.normalize('NFC');
  const documentHash = contentHash(text);
  const existing = await prisma.document.findUnique({
    where: { contentHash: documentHash },
    include: { articles: { orderBy: { lineStart: 'asc' } } },
  });
  if (existing) {
    return {
      documentId: existing.id,
      created: false,
      articles: existing.articles.map((a) => ({ id: a.id, title: a.title, lineStart: a.lineStart, lineEnd: a.lineEnd, created: false })),
    };
  }
  const segmented = segmentDocument(text);
  return prisma.$transaction(async (tx) => {
    const document = await tx.document.create({
      data: { source: input.source, kind: segmented.kind, contentHash: documentHash, lineCount: segmented.lineCount },
    });
    const articles: IngestedArticle[] = [];
    for (const article of segmented.articles) {
      const hash = contentHash(`${article.title ?? ''}\n${article.body}`);
      const stored = await tx.article.findUnique({ where: { contentHash: hash } });
      const row =
        stored ??
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
            contentHash: hash,
            searchText: fold(`${article.title ?? ''} ${article.body}`),
          },
        }));
      articles.push({ id: row.id, title: row.title, lineStart: row.lineStart, lineEnd: row.lineEnd, created: !stored });
    }
    return { documentId: document.id, created: true, articles };
  });
}
