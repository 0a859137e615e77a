// Many documents per transaction, for bulk loads (the seed step, the CLI, the benchmark corpus). The
// result is the same as calling ingestDocument on each in order: documents are planned one after the
// other, each seeing what the ones before it will store, and persistGraphs merges them in order
// against one read of the stored entities; what is amortised is the round trips and the client's
// per-row work (one lock statement, one read per entity kind and one INSERT per table per batch).
import { lockNaturalKeys } from '../db/advisory-locks.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import {
  articleHash,
  articleRow,
  cleanText,
  contentHash,
  countriesStoredBy,
  existingResult,
  ingestDocument,
  lockKeysOf,
  planFrom,
  type IngestedArticle,
  type IngestInput,
  type IngestResult,
  type Plan,
} from './ingest-document.ts';
import { insertRows, persistGraphs } from './persist-batch.ts';
import type { Tx } from './persist.ts';
import { segmentDocument } from './segment.ts';

type Written = IngestResult & { countryCodes: string[] };
type StoredArticle = { id: number; title: string | null; lineStart: number; lineEnd: number; contentHash: string };

/**
 * Writes the planned documents of a batch, as writeDocument on each in order would; the caller holds
 * the locks. One INSERT for the documents, one for their new articles, then persistGraphs.
 */
async function writeDocuments(
  tx: Tx,
  docs: { slot: number; input: IngestInput; hash: string; plan: Plan }[],
  countries: ReadonlySet<string>,
  /** Articles stored by earlier batches of the same call (a later batch planned them as pending). */
  earlier: Map<string, StoredArticle>,
): Promise<Map<number, Written>> {
  const documentIds = await insertRows(
    tx,
    'Document',
    [
      ['source', 'text', docs.map((d) => d.input.source)], ['kind', 'text', docs.map((d) => d.plan.segmented.kind), 'DocumentKind'],
      ['contentHash', 'text', docs.map((d) => d.hash)], ['lineCount', 'int', docs.map((d) => d.plan.segmented.lineCount)],
    ],
    { returning: true },
  );
  const documents = docs.map((d, k) => ({ id: documentIds[k]!, contentHash: d.hash }));
  const documentId = new Map(documents.map((d) => [d.contentHash, d.id]));
  const fresh = docs.flatMap(({ input, hash, plan }) =>
    plan.fresh.map((article) => articleRow(article, input, documentId.get(hash)!)),
  );
  const ids = await insertRows(
    tx,
    'Article',
    [
      ['documentId', 'int', fresh.map((a) => a.documentId)], ['title', 'text', fresh.map((a) => a.title)], ['lede', 'text', fresh.map((a) => a.lede)],
      ['body', 'text', fresh.map((a) => a.body)], ['source', 'text', fresh.map((a) => a.source)], ['lineStart', 'int', fresh.map((a) => a.lineStart)],
      ['lineEnd', 'int', fresh.map((a) => a.lineEnd)], ['publishedAt', 'timestamp', fresh.map((a) => a.publishedAt?.toISOString() ?? null)],
      ['contentHash', 'text', fresh.map((a) => a.contentHash)], ['searchText', 'text', fresh.map((a) => a.searchText)],
    ],
    { returning: true },
  );
  const created = fresh.map((a, k) => ({ id: ids[k]!, title: a.title, lineStart: a.lineStart, lineEnd: a.lineEnd, contentHash: a.contentHash, documentId: a.documentId }));
  const createdByHash = new Map(created.map((row) => [row.contentHash, row]));
  for (const row of created) earlier.set(row.contentHash, row);
  const counts = await persistGraphs(
    tx,
    docs.map(({ input, hash, plan }) => ({ graph: plan.graph, articleIds: plan.fresh.map((a) => createdByHash.get(a.hash)!.id), documentHash: hash, publishedAt: input.publishedAt ?? null })),
    countries,
  );
  const out = new Map<number, Written>();
  docs.forEach(({ slot, hash, plan }, d) => {
    const id = documentId.get(hash)!;
    const claimed = new Set<string>();
    const articles: IngestedArticle[] = plan.articles.map((article) => {
      const row = createdByHash.get(article.hash);
      const mine = row?.documentId === id ? row : undefined;
      // A page that repeats an article stores it once: the first occurrence is the created one.
      const isNew = mine !== undefined && !claimed.has(article.hash) && claimed.add(article.hash) !== undefined;
      const shown = mine ?? plan.storedByHash.get(article.hash) ?? row ?? earlier.get(article.hash)!;
      return { id: shown.id, title: shown.title, lineStart: shown.lineStart, lineEnd: shown.lineEnd, created: isNew };
    });
    const { countries: codes, ...rest } = counts[d]!;
    out.set(slot, { documentId: id, created: true, articles, ...rest, countryCodes: codes.codes });
  });
  return out;
}

export type IngestOutcome = { ok: true; result: IngestResult } | { ok: false; error: unknown };

export interface IngestDocumentsOptions {
  /** Documents per transaction. */
  batchSize?: number;
  /** Called when a batch's transaction fails and its documents are redone one at a time. */
  onBatchError?: (error: unknown) => void;
}

/** Ingests the inputs in order; one document's failure is reported in its slot and costs only itself. */
export async function ingestDocuments(prisma: PrismaClient, inputs: IngestInput[], options: IngestDocumentsOptions = {}): Promise<IngestOutcome[]> {
  const size = Math.max(1, options.batchSize ?? 16);
  const out: IngestOutcome[] = [];
  const earlier = new Map<string, StoredArticle>();
  const slice = (i: number) => (i < inputs.length ? inputs.slice(i, i + size) : null);
  let prepared: Promise<Prepared> | null = prepare(prisma, slice(0)!, null);
  for (let i = 0; prepared; i += size) {
    const batch: Prepared = await prepared;
    // The next batch is planned while this one is written (planning is CPU, writing mostly waits on
    // the database); it counts what this one will store as stored.
    const following = slice(i + size);
    const next: Promise<Prepared> | null = following ? prepare(prisma, following, batch) : null;
    next?.catch(() => {});
    const { outcomes, written } = await writeBatch(prisma, batch, earlier, options.onBatchError);
    out.push(...outcomes);
    // A batch redone one document at a time may have stored less than planned: plan the next again.
    prepared = following && !written ? prepare(prisma, following, null) : next;
  }
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

interface Prepared {
  inputs: IngestInput[];
  hashes: string[];
  plans: Map<number, Plan>;
}

const yieldToWrites = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads what is stored of a batch and plans its new documents; `before` is a batch still being written. */
async function prepare(prisma: PrismaClient, inputs: IngestInput[], before: Prepared | null): Promise<Prepared> {
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
  if (before) {
    for (const [i, p] of before.plans) {
      known.add(before.hashes[i]!);
      for (const a of p.fresh) pending.add(a.hash);
    }
  }
  const plans = new Map<number, Plan>();
  for (const [i, text] of texts.entries()) {
    // A document stored already, or repeated within the batch, is answered from the database afterwards.
    if (known.has(hashes[i]!)) continue;
    known.add(hashes[i]!);
    const p = planFrom(text, inputs[i]!.publishedAt ?? null, stored, pending);
    for (const a of p.fresh) pending.add(a.hash);
    plans.set(i, p);
    // Lets the batch being written send its next statement between two documents.
    if (before) await yieldToWrites();
  }
  return { inputs, hashes, plans };
}

async function writeBatch(
  prisma: PrismaClient,
  { inputs, hashes, plans }: Prepared,
  earlier: Map<string, StoredArticle>,
  onBatchError?: (error: unknown) => void,
): Promise<{ outcomes: IngestOutcome[]; written: boolean }> {
  const countries = countriesStoredBy(prisma);
  let written: Map<number, Written>;
  try {
    written = await prisma.$transaction(
      async (tx) => {
        await lockNaturalKeys(tx, [...plans].flatMap(([i, p]) => lockKeysOf(hashes[i]!, p)));
        return writeDocuments(tx, [...plans].map(([i, plan]) => ({ slot: i, input: inputs[i]!, hash: hashes[i]!, plan })), countries, earlier);
      },
      { timeout: 300_000, maxWait: 60_000 },
    );
  } catch (error) {
    onBatchError?.(error);
    // A lost race, a deadlock or one bad document: redo this batch a document at a time.
    return { outcomes: await oneByOne(prisma, inputs), written: false };
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
  return { outcomes: out, written: true };
}
