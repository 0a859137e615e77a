// `npm run ingest` with no server on the database: this process opens it (a PGlite folder under its
// lock, or PostgreSQL), migrates, and ingests in batches through ingestDocuments.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { IngestResult } from '../ingest/ingest-result.ts';
import { ingestDocuments } from '../ingest/ingest-documents.ts';
import type { CreatedDocument } from './ingest-shared-state.ts';
import { errorRow, progress, type Found, type Row } from './ingest-report.ts';

export interface IngestOptions {
  publishedAt: Date | null;
  batch: number;
  showProgress: boolean;
  /** Look up what each new file named (for a few files: the CLI prints it). */
  details: boolean;
}

export interface CliOutcome {
  rows: Row[];
  results: unknown[];
  found: Found[];
}

export async function ingestLocally(db: Database, files: string[], options: IngestOptions): Promise<CliOutcome & { created: CreatedDocument[] }> {
  const rows: Row[] = [];
  const results: (IngestResult & { file: string })[] = [];
  for (let start = 0; start < files.length; start += options.batch) {
    const group = files.slice(start, start + options.batch);
    if (options.showProgress) progress(start, files.length, group[0]!);
    const t0 = performance.now();
    const inputs = group.map((file) => ({ text: readFileSync(file, 'utf8'), source: path.basename(file), publishedAt: options.publishedAt }));
    const outcomes = await ingestDocuments(db.prisma, inputs, { batchSize: options.batch });
    // A batch is one transaction: each file is shown with its share of the batch's time.
    const ms = Math.round((performance.now() - t0) / group.length);
    for (const [j, file] of group.entries()) {
      const outcome = outcomes[j]!;
      if (!outcome.ok) {
        rows.push(errorRow(file, ms, String(outcome.error)));
        continue;
      }
      const r = outcome.result;
      results.push({ ...r, file });
      rows.push({
        file, created: r.created, articles: r.articles.filter((a) => a.created).length,
        persons: `${r.persons.created}/${r.persons.merged}`, organisations: `${r.organisations.created}/${r.organisations.merged}`,
        meetings: `${r.meetings.created}/${r.meetings.merged}`, statements: r.statements.created, ms,
      });
    }
  }
  if (options.showProgress) progress(files.length, files.length, '');
  const found = options.details ? await Promise.all(results.filter((r) => r.created).map((r) => foundIn(db.prisma, r))) : [];
  const created = results.filter((r) => r.created).map(({ file, ...result }) => ({ source: path.basename(file), result }));
  return { rows, results, found, created };
}

async function foundIn(prisma: PrismaClient, r: IngestResult & { file: string }): Promise<Found> {
  const meetings = await prisma.meeting.findMany({ where: { id: { in: r.meetings.ids } }, include: { participants: { include: { person: true } } } });
  const persons = await prisma.person.findMany({ where: { id: { in: r.persons.ids } }, include: { aliases: true } });
  const statements = await prisma.statement.findMany({ where: { id: { in: r.statements.ids } }, include: { speakerPerson: true } });
  return {
    file: r.file,
    meetings: meetings.map((m) => {
      const date = m.startDate ? `${m.startDate.toISOString().slice(0, 10)} (${m.startPrecision})` : 'undated';
      const who = m.participants.map((p) => p.person.name).join(', ');
      return `${m.name} [${m.key}] ${date}, ${m.format}${m.city ? `, ${m.city}` : ''}${m.chairLabel ? `, chair: ${m.chairLabel}` : ''}${who ? `, participants: ${who}` : ''}`;
    }),
    persons: persons.map((p) => `${p.name}${p.countryCode ? ` (${p.countryCode})` : ''}${p.aliases.length > 1 ? ` aka ${p.aliases.map((a) => a.alias).filter((a) => a !== p.name).join(', ')}` : ''}`),
    statements: statements.map((s) => `${s.speakerPerson?.name ?? s.speakerLabel} [${s.speakerKind}] ${s.verb} (${s.act})${s.isDirectQuote ? ' “quote”' : ''}: ${s.content.slice(0, 110)}`),
  };
}
