// Growth: how each question's latency changes from the smallest corpus to the largest. Every size's
// servers (Diplograph, and PostGraphile where it can ask the question) run at once and are loaded
// in alternating rounds (1k, 10k, 100k, 1k, …), as the baselines are: a ratio between sizes taken
// minutes apart on a shared 2-core machine measured the machine's load as much as the corpus.
import { buildCases, type Case } from './lib/cases.ts';
import { measureAlternating, type LoadSettings, type Summary } from './lib/load.ts';
import { databaseUrl } from './lib/postgres.ts';
import { diplographSpec, post, postgraphileSpec, startServer, type RunningServer } from './lib/processes.ts';
import { diplographIds } from './lib/same-rows.ts';
import { installPostgraphileFunctions, loadShape, singleRequestMs } from './queries.ts';

export type GrowthServer = 'diplograph' | 'postgraphile';

export interface GrowthAtSize {
  /** Median of 3 sequential requests to Diplograph (no concurrent load), in ms. */
  singleRequestMs: number;
  /** Node ids in Diplograph's answer: the payload each latency must be read against. */
  answerIds: number;
  variants: Partial<Record<GrowthServer, Summary>>;
}

export interface GrowthCase {
  id: string;
  loadMode: 'concurrent' | 'sequential';
  settings: LoadSettings;
  /** Keyed by article count. */
  sizes: Record<number, GrowthAtSize>;
}

export interface GrowthRun {
  sizes: { articles: number; database: string }[];
  cases: GrowthCase[];
  problems: string[];
}

const key = (articles: number, server: GrowthServer) => `${articles}/${server}`;

export async function measureGrowth(sizes: { articles: number; database: string }[], settings: LoadSettings, log: (line: string) => void, only: string[] | null = null): Promise<GrowthRun> {
  const problems: string[] = [];
  const servers: RunningServer[] = [];
  const atSize = new Map<number, { cases: Case[]; diplograph: RunningServer; postgraphile: RunningServer }>();
  try {
    for (const { articles, database } of sizes) {
      await installPostgraphileFunctions(database);
      const cases = (await buildCases(database)).filter((c) => !only || only.includes(c.id));
      const url = databaseUrl(database);
      const diplograph = await startServer(diplographSpec(`diplograph-${articles}`, url));
      servers.push(diplograph);
      const postgraphile = await startServer(postgraphileSpec(url));
      servers.push(postgraphile);
      atSize.set(articles, { cases, diplograph, postgraphile });
    }
    log(`  growth servers up: Diplograph and PostGraphile on ${sizes.map((s) => s.database).join(', ')}`);
    const out: GrowthCase[] = [];
    for (const id of atSize.get(sizes[0]!.articles)!.cases.map((c) => c.id)) {
      const perSize: Record<number, GrowthAtSize> = {};
      const targets = [];
      for (const { articles } of sizes) {
        const s = atSize.get(articles)!;
        const c = s.cases.find((x) => x.id === id)!;
        const reference = await post(s.diplograph.url, { query: c.query, variables: c.variables });
        if (reference.status !== 200 || reference.json.errors) problems.push(`growth ${id} at ${articles}: Diplograph answered ${reference.status}`);
        perSize[articles] = { singleRequestMs: await singleRequestMs(s.diplograph.url, { query: c.query, variables: c.variables }), answerIds: diplographIds(reference.json.data).length, variants: {} };
        targets.push({ key: key(articles, 'diplograph'), url: s.diplograph.url, body: { query: c.query, variables: c.variables } });
        if (c.postgraphile) targets.push({ key: key(articles, 'postgraphile'), url: s.postgraphile.url, body: c.postgraphile });
      }
      // One load shape for every size, so the ratio compares like with like: set by the slowest.
      const slowest = Math.max(...Object.values(perSize).map((p) => p.singleRequestMs));
      const { slow, settings: caseSettings } = loadShape(slowest, settings);
      log(`  growth ${id}: single request ${sizes.map(({ articles }) => `${perSize[articles]!.singleRequestMs} ms`).join(' / ')}, answer ${sizes.map(({ articles }) => perSize[articles]!.answerIds).join(' / ')} ids${slow ? '; measured sequentially' : ''}`);
      const summaries = await measureAlternating(targets, caseSettings, log);
      for (const [k, summary] of summaries) {
        const [articles, server] = k.split('/') as [string, GrowthServer];
        perSize[Number(articles)]!.variants[server] = summary;
        if (summary.failed) problems.push(`growth ${id}/${k}: ${summary.failed} failed requests under load`);
      }
      out.push({ id, loadMode: slow ? 'sequential' : 'concurrent', settings: caseSettings, sizes: perSize });
    }
    return { sizes, cases: out, problems };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
