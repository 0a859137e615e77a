// Turns one run's figures into ratios and a markdown table. Ratios are of requests/s (higher is
// better for the numerator) except growth, which is p50 latency at a size over p50 at 1k.
import type { SampleCounts } from '../../tests/helpers/corpus/extract-sample.ts';
import type { CorpusDatabase } from '../corpus/build.ts';
import type { SqlCount } from '../sql-count.ts';
import type { GrowthRun, GrowthServer } from '../growth.ts';
import type { QueryRun, Variant } from '../queries.ts';
import type { MachineInfo } from './machine.ts';
import { sizeLabel } from '../corpus/build.ts';

export interface BenchResults {
  mode: string;
  machine: MachineInfo;
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  loadAverageAtEnd: number[];
  mainSize: number | null;
  corpus: { sample1k: SampleCounts | null; sizes: (CorpusDatabase & { articlesTarget: number })[]; parallel: (CorpusDatabase & { articlesTarget: number }) | null };
  sqlCount: { database: string; counts: SqlCount[] } | null;
  /** The query mix at the main size, against every baseline. */
  queries: { size: number; run: QueryRun }[];
  /** Every size loaded in alternating rounds; null with one size. */
  growth: GrowthRun | null;
  ratios: Ratios;
  problems: string[];
}

export interface Ratios {
  /** Per question at the main size: requests/s of a Diplograph variant over the baseline's. */
  vsPostgraphile: Record<string, { diplograph: number | null; production: number | null }>;
  vsRawSql: Record<string, { diplograph: number | null; production: number | null }>;
  productionOverDevelopment: Record<string, number | null>;
  cachedOverUncached: Record<string, number | null>;
  /** p50 at each size over p50 at the smallest measured size, per question and server. */
  growth: Record<string, Record<string, Record<string, number | null>>>;
}

/**
 * Requests/s of a variant. A sequential case sends a few requests one at a time, and autocannon
 * counts its duration in whole seconds, so its own rate is quantised; there 1000 / p50 is the rate.
 */
export function rateOf(c: QueryRun['cases'][number] | undefined, v: Variant): number | null {
  const s = c?.variants[v];
  if (!s) return null;
  return c!.loadMode === 'sequential' ? (s.p50 > 0 ? 1000 / s.p50 : null) : s.requestsPerSecond;
}
const rps = (run: QueryRun | undefined, id: string, v: Variant) => rateOf(run?.cases.find((c) => c.id === id), v);
// A variant with failed requests has no latency to compare (a round with none completed reports 0).
const p50 = (run: QueryRun | undefined, id: string, v: Variant) => {
  const s = run?.cases.find((c) => c.id === id)?.variants[v];
  return s && !s.failed ? s.p50 : null;
};
const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

export function computeRatios(queries: { size: number; run: QueryRun }[], mainSize: number | null, growth: GrowthRun | null): Ratios {
  const main = queries.find((q) => q.size === mainSize)?.run;
  const ids = main?.cases.map((c) => c.id) ?? [];
  const r: Ratios = { vsPostgraphile: {}, vsRawSql: {}, productionOverDevelopment: {}, cachedOverUncached: {}, growth: {} };
  for (const id of ids) {
    if (rps(main, id, 'postgraphile') !== null) {
      r.vsPostgraphile[id] = { diplograph: ratio(rps(main, id, 'diplograph'), rps(main, id, 'postgraphile')), production: ratio(rps(main, id, 'diplograph-prod'), rps(main, id, 'postgraphile')) };
    }
    if (rps(main, id, 'raw-sql') !== null) {
      r.vsRawSql[id] = { diplograph: ratio(rps(main, id, 'diplograph'), rps(main, id, 'raw-sql')), production: ratio(rps(main, id, 'diplograph-prod'), rps(main, id, 'raw-sql')) };
    }
    r.productionOverDevelopment[id] = ratio(rps(main, id, 'diplograph-prod'), rps(main, id, 'diplograph'));
    r.cachedOverUncached[id] = ratio(rps(main, id, 'diplograph-cache'), rps(main, id, 'diplograph'));
  }
  const [base, ...larger] = growth?.sizes.map((s) => s.articles).sort((a, b) => a - b) ?? [];
  for (const c of growth?.cases ?? []) {
    for (const v of ['diplograph', 'postgraphile'] as GrowthServer[]) {
      if (growthP50(c, base!, v) === null) continue;
      const row: Record<string, number | null> = {};
      for (const size of larger) row[`${sizeLabel(size)}/${sizeLabel(base!)}`] = ratio(growthP50(c, size, v), growthP50(c, base!, v));
      (r.growth[c.id] ??= {})[v] = row;
    }
  }
  return r;
}

/** p50 of a server at a size; none when a request failed (a round with none completed reports 0). */
function growthP50(c: GrowthRun['cases'][number], articles: number, v: GrowthServer): number | null {
  const s = c.sizes[articles]?.variants[v];
  return s && !s.failed ? s.p50 : null;
}

const f = (x: number | null | undefined, digits = 0) => (x === null || x === undefined ? '–' : x.toFixed(digits));
const x = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${v.toFixed(2)} ×`);

/** The issue's targets, each with the figure this run measured and whether it is met. */
export interface Target {
  target: string;
  measured: string;
  met: boolean | null;
}

export function targetsOf(res: BenchResults): Target[] {
  const out: Target[] = [];
  const r = res.ratios;
  const q1pg = r.vsPostgraphile.q1;
  const q1raw = r.vsRawSql.q1;
  const best = (v: { diplograph: number | null; production: number | null } | undefined) => (v ? Math.max(v.diplograph ?? 0, v.production ?? 0) : null);
  if (q1pg) out.push({ target: 'Q1 throughput ≥ 1.0 × PostGraphile', measured: `${x(q1pg.diplograph)} (development), ${x(q1pg.production)} (production)`, met: best(q1pg)! >= 1 });
  if (q1raw) out.push({ target: 'Q1 throughput ≥ 0.5 × raw SQL', measured: `${x(q1raw.diplograph)} (development), ${x(q1raw.production)} (production)`, met: best(q1raw)! >= 0.5 });
  if (res.sqlCount) {
    const counts = res.sqlCount.counts.map((c) => c.statements);
    out.push({ target: 'SQL statements for Q1 identical at first 5, 20, 50', measured: counts.join(', '), met: new Set(counts).size === 1 });
  }
  const sizes = res.growth?.sizes.map((q) => q.articles).sort((a, b) => a - b) ?? [];
  if (sizes.length > 1) {
    const [first, last] = [sizes[0]!, sizes.at(-1)!];
    const key = `${sizeLabel(last)}/${sizeLabel(first)}`;
    for (const c of res.growth!.cases) {
      const g = r.growth[c.id]?.diplograph?.[key] ?? null;
      const ids = [first, last].map((size) => c.sizes[size]?.answerIds ?? '–');
      out.push({ target: `${c.id} p50 at ${sizeLabel(last)} ≤ 2 × p50 at ${sizeLabel(first)}`, measured: `${x(g)} (answer ${ids.join(' → ')} ids)`, met: g === null ? null : g <= 2 });
    }
  }
  const ingest = res.corpus.sizes.find((d) => d.articlesTarget === 10_000);
  if (ingest) out.push({ target: 'ingest ≥ 200 articles/s at 10k (PostgreSQL)', measured: `${f(ingest.ingest.articlesPerSecond, 1)} articles/s${ingest.reused ? ' (reused database: measured earlier)' : ''}`, met: ingest.ingest.articlesPerSecond >= 200 });
  if (res.mode === 'full') out.push({ target: 'full run < 30 min', measured: `${(res.totalSeconds / 60).toFixed(1)} min`, met: res.totalSeconds < 30 * 60 });
  return out;
}

export function toMarkdown(res: BenchResults): string {
  const m = res.machine;
  const L: string[] = [];
  L.push(`# Diplograph benchmark (${res.mode})`, '');
  L.push(`${m.date} · commit \`${m.gitCommit.slice(0, 12)}\`${m.gitDirty ? ' (uncommitted changes)' : ''} · ${m.cpuCount} × ${m.cpuModel} · ${m.memoryGb} GB · servers on Node ${m.serverNode} (runner on ${m.node}) · PostgreSQL ${m.postgres}`);
  L.push(`Load average at start ${m.loadAverageAtStart.join(' / ')}, at end ${res.loadAverageAtEnd.join(' / ')} (shared machine: compare figures only within this run). Whole run: ${(res.totalSeconds / 60).toFixed(1)} min.`, '');
  const targets = targetsOf(res);
  if (targets.length) {
    L.push('## Targets (issue 8)', '', '| target | this run | met |', '|---|---|---|');
    for (const t of targets) L.push(`| ${t.target} | ${t.measured} | ${t.met === null ? '–' : t.met ? 'yes' : '**no**'} |`);
    L.push('');
  }
  const s = res.queries[0]?.run.settings;
  if (s) L.push(`Load: autocannon in its own process, ${s.connections} connections, ${s.warmup} s warm-up per variant, then ${s.rounds} alternating rounds of ${s.duration} s; figures are medians over rounds. Latencies in ms.`, '');

  L.push('## Corpus and ingest', '');
  if (res.corpus.sample1k) {
    const c = res.corpus.sample1k;
    L.push(`Extractor on the first 1,000 generated articles (pure pipeline): ${c.articles} articles, ${c.meetings} meeting mentions (${c.distinctMeetings} distinct), ${c.persons} person mentions (${c.distinctPersons} distinct), ${c.statements} statements (${c.statementsWithSpeaker} with a person speaker), ${c.participants} participations.`, '');
  }
  L.push('| size | database | complete | articles | meetings | persons | statements | participants | ingest articles/s | ingest | workers |', '|---|---|---|---|---|---|---|---|---|---|---|');
  for (const d of [...res.corpus.sizes, ...(res.corpus.parallel ? [res.corpus.parallel] : [])]) {
    const how = d.reused ? `reused (measured ${d.ingest.measuredAt.slice(0, 16)})${d.reuseNotes.length ? `; ${d.reuseNotes.join('; ')}` : ''}` : d.complete ? `measured now (${f(d.ingest.seconds, 0)} s)` : `partial: budget spent, resumes next run`;
    L.push(`| ${sizeLabel(d.articlesTarget)} | ${d.name} | ${d.complete ? 'yes' : 'no'} | ${d.counts.articles} | ${d.counts.meetings} | ${d.counts.persons} | ${d.counts.statements} | ${d.counts.participants} | ${f(d.ingest.articlesPerSecond, 1)} | ${how} | ${d.ingest.workers} |`);
  }
  if (res.corpus.parallel) {
    const p = res.corpus.parallel;
    L.push('', `Parallel ingest (${p.ingest.workers} workers, ${p.name}): ${p.counts.duplicatePersonNames} person names stored twice (serial: ${res.corpus.sizes.find((d) => d.articlesTarget === p.articlesTarget)?.counts.duplicatePersonNames ?? '–'}); persons are matched by name inside each document's transaction with no unique key, so two workers can create the same person. ${p.counts.duplicatePersonNames > 0 ? 'Not correct: the benchmark databases are ingested by one worker.' : 'No duplicate seen in this run, but nothing prevents one.'}`);
  }
  L.push('');

  if (res.sqlCount) {
    L.push(`## SQL statements per Q1 request (${res.sqlCount.database}, counted with openDatabase's onQuery)`, '');
    L.push('| first | meetings returned | SQL statements | note |', '|---|---|---|---|');
    for (const c of res.sqlCount.counts) L.push(`| ${c.first} | ${c.meetings} | ${c.statements} | ${c.refused ? `the API refuses it (${c.refused}); counted with the limit lifted in a separate process` : ''} |`);
    L.push('');
  }

  const main = res.queries.find((q) => q.size === res.mainSize);
  if (main) {
    L.push(`## Query mix at ${sizeLabel(main.size)} articles (${main.run.database})`, '');
    L.push('| question | server | req/s | p50 | p99 | vs PostGraphile | vs raw SQL | rows check |', '|---|---|---|---|---|---|---|---|');
    for (const c of main.run.cases) {
      const pg = rateOf(c, 'postgraphile');
      const raw = rateOf(c, 'raw-sql');
      for (const [v, sm] of Object.entries(c.variants)) {
        const rate = rateOf(c, v as Variant)!;
        const check = c.checks[v as Variant];
        const checkText = v === 'diplograph' ? `reference (${c.answerSize} items)` : check ? `${check.same ? 'same' : 'DIFFERENT'} (${check.theirs}/${check.ours} ids)${check.note ? `, ${check.note}` : ''}` : '';
        L.push(`| ${c.id}${c.loadMode === 'sequential' ? ' (seq.)' : ''} | ${v} | ${f(rate, rate < 10 ? 1 : 0)} | ${f(sm!.p50)} | ${f(sm!.p99)} | ${pg && v !== 'postgraphile' ? x(rate / pg) : ''} | ${raw && v !== 'raw-sql' ? x(rate / raw) : ''} | ${checkText} |`);
      }
    }
    L.push('');
    const r = res.ratios;
    L.push('## Ratios (requests/s)', '');
    L.push('| question | ours / PostGraphile | prod / PostGraphile | ours / raw SQL | prod / raw SQL | prod / dev | cached / uncached |', '|---|---|---|---|---|---|---|');
    for (const c of main.run.cases) {
      L.push(`| ${c.id} | ${x(r.vsPostgraphile[c.id]?.diplograph)} | ${x(r.vsPostgraphile[c.id]?.production)} | ${x(r.vsRawSql[c.id]?.diplograph)} | ${x(r.vsRawSql[c.id]?.production)} | ${x(r.productionOverDevelopment[c.id])} | ${x(r.cachedOverUncached[c.id])} |`);
    }
    L.push('', `(seq.): a single request so slow that at ${s?.connections} connections on ${m.cpuCount} cores each would queue for over half a round, so measured with 1 connection and a few requests per round; its req/s is 1000 / p50.`);
    L.push('', '"ours" is Diplograph as `npm start` runs it (NODE_ENV=development, response cache off); "prod" the same with NODE_ENV=production; "cached" the response cache on, the identical request repeated.', '');
  }

  const growth = res.growth;
  if (growth && growth.sizes.length > 1) {
    const sizes = growth.sizes.map((q) => q.articles).sort((a, b) => a - b);
    const ratioHeads = sizes.slice(1).map((q) => `${sizeLabel(q)}/${sizeLabel(sizes[0]!)}`);
    L.push('## Growth: p50 (ms) per corpus size', '');
    L.push(`Every size's servers run at once and are loaded in alternating rounds (${sizes.map(sizeLabel).join(', ')}, ${sizeLabel(sizes[0]!)}, …), so the machine's load falls on every size alike.`, '');
    L.push(`| question | server | ${sizes.map(sizeLabel).join(' | ')} | ${ratioHeads.join(' | ')} |`);
    L.push(`|---|---|${sizes.map(() => '---').join('|')}|${ratioHeads.map(() => '---').join('|')}|`);
    for (const c of growth.cases) {
      const label = `${c.id}${c.loadMode === 'sequential' ? ' (seq.)' : ''}`;
      for (const v of ['diplograph', 'postgraphile'] as GrowthServer[]) {
        if (!c.sizes[sizes[0]!]?.variants[v]) continue;
        const cells = sizes.map((size) => f(c.sizes[size]?.variants[v]?.p50));
        L.push(`| ${label} | ${v} | ${cells.join(' | ')} | ${Object.values(res.ratios.growth[c.id]?.[v] ?? {}).map(x).join(' | ')} |`);
      }
      L.push(`| ${label} | (ids in the answer) | ${sizes.map((size) => f(c.sizes[size]?.answerIds)).join(' | ')} | ${ratioHeads.map(() => '').join(' | ')} |`);
    }
    L.push('', 'Single request without concurrent load (Diplograph, median of 3, ms):', '');
    L.push(`| question | ${sizes.map(sizeLabel).join(' | ')} | ${ratioHeads.join(' | ')} |`);
    L.push(`|---|${sizes.map(() => '---').join('|')}|${ratioHeads.map(() => '---').join('|')}|`);
    for (const c of growth.cases) {
      const ms = sizes.map((size) => c.sizes[size]?.singleRequestMs ?? null);
      L.push(`| ${c.id} | ${ms.map((v) => f(v, 1)).join(' | ')} | ${ms.slice(1).map((v) => x(ratio(v, ms[0]!))).join(' | ')} |`);
    }
    L.push('');
  }
  if (res.problems.length) L.push('## Problems', '', ...res.problems.map((p) => `- ${p}`), '');
  return `${L.join('\n')}\n`;
}
