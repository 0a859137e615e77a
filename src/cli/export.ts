// `diplograph export [--types articles,meetings,…] [--ndjson]`: the whole graph as JSON on stdout,
// read through the GraphQL API in-process (no server needed), with global ids.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { applyMigrations } from '../db/migrate.ts';
import { createDiplographYoga, type DiplographYoga } from '../yoga.ts';
import { CliError, ExitCode } from './exit-codes.ts';
import { EXPORT_DOCUMENTS, EXPORT_TYPES, type ExportType } from './export-documents.ts';
import { endStatus, progressBar, status, writeJson } from './output.ts';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, unknown> }[];
}

async function readPage(yoga: DiplographYoga, type: ExportType, after: string | null): Promise<Page> {
  const response = await yoga.fetch('http://cli.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: EXPORT_DOCUMENTS[type], variables: { after } }),
  });
  const body = (await response.json()) as { data?: { page: Page }; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new CliError(`export of ${type} failed: ${body.errors?.map((e) => e.message).join('; ')}`, ExitCode.FAILED);
  return body.data.page;
}

/** Every node of one type, page after page; `onNode` sees each as it arrives. */
async function exportType(yoga: DiplographYoga, type: ExportType, onNode: (node: Record<string, unknown>) => void): Promise<number> {
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const page: Page = await readPage(yoga, type, after);
    for (const { node } of page.edges) onNode(node);
    done += page.edges.length;
    status(`exporting ${type.padEnd(13)} ${progressBar(done, page.totalCount)}`);
    if (!page.pageInfo.hasNextPage) return done;
    after = page.pageInfo.endCursor;
  }
}

export function parseTypes(value: string | undefined): ExportType[] {
  if (!value) return [...EXPORT_TYPES];
  const types = value.split(',').map((t) => t.trim());
  const unknown = types.find((t) => !(EXPORT_TYPES as readonly string[]).includes(t));
  if (unknown) throw new CliError(`unknown type ${unknown}: --types takes ${EXPORT_TYPES.join(', ')}`, ExitCode.USAGE);
  return types as ExportType[];
}

export async function exportCommand(options: { types: ExportType[]; ndjson: boolean }): Promise<void> {
  const config = { ...loadConfig(), RESPONSE_CACHE: false, LOG_LEVEL: 'silent' as const };
  const db = await openDatabase(config.database, { poolSize: 2 });
  const yoga = createDiplographYoga({ db, config });
  try {
    await applyMigrations(db);
    const graph: Record<string, unknown[]> = {};
    const counts: Record<string, number> = {};
    for (const type of options.types) {
      const nodes: unknown[] = (graph[type] = []);
      // NDJSON streams each node as it comes; JSON collects one object.
      const onNode = options.ndjson
        ? (node: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ type, ...node })}\n`)
        : (node: Record<string, unknown>) => nodes.push(node);
      counts[type] = await exportType(yoga, type, onNode);
    }
    endStatus();
    if (!options.ndjson) writeJson({ exportedAt: new Date().toISOString(), counts, ...graph });
  } finally {
    await yoga.dispose();
    await db.close();
  }
}
