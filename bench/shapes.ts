// Measures every shape (bench/lib/shapes.ts) against PostGraphile v5 at each corpus size: both servers
// per size run at once, each shape is checked for the same rows on both sides, its SQL statements per
// request are counted at page sizes 5, 20 and 50, then every size's two servers are loaded in
// alternating rounds (1k ours, 1k PostGraphile, 10k ours, …), so the ratio at a size and the growth
// between sizes both come from the same rounds.
import { lookUpDeepCursors } from './lib/deep-cursors.ts';
import { measureAlternating, type LoadSettings, type Summary } from './lib/load.ts';
import { databaseUrl } from './lib/postgres.ts';
import { diplographSpec, post, postgraphileSpec, startServer, type RunningServer } from './lib/processes.ts';
import { compareIds, diplographIds, postgraphileIds, totalCounts, type RowCheck } from './lib/same-rows.ts';
import { buildShapes, MEASURED_FIRST, type Shape } from './lib/shapes.ts';
import { installPostgraphileFunctions, loadShape, singleRequestMs } from './queries.ts';
import { countStatements } from './sql-count.ts';

export const PAGE_SIZES = [5, 20, 50];
export type ShapeServer = 'diplograph' | 'postgraphile';

export interface ShapeSqlCount {
  first: number;
  statements: number;
  /** Refused by the API's complexity limit at this size: counted with the limit lifted. */
  refused: boolean;
  error: string | null;
}

export interface ShapeAtSize {
  variables: Record<string, unknown>;
  /** Median of 3 sequential requests (no concurrent load), in ms. */
  singleRequestMs: Record<ShapeServer, number>;
  /** Node ids (and totalCounts) in Diplograph's answer at first: 20. */
  answerIds: number;
  check: RowCheck;
  sql: ShapeSqlCount[];
  variants: Partial<Record<ShapeServer, Summary>>;
}

export interface ShapeResult {
  id: string;
  title: string;
  paged: boolean;
  loadMode: 'concurrent' | 'sequential';
  settings: LoadSettings;
  /** Keyed by article count. */
  sizes: Record<number, ShapeAtSize>;
}

export interface ShapesRun {
  sizes: { articles: number; database: string }[];
  settings: LoadSettings;
  shapes: ShapeResult[];
  problems: string[];
}

interface SizeServers {
  articles: number;
  database: string;
  shapes: Shape[];
  servers: Record<ShapeServer, RunningServer>;
  sql: Map<string, ShapeSqlCount[]>;
}

const rowsOf = (json: any, server: ShapeServer) =>
  [...(server === 'diplograph' ? diplographIds(json?.data) : postgraphileIds(json?.data)), ...totalCounts(json?.data)];

function countShapes(database: string, shapes: Shape[]): Map<string, ShapeSqlCount[]> {
  const requests = shapes.flatMap((s) => (s.paged ? PAGE_SIZES : [MEASURED_FIRST]).map((first) => ({ key: `${s.id}@${first}`, query: s.query, variables: s.variables(first) })));
  const counts = countStatements(database, requests);
  const out = new Map<string, ShapeSqlCount[]>();
  for (const s of shapes) {
    const mine = counts.filter((c) => c.key.startsWith(`${s.id}@`));
    // An unpaged shape is one request whatever the page size: its one count stands for all three.
    const perSize = PAGE_SIZES.map((first) => mine.find((c) => c.key === `${s.id}@${first}`) ?? mine[0]!);
    out.set(s.id, perSize.map((c, i) => ({ first: PAGE_SIZES[i]!, statements: c.statements, refused: c.refused !== null, error: c.error })));
  }
  return out;
}

async function startSize(articles: number, database: string, log: (line: string) => void, started: RunningServer[]): Promise<SizeServers> {
  const url = databaseUrl(database);
  await installPostgraphileFunctions(database);
  const diplograph = await startServer(diplographSpec(`diplograph-${articles}`, url));
  started.push(diplograph);
  const postgraphile = await startServer(postgraphileSpec(url));
  started.push(postgraphile);
  const cursors = await lookUpDeepCursors(diplograph.url, postgraphile.url);
  const shapes = await buildShapes(database, cursors);
  const sql = countShapes(database, shapes);
  log(`  ${database}: servers up; SQL statements per request at first ${PAGE_SIZES.join('/')}: ${shapes.map((s) => `${s.id} ${sql.get(s.id)!.map((c) => c.statements).join('/')}`).join(', ')}`);
  return { articles, database, shapes, servers: { diplograph, postgraphile }, sql };
}

async function checkAtSize(size: SizeServers, shape: Shape, problems: string[]): Promise<ShapeAtSize> {
  const bodies = { diplograph: { query: shape.query, variables: shape.variables(MEASURED_FIRST) }, postgraphile: { query: shape.postgraphile.query, variables: shape.postgraphile.variables(MEASURED_FIRST) } };
  const answers = {} as Record<ShapeServer, string[]>;
  for (const server of ['diplograph', 'postgraphile'] as const) {
    const r = await post(size.servers[server].url, bodies[server]);
    if (r.status !== 200 || r.json.errors) problems.push(`${shape.id} at ${size.articles}/${server}: answered ${r.status} ${JSON.stringify(r.json.errors ?? r.json).slice(0, 300)}`);
    answers[server] = rowsOf(r.json, server);
  }
  const check = compareIds(answers.diplograph, answers.postgraphile);
  if (!check.same) problems.push(`${shape.id} at ${size.articles}: PostGraphile's rows differ from Diplograph's (${JSON.stringify(check)})`);
  for (const c of size.sql.get(shape.id)!) if (c.error) problems.push(`${shape.id} at ${size.articles}, first ${c.first}: ${c.error}`);
  const singleMs = {
    diplograph: await singleRequestMs(size.servers.diplograph.url, bodies.diplograph),
    postgraphile: await singleRequestMs(size.servers.postgraphile.url, bodies.postgraphile),
  };
  return { variables: bodies.diplograph.variables, singleRequestMs: singleMs, answerIds: answers.diplograph.length, check, sql: size.sql.get(shape.id)!, variants: {} };
}

async function measureShape(sizes: SizeServers[], index: number, settings: LoadSettings, log: (line: string) => void, problems: string[]): Promise<ShapeResult> {
  const first = sizes[0]!.shapes[index]!;
  const perSize: Record<number, ShapeAtSize> = {};
  const targets = [];
  for (const size of sizes) {
    const shape = size.shapes[index]!;
    perSize[size.articles] = await checkAtSize(size, shape, problems);
    targets.push({ key: `${size.articles}/diplograph`, url: size.servers.diplograph.url, body: { query: shape.query, variables: shape.variables(MEASURED_FIRST) } });
    targets.push({ key: `${size.articles}/postgraphile`, url: size.servers.postgraphile.url, body: { query: shape.postgraphile.query, variables: shape.postgraphile.variables(MEASURED_FIRST) } });
  }
  // One load shape for every size and both servers, set by the slowest single request.
  const slowest = Math.max(...Object.values(perSize).flatMap((p) => Object.values(p.singleRequestMs)));
  const { slow, settings: shapeSettings } = loadShape(slowest, settings);
  const summary = sizes.map((s) => `${s.articles}: ${perSize[s.articles]!.check.same ? 'same rows' : 'ROWS DIFFER'} (${perSize[s.articles]!.answerIds} ids), ${perSize[s.articles]!.singleRequestMs.diplograph} / ${perSize[s.articles]!.singleRequestMs.postgraphile} ms`);
  log(`  ${first.id} ${first.title}: ${summary.join('; ')}${slow ? '; measured sequentially' : ''}`);
  const summaries = await measureAlternating(targets, shapeSettings, log);
  for (const [key, s] of summaries) {
    const [articles, server] = key.split('/') as [string, ShapeServer];
    perSize[Number(articles)]!.variants[server] = s;
    if (s.failed) problems.push(`${first.id} ${key}: ${s.failed} failed requests under load`);
  }
  return { id: first.id, title: first.title, paged: first.paged, loadMode: slow ? 'sequential' : 'concurrent', settings: shapeSettings, sizes: perSize };
}

export async function measureShapes(sizes: { articles: number; database: string }[], settings: LoadSettings, log: (line: string) => void, only: string[] | null = null): Promise<ShapesRun> {
  const problems: string[] = [];
  const started: RunningServer[] = [];
  try {
    const atSize: SizeServers[] = [];
    for (const { articles, database } of sizes) atSize.push(await startSize(articles, database, log, started));
    const shapes: ShapeResult[] = [];
    for (let i = 0; i < atSize[0]!.shapes.length; i++) {
      if (only && !only.includes(atSize[0]!.shapes[i]!.id)) continue;
      shapes.push(await measureShape(atSize, i, settings, log, problems));
    }
    return { sizes, settings, shapes, problems };
  } finally {
    await Promise.all(started.map((s) => s.stop()));
  }
}
