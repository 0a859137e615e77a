// The messages between the server and its extraction worker thread (extraction-worker.ts).
import type { StoredArticle } from './ingest-document.ts';

export type ExtractionRequest = { id: number } & (
  | { op: 'articleHashes'; text: string }
  | { op: 'plan'; text: string; publishedAt: Date | null; stored: Map<string, StoredArticle> }
);

export type ExtractionReply = { id: number } & ({ ok: true; value: unknown } | { ok: false; message: string });
