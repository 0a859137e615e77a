// Loads every file of the seeds folder through ingestDocuments. Documents already stored (same text)
// are skipped by the content hash, so running this on every start ingests nothing twice; they are
// skipped before extraction with one query, which keeps a restart's seed step to milliseconds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { cleanText, contentHash } from './pipeline.ts';
import { ingestDocuments } from './ingest-documents.ts';

export interface SeedSummary {
  files: number;
  documentsCreated: number;
  articlesCreated: number;
}

/** Seeding progress: `done` of `total` files handled (stored ones count as done at once). */
export type SeedProgress = (done: number, total: number) => void;

/** Files per ingestDocuments call (one progress step): about ten steps, at most 16 files each. */
const chunkSize = (files: number) => Math.min(16, Math.max(1, Math.ceil(files / 10)));

export function listTextFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}

export async function seedFromFolder(prisma: PrismaClient, dir: string, onProgress?: SeedProgress): Promise<SeedSummary> {
  const files = listTextFiles(dir).map((file) => ({ text: readFileSync(file, 'utf8'), source: path.basename(file) }));
  const summary: SeedSummary = { files: files.length, documentsCreated: 0, articlesCreated: 0 };
  const hashes = files.map((f) => contentHash(cleanText(f.text)));
  const stored = await prisma.document.findMany({ where: { contentHash: { in: hashes } }, select: { contentHash: true } });
  const known = new Set(stored.map((d) => d.contentHash));
  const fresh = files.filter((_, i) => !known.has(hashes[i]!));
  let done = files.length - fresh.length;
  onProgress?.(done, files.length);
  const chunk = chunkSize(fresh.length);
  for (let start = 0; start < fresh.length; start += chunk) {
    // Several files per transaction: the same outcome as one at a time, in fewer round trips.
    const outcomes = await ingestDocuments(prisma, fresh.slice(start, start + chunk));
    for (const outcome of outcomes) {
      if (!outcome.ok) throw outcome.error;
      if (outcome.result.created) summary.documentsCreated += 1;
      summary.articlesCreated += outcome.result.articles.filter((a) => a.created).length;
    }
    done += outcomes.length;
    onProgress?.(done, files.length);
  }
  return summary;
}
