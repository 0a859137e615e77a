// Loads every file of the seeds folder through ingestDocuments. Documents already stored (same text)
// are skipped by the content hash, so running this on every start ingests nothing twice.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { ingestDocuments } from './ingest-documents.ts';

export interface SeedSummary {
  files: number;
  documentsCreated: number;
  articlesCreated: number;
}

export function listTextFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}

export async function seedFromFolder(prisma: PrismaClient, dir: string): Promise<SeedSummary> {
  const files = listTextFiles(dir);
  const summary: SeedSummary = { files: files.length, documentsCreated: 0, articlesCreated: 0 };
  // Several files per transaction: the same outcome as one at a time, in fewer round trips.
  const outcomes = await ingestDocuments(prisma, files.map((file) => ({ text: readFileSync(file, 'utf8'), source: path.basename(file) })));
  for (const outcome of outcomes) {
    if (!outcome.ok) throw outcome.error;
    if (outcome.result.created) summary.documentsCreated += 1;
    summary.articlesCreated += outcome.result.articles.filter((a) => a.created).length;
  }
  return summary;
}
