// The one way text becomes stored graph data: the seed step, the CLI and the GraphQL mutation
// (ingestDocument, a call with one input) all come here. Documents are planned one after the other,
// each seeing what the ones before it will store, and written in transactions of up to `batchSize`
// documents by the one writer (persist/write/documents.ts); a batch costs one lock statement, one
// read per entity kind and one INSERT per table, and gives the result writing each alone would.
import { lockNaturalKeys } from '../db/advisory-locks.ts';
import { backoff, isTransientWriteConflict } from '../db/transient-errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { IngestInput, IngestOutcome, IngestResult } from './ingest-result.ts';
import { writeDocuments, type Written } from './persist/write/documents.ts';
import { cleanText, contentHash } from './pipeline.ts';
import { extractionInThisThread, lockKeysOf, type Extraction, type Plan, type StoredArticle } from './plan.ts';

export interface IngestDocumentsOptions {
  /** Documents per transaction. */
  batchSize?: number;
  /** Called when a batch's transaction fails and its documents are redone one at a time. */
  onBatchError?: (error: unknown) => void;
  /** Where the pure stages run (default: this thread). */
  extraction?: Extraction;
}

interface Prepared {
  inputs: IngestInput[];
  hashes: string[];
  plans: Map<number, Plan>;
}

const MAX_ATTEMPTS = 6;

/** What every step of one ingestDocuments call shares. */
interface Run {
  prisma: PrismaClient;
  extraction: Extraction;
  /** Articles stored by earlier transactions of this call (a later batch planned them as pending). */
  earlier: Map<string, StoredArticle>;
  onBatchError?: (error: unknown) => void;
}
const none = () => ({ created: 0, merged: 0, ids: [] });

/** Ingests the inputs in order; one document's failure is reported in its slot and costs only itself. */
export async function ingestDocuments(prisma: PrismaClient, inputs: IngestInput[], options: IngestDocumentsOptions = {}): Promise<IngestOutcome[]> {
  const size = Math.max(1, options.batchSize ?? 16);
  const out: IngestOutcome[] = [];
  const run: Run = { prisma, extraction: options.extraction ?? extractionInThisThread, earlier: new Map(), onBatchError: options.onBatchError };
  const slice = (i: number) => (i < inputs.length ? inputs.slice(i, i + size) : null);
  let prepared: Promise<Prepared> | null = prepare(run, slice(0) ?? [], null);
  for (let i = 0; prepared; i += size) {
    const batch: Prepared = await prepared;
    // The next batch is planned while this one is written (planning is CPU, writing mostly waits on
    // the database); it counts what this one will store as stored.
    const following = slice(i + size);
    const next: Promise<Prepared> | null = following ? prepare(run, following, batch) : null;
    next?.catch(() => {});
    const { outcomes, written } = await writeBatch(run, batch);
    out.push(...outcomes);
    // A batch redone one document at a time may have stored less than planned: plan the next again.
    prepared = following && !written ? prepare(run, following, null) : next;
  }
  return out;
}

/** The answer for a document stored before: what it holds, nothing changed. */
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
    persons: none(), organisations: none(), meetings: none(), statements: { created: 0, ids: [] }, mentions: { created: 0 },
  };
}

const yieldToWrites = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads what is stored of a batch and plans its new documents; `before` is a batch still being written. */
async function prepare({ prisma, extraction }: Run, inputs: IngestInput[], before: Prepared | null): Promise<Prepared> {
  const texts = inputs.map((input) => cleanText(input.text));
  const hashes = texts.map(contentHash);
  const articleHashes = (await Promise.all(texts.map((text) => extraction.articleHashes(text)))).flat();
  const [storedDocuments, storedArticles] = await Promise.all([
    prisma.document.findMany({ where: { contentHash: { in: hashes } }, select: { contentHash: true } }),
    prisma.article.findMany({ where: { contentHash: { in: articleHashes } }, select: { id: true, title: true, lineStart: true, lineEnd: true, contentHash: true } }),
  ]);
  const known = new Set(storedDocuments.map((d) => d.contentHash));
  const stored = new Map(storedArticles.map((a) => [a.contentHash, a]));
  const pending = new Set<string>();
  for (const [i, p] of before?.plans ?? []) {
    known.add(before!.hashes[i]!);
    for (const a of p.fresh) pending.add(a.hash);
  }
  const plans = new Map<number, Plan>();
  for (const [i, text] of texts.entries()) {
    // A document stored already, or repeated within the batch, is answered from the database afterwards.
    if (known.has(hashes[i]!)) continue;
    known.add(hashes[i]!);
    const p = await extraction.plan(text, inputs[i]!.publishedAt ?? null, stored, pending);
    for (const a of p.fresh) pending.add(a.hash);
    plans.set(i, p);
    // Lets the batch being written send its next statement between two documents.
    if (before) await yieldToWrites();
  }
  return { inputs, hashes, plans };
}

/** Countries (lexicon rows, never changed or deleted) each client has seen committed. */
const countriesStored = new WeakMap<PrismaClient, Set<string>>();

function countriesStoredBy(prisma: PrismaClient): Set<string> {
  let set = countriesStored.get(prisma);
  if (!set) countriesStored.set(prisma, (set = new Set()));
  return set;
}

/** One transaction: the batch's locks, then the writer. Countries are remembered only once committed. */
async function write(prisma: PrismaClient, { inputs, hashes, plans }: Prepared, earlier: Map<string, StoredArticle>): Promise<Map<number, Written>> {
  const countries = countriesStoredBy(prisma);
  const written = await prisma.$transaction(
    async (tx) => {
      await lockNaturalKeys(tx, [...plans].flatMap(([i, p]) => lockKeysOf(hashes[i]!, p)));
      return writeDocuments(tx, [...plans].map(([i, plan]) => ({ slot: i, input: inputs[i]!, hash: hashes[i]!, plan })), countries, earlier);
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  for (const { countryCodes } of written.values()) for (const code of countryCodes) countries.add(code);
  return written;
}

async function writeBatch(run: Run, batch: Prepared): Promise<{ outcomes: IngestOutcome[]; written: boolean }> {
  const { prisma, earlier } = run;
  let written: Map<number, Written>;
  try {
    written = await write(prisma, batch, earlier);
  } catch (error) {
    // A lost race, a deadlock or one bad document: redo this batch a document at a time.
    const redo = batch.inputs.length > 1 || isTransientWriteConflict(error);
    if (redo) run.onBatchError?.(error);
    return { outcomes: redo ? await oneByOne(run, batch.inputs) : [{ ok: false, error }], written: false };
  }
  const out: IngestOutcome[] = [];
  for (const [i, input] of batch.inputs.entries()) {
    const mine = written.get(i);
    if (mine) {
      const { countryCodes: _, ...result } = mine;
      out.push({ ok: true, result });
      continue;
    }
    const existing = await existingResult(prisma, batch.hashes[i]!);
    out.push(...(existing ? [{ ok: true as const, result: existing }] : await oneByOne(run, [input])));
  }
  return { outcomes: out, written: true };
}

async function oneByOne(run: Run, inputs: IngestInput[]): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  for (const input of inputs) {
    try {
      out.push({ ok: true, result: await ingestAlone(run, input) });
    } catch (error) {
      out.push({ ok: false, error });
    }
  }
  return out;
}

/**
 * One document in its own transaction. Concurrent writers converge: the same text is stored once
 * (the others get created: false) and entities named by several texts are created once. A write that
 * loses a race on a natural key, or is picked as a deadlock victim, plans again against what the
 * winner stored.
 */
async function ingestAlone(run: Run, input: IngestInput): Promise<IngestResult> {
  const { prisma, earlier } = run;
  for (let attempt = 0; ; attempt++) {
    const batch = await prepare(run, [input], null);
    const existing = batch.plans.has(0) ? null : await existingResult(prisma, batch.hashes[0]!);
    if (existing) return existing;
    try {
      // Seen as stored by the plan but gone by now (deleted meanwhile): planned again below.
      const written = batch.plans.has(0) ? (await write(prisma, batch, earlier)).get(0) : undefined;
      if (written) {
        const { countryCodes: _, ...result } = written;
        return result;
      }
      if (attempt + 1 >= MAX_ATTEMPTS) throw new Error('the document was stored and removed again while it was being ingested');
    } catch (error) {
      if (attempt + 1 >= MAX_ATTEMPTS || !isTransientWriteConflict(error)) throw error;
      await backoff(attempt);
    }
  }
}
