// One document: a call of the one ingest path (ingest-documents.ts) with a single input, so the
// GraphQL mutation, the seed step and the CLI cannot drift apart.
import type { PrismaClient } from '../generated/prisma/client.ts';
import { ingestDocuments } from './ingest-documents.ts';
import type { IngestInput, IngestResult } from './ingest-result.ts';
import { extractionInThisThread, type Extraction } from './plan.ts';

/** `extraction` says where the pure stages run (the server passes a worker thread: extraction-thread.ts). */
export async function ingestDocument(prisma: PrismaClient, input: IngestInput, extraction: Extraction = extractionInThisThread): Promise<IngestResult> {
  const [outcome] = await ingestDocuments(prisma, [input], { batchSize: 1, extraction });
  if (!outcome!.ok) throw outcome!.error;
  return outcome!.result;
}
