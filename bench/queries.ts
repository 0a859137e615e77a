// Measures the query mix on one corpus database: starts the servers under test as child processes,
// checks each answers the questions correctly (and PostGraphile / raw SQL return the same rows as
// Diplograph), then loads each question's variants in alternating rounds.
import { SEARCH_TYPES, searchSql } from '../src/services/search.ts';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { buildCases, type Case } from './lib/cases.ts';
import { measureAlternating, type LoadSettings, type Summary } from './lib/load.ts';
import { databaseUrl, withClient } from './lib/postgres.ts';
import { BENCH_DIR, diplographSpec, post, postgraphileSpec, rawSqlSpec, startServer, type RunningServer, type ServerSpec } from './lib/processes.ts';
import { compareIds, diplographIds, postgraphileIds, type RowCheck } from './lib/same-rows.ts';

export type Variant = 'diplograph' | 'diplograph-prod' | 'diplograph-cache' | 'postgraphile' | 'raw-sql';

/**
 * Above this single-request latency a question is measured one connection at a time, by request
 * count: at `connections` in flight on the machine's cores each request would queue for more than
 * half a round, and a round could end with none completed (100k's search miss did, at 989 ms).
 */
export function slowMs(settings: LoadSettings): number {
  return (settings.duration * 1000) / 2 / Math.max(1, settings.connections / cpus().length);
}

/** Median of 3 sequential requests (no concurrent load), in ms to one decimal. */
export async function singleRequestMs(url: string, body: unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await post(url, body);
    times.push(performance.now() - t);
  }
  return Math.round(times.sort((a, b) => a - b)[1]! * 10) / 10;
}

/** The load for a question whose single request takes `ms`: too slow, a few requests one at a time. */
export function loadShape(ms: number, settings: LoadSettings): { slow: boolean; settings: LoadSettings } {
  if (ms <= slowMs(settings)) return { slow: false, settings };
  return { slow: true, settings: { ...settings, connections: 1, amount: Math.min(5, Math.max(1, Math.round((settings.duration * 1000) / ms))) } };
}

export interface CaseResult {
  id: string;
  /** Median of 3 sequential requests to Diplograph (no concurrent load), in ms. */
  singleRequestMs: number;
  /** 'sequential' when singleRequestMs > slowMs(settings): concurrency 1 and a few requests per round. */
  loadMode: 'concurrent' | 'sequential';
  settings: LoadSettings;
  variables: Record<string, unknown>;
  /** Size of the answer (edges/hits) Diplograph gave: a question answered with nothing measures nothing. */
  answerSize: number;
  /** Node ids in that answer, nested ones included: the payload, which growth ratios must be read against. */
  answerIds: number;
  checks: Partial<Record<Variant, RowCheck & { note?: string }>>;
  variants: Partial<Record<Variant, Summary>>;
}

export interface QueryRun {
  database: string;
  settings: LoadSettings;
  cases: CaseResult[];
  problems: string[];
}

function specFor(variant: Variant, url: string): ServerSpec {
  switch (variant) {
    case 'diplograph':
      return diplographSpec(variant, url);
    case 'diplograph-prod':
      return diplographSpec(variant, url, { production: true });
    case 'diplograph-cache':
      return diplographSpec(variant, url, { cache: true });
    case 'postgraphile':
      return postgraphileSpec(url);
    case 'raw-sql':
      return rawSqlSpec(url);
  }
}

function variantsFor(c: Case): Variant[] {
  const out: Variant[] = ['diplograph', 'diplograph-prod', 'diplograph-cache'];
  if (c.postgraphile) out.push('postgraphile');
  if (c.id === 'q1') out.push('raw-sql');
  return out;
}

function bodyFor(c: Case, variant: Variant) {
  return variant === 'postgraphile' ? c.postgraphile! : { query: c.query, variables: c.variables };
}

/** Edges or hits in Diplograph's answer, summed over the top-level lists. */
function answerSize(json: any): number {
  const d = json?.data ?? {};
  const top = Object.values(d)[0] as any;
  if (Array.isArray(top)) return top.length;
  if (top?.edges) return top.edges.length;
  if (top && typeof top === 'object') return diplographIds(top).length;
  return 0;
}

export async function installPostgraphileFunctions(database: string): Promise<void> {
  // S7's search function runs Diplograph's own ranking SQL, every type asked for.
  const ranking = searchSql('bench', SEARCH_TYPES, 10)!.sql;
  const sql = readFileSync(`${BENCH_DIR}postgraphile/functions.sql`, 'utf8').replace('/* SEARCH_SQL */', () => ranking);
  await withClient(database, (c) => c.query(sql));
}

export async function measureQueries(database: string, settings: LoadSettings, log: (line: string) => void, only: string[] | null = null): Promise<QueryRun> {
  const url = databaseUrl(database);
  await installPostgraphileFunctions(database);
  const cases = (await buildCases(database)).filter((c) => !only || only.includes(c.id));
  const needed = new Set(cases.flatMap((c) => variantsFor(c)));
  const servers = new Map<Variant, RunningServer>();
  const problems: string[] = [];
  try {
    for (const v of needed) servers.set(v, await startServer(specFor(v, url)));
    log(`  servers up: ${[...servers.keys()].join(', ')}`);
    const results: CaseResult[] = [];
    for (const c of cases) {
      const variants = variantsFor(c);
      const reference = await post(servers.get('diplograph')!.url, bodyFor(c, 'diplograph'));
      if (reference.status !== 200 || reference.json.errors) problems.push(`${c.id}: Diplograph answered ${reference.status} ${JSON.stringify(reference.json.errors ?? '').slice(0, 200)}`);
      const ours = diplographIds(reference.json.data);
      const checks: CaseResult['checks'] = {};
      for (const v of variants.filter((x) => x !== 'diplograph')) {
        const r = await post(servers.get(v)!.url, bodyFor(c, v));
        if (r.status !== 200 || r.json.errors) {
          problems.push(`${c.id}/${v}: answered ${r.status} ${JSON.stringify(r.json.errors ?? r.json).slice(0, 300)}`);
          checks[v] = { same: false, ours: ours.length, theirs: 0, onlyOurs: [], onlyTheirs: [], note: 'error' };
          continue;
        }
        const theirs = v === 'postgraphile' ? postgraphileIds(r.json.data) : diplographIds(r.json.data);
        const check: RowCheck & { note?: string } = compareIds(ours, theirs);
        if (v === 'raw-sql') check.note = JSON.stringify(r.json) === JSON.stringify(reference.json) ? 'byte-identical response' : 'same rows, different bytes';
        checks[v] = check;
        // An empty answer on both sides is "same" for the miss; anything else must match.
        if (!check.same && !(ours.length === 0 && theirs.length === 0)) problems.push(`${c.id}/${v}: rows differ from Diplograph's (${JSON.stringify(check)})`);
      }
      const size = answerSize(reference.json);
      const checkText = Object.entries(checks).map(([v, k]) => `${v} ${k!.same ? 'same rows' : 'DIFFERENT'} (${k!.theirs} ids)`).join(', ');
      log(`  ${c.id}: Diplograph answer ${size} items, ${ours.length} ids${checkText ? `; ${checkText}` : ''}`);
      const singleMs = await singleRequestMs(servers.get('diplograph')!.url, bodyFor(c, 'diplograph'));
      // Too slow to time by duration at 16 connections within the run's budget: a few requests, one at a time.
      const { slow, settings: caseSettings } = loadShape(singleMs, settings);
      log(`  ${c.id}: single request ${singleMs} ms${slow ? ` > ${slowMs(settings).toFixed(0)} ms: measured sequentially, ${caseSettings.amount} requests per round` : ''}`);
      const targets = variants.map((v) => ({ key: v, url: servers.get(v)!.url, body: bodyFor(c, v) }));
      const summaries = await measureAlternating(targets, caseSettings, log);
      const out: CaseResult['variants'] = {};
      for (const v of variants) {
        const s = summaries.get(v)!;
        if (s.failed) problems.push(`${c.id}/${v}: ${s.failed} failed requests under load`);
        out[v] = s;
      }
      results.push({ id: c.id, singleRequestMs: singleMs, loadMode: slow ? 'sequential' : 'concurrent', settings: caseSettings, variables: c.variables, answerSize: size, answerIds: ours.length, checks, variants: out });
    }
    return { database, settings, cases: results, problems };
  } finally {
    await Promise.all([...servers.values()].map((s) => s.stop()));
  }
}
