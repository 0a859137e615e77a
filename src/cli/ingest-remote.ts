// `npm run ingest` while a server holds the PGlite folder: the folder's lock file names the server's
// URL and a local token, and the documents go through its `ingestDocument` mutation. Opening the
// folder a second time would corrupt it (issue 13); through the server, subscribers hear of each
// document and cached reads are retired, as for any other client.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FolderLockedError, isLocal, readFolderLock } from '../db/folder-lock.ts';
import { errorRow, progress, type Found, type Row } from './ingest-report.ts';
import type { CliOutcome, IngestOptions } from './ingest-local.ts';

export interface RunningServer {
  url: string;
  pid: number;
  token: string;
}

/** How long to wait for a server that holds the folder but does not listen yet (migrations, seeds). */
const STARTING_SERVER_WAIT_MS = 120_000;

/**
 * The server holding this PGlite folder, once it listens; null when no live process holds it.
 * Throws FolderLockedError when another kind of process (a second ingest, a migration) holds it.
 */
export async function findRunningServer(dataDir: string, onWait: (pid: number) => void): Promise<RunningServer | null> {
  const deadline = Date.now() + STARTING_SERVER_WAIT_MS;
  for (let waited = false; ; waited = true) {
    const owner = readFolderLock(dataDir);
    if (!owner) return null;
    // Its URL names this machine's loopback: a server elsewhere cannot be reached that way.
    if (owner.role !== 'server' || !isLocal(owner) || Date.now() > deadline) throw new FolderLockedError({ ...owner, token: undefined });
    if (owner.url && owner.token) return { url: owner.url, pid: owner.pid, token: owner.token };
    if (!waited) onWait(owner.pid);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const INGEST = `mutation CliIngest($input: IngestDocumentInput!, $details: Boolean!) {
  ingestDocument(input: $input) {
    __typename
    ... on IngestDocumentPayload {
      documentId created articles { created }
      counts { persons { created merged } organisations { created merged } meetings { created merged } statementsCreated }
      meetings @include(if: $details) { name key startDate format city }
      persons @include(if: $details) { name country { code } }
      statements @include(if: $details) { speakerLabel speakerKind verb act isDirectQuote content }
    }
    ... on UserError { code message }
  }
}`;

type Counts = { created: number; merged: number };
interface Payload {
  __typename: string;
  documentId: number;
  created: boolean;
  articles: { created: boolean }[];
  counts: { persons: Counts; organisations: Counts; meetings: Counts; statementsCreated: number };
  meetings?: { name: string; key: string; startDate: string | null; format: string; city: string | null }[];
  persons?: { name: string; country: { code: string } | null }[];
  statements?: { speakerLabel: string; speakerKind: string; verb: string; act: string; isDirectQuote: boolean; content: string }[];
  code?: string;
  message?: string;
}

async function send(server: RunningServer, variables: Record<string, unknown>): Promise<Payload> {
  let response: Response;
  try {
    response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ query: INGEST, variables }),
    });
  } catch (error) {
    throw new Error(`the server at ${server.url} (pid ${server.pid}) did not answer: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: { ingestDocument?: Payload }; errors?: { message: string; extensions?: { code?: string } }[] };
  const payload = body.data?.ingestDocument;
  if (payload) return payload;
  const first = body.errors?.[0];
  throw new Error(`the server answered HTTP ${response.status}${first ? `: ${first.extensions?.code ?? ''} ${first.message}` : ''}`);
}

function rowOf(file: string, p: Payload, ms: number): Row {
  if (p.__typename !== 'IngestDocumentPayload') return errorRow(file, ms, `${p.code}: ${p.message}`);
  const pair = (c: Counts) => `${c.created}/${c.merged}`;
  return {
    file, created: p.created, articles: p.articles.filter((a) => a.created).length, persons: pair(p.counts.persons),
    organisations: pair(p.counts.organisations), meetings: pair(p.counts.meetings), statements: p.counts.statementsCreated, ms,
  };
}

function foundOf(file: string, p: Payload): Found {
  return {
    file,
    meetings: (p.meetings ?? []).map((m) => `${m.name} [${m.key}] ${m.startDate ?? 'undated'}, ${m.format}${m.city ? `, ${m.city}` : ''}`),
    persons: (p.persons ?? []).map((x) => `${x.name}${x.country ? ` (${x.country.code})` : ''}`),
    statements: (p.statements ?? []).map((s) => `${s.speakerLabel} [${s.speakerKind}] ${s.verb} (${s.act})${s.isDirectQuote ? ' “quote”' : ''}: ${s.content.slice(0, 110)}`),
  };
}

/** One mutation per file, in order: the server serialises writes on its one PGlite connection anyway. */
export async function ingestThroughServer(server: RunningServer, files: string[], options: IngestOptions): Promise<CliOutcome> {
  const rows: Row[] = [];
  const results: unknown[] = [];
  const found: Found[] = [];
  const publishedAt = options.publishedAt?.toISOString().slice(0, 10) ?? null;
  for (const [i, file] of files.entries()) {
    if (options.showProgress) progress(i, files.length, file);
    const t0 = performance.now();
    try {
      const input = { text: readFileSync(file, 'utf8'), source: path.basename(file), publishedAt };
      const payload = await send(server, { input, details: options.details });
      const ms = Math.round(performance.now() - t0);
      rows.push(rowOf(file, payload, ms));
      results.push({ ...payload, file });
      if (payload.__typename === 'IngestDocumentPayload' && payload.created && options.details) found.push(foundOf(file, payload));
    } catch (error) {
      rows.push(errorRow(file, Math.round(performance.now() - t0), (error as Error).message));
    }
  }
  if (options.showProgress) progress(files.length, files.length, '');
  return { rows, results, found };
}
