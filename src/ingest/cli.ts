// npm run ingest -- <file|dir>... [--json] [--published YYYY-MM-DD] [--batch N]
// Ingests text files through ingestDocument (the same function as the seed step and the GraphQL
// mutation) into the configured database (DATABASE_URL, default the PGlite folder), migrating first.
// A progress bar on a terminal when there are many files, then a summary table; --json prints one
// machine-readable object instead.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { applyMigrations } from '../db/migrate.ts';
import type { IngestResult } from './ingest-document.ts';
import { ingestDocuments } from './ingest-documents.ts';
import { listTextFiles } from './seed.ts';

interface Row {
  file: string;
  created: boolean;
  articles: number;
  persons: string;
  organisations: string;
  meetings: string;
  statements: number;
  ms: number;
  error?: string;
}

function expand(args: string[]): string[] {
  return args.flatMap((a) => (statSync(a).isDirectory() ? listTextFiles(a) : [a]));
}

function table(rows: Row[]): string {
  const head = ['file', 'new', 'articles', 'persons +new/merged', 'orgs +new/merged', 'meetings +new/merged', 'statements', 'ms'];
  const body = rows.map((r) => [r.file, r.error ? 'ERROR' : r.created ? 'yes' : 'no', String(r.articles), r.persons, r.organisations, r.meetings, String(r.statements), String(r.ms)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function progress(done: number, total: number, file: string) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${path.basename(file).slice(0, 40).padEnd(40)}`);
}

export interface IngestReport {
  files: Row[];
  results: (IngestResult & { file: string })[];
}

/** The ingest command; `present` shapes the --json report (the `diplograph` bin gives global ids). */
export async function main(argv = process.argv.slice(2), present: (report: IngestReport) => unknown = (report) => report) {
  const json = argv.includes('--json');
  const pubIdx = argv.indexOf('--published');
  const publishedAt = pubIdx >= 0 ? new Date(`${argv[pubIdx + 1]}T00:00:00Z`) : null;
  const batchIdx = argv.indexOf('--batch');
  // Files per transaction (ingestDocuments): the same outcome as one at a time, in fewer round trips.
  const batch = batchIdx >= 0 ? Math.max(1, Number(argv[batchIdx + 1]) || 1) : 16;
  const inputs = argv.filter((a, i) => !a.startsWith('--') && (pubIdx < 0 || i !== pubIdx + 1) && (batchIdx < 0 || i !== batchIdx + 1));
  if (inputs.length === 0) {
    process.stderr.write('usage: npm run ingest -- <file|dir>... [--json] [--published YYYY-MM-DD] [--batch N]\n');
    process.exit(2);
  }
  const files = expand(inputs);
  const config = loadConfig();
  const db = await openDatabase(config.database, { poolSize: 2 });
  const rows: Row[] = [];
  const results: (IngestResult & { file: string })[] = [];
  try {
    await applyMigrations(db);
    const showProgress = !json && process.stderr.isTTY && files.length > 3;
    for (let start = 0; start < files.length; start += batch) {
      const group = files.slice(start, start + batch);
      if (showProgress) progress(start, files.length, group[0]!);
      const t0 = performance.now();
      const outcomes = await ingestDocuments(db.prisma, group.map((file) => ({ text: readFileSync(file, 'utf8'), source: path.basename(file), publishedAt })), { batchSize: batch });
      // A batch is one transaction: each file is shown with its share of the batch's time.
      const ms = Math.round((performance.now() - t0) / group.length);
      for (const [j, file] of group.entries()) {
        const outcome = outcomes[j]!;
        if (!outcome.ok) {
          rows.push({ file, created: false, articles: 0, persons: '-', organisations: '-', meetings: '-', statements: 0, ms, error: String(outcome.error) });
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
    if (showProgress) progress(files.length, files.length, '');
    if (showProgress) process.stderr.write('\n');
    if (json) {
      process.stdout.write(`${JSON.stringify(present({ files: rows, results }), null, 2)}\n`);
    } else {
      process.stdout.write(`${table(rows)}\n`);
      // What was found, for a quick look at one or two files.
      if (files.length <= 3) {
        for (const r of results) {
          if (!r.created) continue;
          const meetings = await db.prisma.meeting.findMany({ where: { id: { in: r.meetings.ids } }, include: { participants: { include: { person: true } } } });
          const persons = await db.prisma.person.findMany({ where: { id: { in: r.persons.ids } }, include: { aliases: true } });
          const statements = await db.prisma.statement.findMany({ where: { id: { in: r.statements.ids } }, include: { speakerPerson: true } });
          process.stdout.write(`\n${r.file}\n  meetings:\n`);
          for (const m of meetings) {
            const date = m.startDate ? `${m.startDate.toISOString().slice(0, 10)} (${m.startPrecision})` : 'undated';
            const who = m.participants.map((p) => p.person.name).join(', ');
            process.stdout.write(`    - ${m.name} [${m.key}] ${date}, ${m.format}${m.city ? `, ${m.city}` : ''}${m.chairLabel ? `, chair: ${m.chairLabel}` : ''}${who ? `, participants: ${who}` : ''}\n`);
          }
          process.stdout.write('  persons:\n');
          for (const p of persons) process.stdout.write(`    - ${p.name}${p.countryCode ? ` (${p.countryCode})` : ''}${p.aliases.length > 1 ? ` aka ${p.aliases.map((a) => a.alias).filter((a) => a !== p.name).join(', ')}` : ''}\n`);
          process.stdout.write('  statements:\n');
          for (const s of statements) {
            process.stdout.write(`    - ${s.speakerPerson?.name ?? s.speakerLabel} [${s.speakerKind}] ${s.verb} (${s.act})${s.isDirectQuote ? ' “quote”' : ''}: ${s.content.slice(0, 110)}\n`);
          }
        }
      }
    }
  } finally {
    await db.close();
  }
  if (rows.some((r) => r.error)) process.exitCode = 1;
}

// Run as a script (`npm run ingest`); imported by the `diplograph` bin.
if (import.meta.filename === process.argv[1]) await main();
