// One document: a call of the one ingest path (ingest-documents.ts) with a single input, so the
// GraphQL mutation, the seed step and the CLI cannot drift apart.
import type { PrismaClient } from '../generated/prisma/client.ts';
import { ingestDocuments } from './ingest-documents.ts';
import type { IngestInput, IngestResult } from './ingest-result.ts';

export async function ingestDocument(prisma: PrismaClient, input: IngestInput): Promise<IngestResult> {
  const [outcome] = await ingestDocuments(prisma, [input], { batchSize: 1 });
  if (!outcome!.ok) throw outcome!.error;
  return outcome!.result;
}
