// What `npm run ingest` prints: one summary row per file, a progress bar on a terminal, and for a few
// files what was found. Both routes (this process's own database, or a running server) fill it.
import path from 'node:path';

export interface Row {
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

/** What one newly stored file named, already formatted one line per entity. */
export interface Found {
  file: string;
  meetings: string[];
  persons: string[];
  statements: string[];
}

export function errorRow(file: string, ms: number, error: string): Row {
  return { file, created: false, articles: 0, persons: '-', organisations: '-', meetings: '-', statements: 0, ms, error };
}

export function table(rows: Row[]): string {
  const head = ['file', 'new', 'articles', 'persons +new/merged', 'orgs +new/merged', 'meetings +new/merged', 'statements', 'ms'];
  const body = rows.map((r) => [r.file, r.error ? 'ERROR' : r.created ? 'yes' : 'no', String(r.articles), r.persons, r.organisations, r.meetings, String(r.statements), String(r.ms)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const errors = rows.filter((r) => r.error).map((r) => `${r.file}: ${r.error}`);
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line), ...errors].join('\n');
}

export function progress(done: number, total: number, file: string): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${path.basename(file).slice(0, 40).padEnd(40)}`);
}

export function printFound(found: Found[]): void {
  for (const f of found) {
    process.stdout.write(`\n${f.file}\n  meetings:\n`);
    for (const line of f.meetings) process.stdout.write(`    - ${line}\n`);
    process.stdout.write('  persons:\n');
    for (const line of f.persons) process.stdout.write(`    - ${line}\n`);
    process.stdout.write('  statements:\n');
    for (const line of f.statements) process.stdout.write(`    - ${line}\n`);
  }
}
