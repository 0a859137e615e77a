// What an ingest takes and what it answers: the contract of ingestDocument(s), the CLI and the mutation.
import type { EntityCounts } from './persist/types.ts';

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

export type IngestOutcome = { ok: true; result: IngestResult } | { ok: false; error: unknown };
