// The shapes run as Markdown: per size a table (ours and PostGraphile's requests/s, their ratio, SQL
// statements per request at first 5/20/50, the rows check) with the geometric mean of the ratios,
// then growth: each shape's p50 at the largest size over its p50 at the smallest.
import type { ShapeResult, ShapesRun } from '../shapes.ts';
import { sizeLabel } from '../corpus/build.ts';
import type { MachineInfo } from './machine.ts';

export interface ShapesResults {
  mode: 'shapes';
  machine: MachineInfo;
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  loadAverageAtEnd: number[];
  run: ShapesRun | null;
  summary: ShapesSummary;
  problems: string[];
}

export interface ShapesSummary {
  /** Geometric mean over shapes of ours / PostGraphile requests/s, per article count. */
  geometricMean: Record<number, number | null>;
  /** p50 at the largest size over p50 at the smallest, per shape and server (null with one size). */
  growth: { id: string; diplograph: number | null; postgraphile: number | null }[];
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Ours / PostGraphile requests/s. A shape measured sequentially (a few requests on one connection)
 * has too few requests for a rate: its ratio is PostGraphile's p50 over ours, the same quantity
 * for one connection.
 */
export function ratioAt(shape: ShapeResult, articles: number): number | null {
  const v = shape.sizes[articles]?.variants;
  if (!v?.diplograph || !v.postgraphile || v.diplograph.failed || v.postgraphile.failed) return null;
  if (shape.loadMode === 'sequential') return v.diplograph.p50 > 0 ? v.postgraphile.p50 / v.diplograph.p50 : null;
  return v.postgraphile.requestsPerSecond > 0 ? v.diplograph.requestsPerSecond / v.postgraphile.requestsPerSecond : null;
}

function growthOf(shape: ShapeResult, server: 'diplograph' | 'postgraphile', smallest: number, largest: number): number | null {
  const a = shape.sizes[smallest]?.variants[server];
  const b = shape.sizes[largest]?.variants[server];
  if (smallest === largest || !a || !b || a.failed || b.failed || a.p50 <= 0) return null;
  return round(b.p50 / a.p50);
}

export function summarise(run: ShapesRun): ShapesSummary {
  const articles = run.sizes.map((s) => s.articles);
  const geometricMean: Record<number, number | null> = {};
  for (const n of articles) {
    const ratios = run.shapes.map((s) => ratioAt(s, n));
    const known = ratios.filter((r): r is number => r !== null);
    geometricMean[n] = known.length === 0 || known.length < ratios.length ? null : round(Math.exp(known.reduce((sum, r) => sum + Math.log(r), 0) / known.length));
  }
  const [smallest, largest] = [Math.min(...articles), Math.max(...articles)];
  const growth = run.shapes.map((s) => ({ id: s.id, diplograph: growthOf(s, 'diplograph', smallest, largest), postgraphile: growthOf(s, 'postgraphile', smallest, largest) }));
  return { geometricMean, growth };
}

function sqlCell(shape: ShapeResult, articles: number): string {
  const counts = shape.sizes[articles]!.sql;
  const text = counts.map((c) => `${c.statements}${c.refused ? '*' : ''}`).join(' / ');
  const same = counts.every((c) => c.statements === counts[0]!.statements);
  return `${text}${same ? '' : ' (grows)'}${shape.paged ? '' : ' (no page)'}`;
}

function sizeTable(run: ShapesRun, summary: ShapesSummary, articles: number): string[] {
  const lines = [
    `### ${sizeLabel(articles)} (${run.sizes.find((s) => s.articles === articles)!.database})`,
    '',
    '| shape | ours req/s | PostGraphile req/s | ratio | p50 ours / PG (ms) | SQL statements at first 5 / 20 / 50 | rows |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const s of run.shapes) {
    const at = s.sizes[articles]!;
    const [ours, theirs] = [at.variants.diplograph, at.variants.postgraphile];
    const ratio = ratioAt(s, articles);
    const mode = s.loadMode === 'sequential' ? ' (seq.)' : '';
    lines.push(`| ${s.id} ${s.title} | ${ours ? ours.requestsPerSecond.toFixed(0) : '-'}${mode} | ${theirs ? theirs.requestsPerSecond.toFixed(0) : '-'}${mode} | ${ratio === null ? '-' : `${ratio.toFixed(2)} ×`} | ${ours?.p50 ?? '-'} / ${theirs?.p50 ?? '-'} | ${sqlCell(s, articles)} | ${at.check.same ? `same (${at.answerIds})` : `DIFFERENT (${at.check.ours} vs ${at.check.theirs})`} |`);
  }
  const mean = summary.geometricMean[articles];
  lines.push('', `Geometric mean of the ratios: ${mean === null || mean === undefined ? '- (a shape has no ratio)' : `**${mean.toFixed(2)} ×**`}. \`*\`: refused by the complexity limit at that page size, counted with it lifted. (seq.): a single request too slow for 16 connections in a round; a few requests on one connection, the ratio from p50.`, '');
  return lines;
}

function growthTable(run: ShapesRun, summary: ShapesSummary): string[] {
  const articles = run.sizes.map((s) => s.articles).sort((a, b) => a - b);
  if (articles.length < 2) return ['Growth: one size measured (`--sizes 1k,10k,100k` for growth).', ''];
  const [small, large] = [sizeLabel(articles[0]!), sizeLabel(articles.at(-1)!)];
  const lines = [
    `### Growth: p50 at ${large} / p50 at ${small}`,
    '',
    `| shape | ours p50 ${articles.map(sizeLabel).join(' / ')} (ms) | ours ${large}/${small} | PG p50 ${articles.map(sizeLabel).join(' / ')} (ms) | PG ${large}/${small} | single request ours ${articles.map(sizeLabel).join(' / ')} (ms) |`,
    '|---|---|---|---|---|---|',
  ];
  for (const s of run.shapes) {
    const g = summary.growth.find((x) => x.id === s.id)!;
    const p50 = (server: 'diplograph' | 'postgraphile') => articles.map((n) => s.sizes[n]?.variants[server]?.p50 ?? '-').join(' / ');
    const single = articles.map((n) => s.sizes[n]?.singleRequestMs.diplograph ?? '-').join(' / ');
    lines.push(`| ${s.id} | ${p50('diplograph')} | ${g.diplograph === null ? '-' : `${g.diplograph} ×`} | ${p50('postgraphile')} | ${g.postgraphile === null ? '-' : `${g.postgraphile} ×`} | ${single} |`);
  }
  return [...lines, ''];
}

export function shapesMarkdown(r: ShapesResults): string {
  const m = r.machine;
  const lines = [
    '# Diplograph shapes benchmark (issue 16)',
    '',
    `Run ${r.startedAt} → ${r.finishedAt} (${(r.totalSeconds / 60).toFixed(1)} min) on ${m.cpuCount} × ${m.cpuModel}, servers on Node ${m.serverNode} (runner on ${m.node}), PostgreSQL ${m.postgres}, commit ${m.gitCommit}; load average ${m.loadAverageAtStart.join(' ')} at start, ${r.loadAverageAtEnd.join(' ')} at end.`,
    '',
  ];
  if (r.run) {
    const s = r.run.settings;
    lines.push(`Uncached Diplograph and PostGraphile 5.1.5, both NODE_ENV=production, on the same database, autocannon ${s.connections} connections, ${s.rounds} alternating rounds of ${s.duration} s after ${s.warmup} s warm-up; medians over rounds; page size 20 where a shape has one. Ratio = ours / PostGraphile requests/s; only ratios within one run compare.`, '');
    for (const { articles } of r.run.sizes) lines.push(...sizeTable(r.run, r.summary, articles));
    lines.push(...growthTable(r.run, r.summary));
  }
  lines.push('## Problems', '', ...(r.problems.length ? r.problems.map((p) => `- ${p}`) : ['none']), '');
  return lines.join('\n');
}
