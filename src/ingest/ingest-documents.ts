// Many documents per transaction, for bulk loads (the seed step, the CLI). The result is the same as
// calling ingestDocument on each in order: documents are planned and written one after the other,
// each seeing what the ones before it stored; what is amortised is the round trips (one read of the
// stored documents and articles, one BEGIN/COMMIT and one lock statement per batch).
import { lockNaturalKeys } from '../db/advisory-locks.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import {
  articleHash,
  cleanText,
  contentHash,
  countriesStoredBy,
  existingResult,
  ingestDocument,
  lockKeysOf,
  planFrom,
  writeDocument,
  type IngestInput,
  type IngestResult,
  type Plan,
} from './ingest-document.ts';
import { segmentDocument } from './segment.ts';

export type IngestOutcome = { ok: true; result: IngestResult } | { ok: false; error: unknown };

export interface IngestDocumentsOptions {
  /** Documents per transaction. */
  batchSize?: number;
}

/** Ingests the inputs in order; one document's failure is reported in its slot and costs only itself. */
export async function ingestDocuments(prisma: PrismaClient, inputs: IngestInput[], options: IngestDocumentsOptions = {}): Promise<IngestOutcome[]> {
  const size = Math.max(1, options.batchSize ?? 16);
  const out: IngestOutcome[] = [];
  for (let i = 0; i < inputs.length; i += size) out.push(...(await ingestBatch(prisma, inputs.slice(i, i + size))));
  return out;
}

async function oneByOne(prisma: PrismaClient, inputs: IngestInput[]): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  for (const input of inputs) {
    try {
      out.push({ ok: true, result: await ingestDocument(prisma, input) });
    } catch (error) {
      out.push({ ok: false, error });
    }
  }
  return out;
}

async function ingestBatch(prisma: PrismaClient, inputs: IngestInput[]): Promise<IngestOutcome[]> {
  const texts = inputs.map((input) => cleanText(input.text));
  const hashes = texts.map(contentHash);
  const articleHashes = texts.flatMap((text) => segmentDocument(text).articles.map(articleHash));
  const [storedDocuments, storedArticles] = await Promise.all([
    prisma.document.findMany({ where: { contentHash: { in: hashes } }, select: { contentHash: true } }),
    prisma.article.findMany({
      where: { contentHash: { in: articleHashes } },
      select: { id: true, title: true, lineStart: true, lineEnd: true, contentHash: true },
    }),
  ]);
  const known = new Set(storedDocuments.map((d) => d.contentHash));
  const stored = new Map(storedArticles.map((a) => [a.contentHash, a]));
  const pending = new Set<string>();
  const plans = new Map<number, Plan>();
  texts.forEach((text, i) => {
    // A document stored already, or repeated within the batch, is answered from the database afterwards.
    if (known.has(hashes[i]!)) return;
    known.add(hashes[i]!);
    const p = planFrom(text, inputs[i]!.publishedAt ?? null, stored, pending);
    for (const a of p.fresh) pending.add(a.hash);
    plans.set(i, p);
  });

  const countries = countriesStoredBy(prisma);
  let written: Map<number, Awaited<ReturnType<typeof writeDocument>>>;
  try {
    written = await prisma.$transaction(
      async (tx) => {
        await lockNaturalKeys(tx, [...plans].flatMap(([i, p]) => lockKeysOf(hashes[i]!, p)));
        const batchArticles: Parameters<typeof writeDocument>[5] = new Map();
        const results = new Map<number, Awaited<ReturnType<typeof writeDocument>>>();
        for (const [i, p] of plans) results.set(i, await writeDocument(tx, inputs[i]!, hashes[i]!, p, countries, batchArticles));
        return results;
      },
      { timeout: 300_000, maxWait: 60_000 },
    );
  } catch {
    // A lost race, a deadlock or one bad document: redo this batch a document at a time.
    return oneByOne(prisma, inputs);
  }
  const out: IngestOutcome[] = [];
  for (const [i, input] of inputs.entries()) {
    const mine = written.get(i);
    if (mine) {
      const { countryCodes, ...result } = mine;
      for (const code of countryCodes) countries.add(code);
      out.push({ ok: true, result });
      continue;
    }
    const existing = await existingResult(prisma, hashes[i]!);
    if (existing) out.push({ ok: true, result: existing });
    else out.push(...(await oneByOne(prisma, [input])));
  }
  return out;
}
