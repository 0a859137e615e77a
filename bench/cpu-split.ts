// Where a request's CPU goes: the GraphQL server, PostgreSQL's backends, the load generator. Both
// servers are loaded in turn with each shape and the CPU time of each process (from /proc) is divided
// by the requests served, so a ratio in the shapes benchmark can be traced to the side that costs it.
//   npx tsx bench/cpu-split.ts [database] [s01,s02 …] [seconds]
import { readFileSync, readdirSync } from 'node:fs';
import { installPostgraphileFunctions } from './queries.ts';
import { loadOnce } from './lib/load.ts';
import { databaseUrl } from './lib/postgres.ts';
import { diplographSpec, postgraphileSpec, startServer, type RunningServer } from './lib/processes.ts';
import { buildShapes } from './lib/shapes.ts';

const [database = 'diplograph_bench_10k', only = '', seconds = '6'] = process.argv.slice(2);
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of one process, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

const postgresPids = () => readdirSync('/proc').filter((e) => /^\d+$/.test(e) && isPostgres(e));
const isPostgres = (pid: string) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres');
  } catch {
    return false;
  }
};
/** Backends that existed before the servers started (other clients, background work) are not counted. */
const unrelated = new Set(postgresPids());

/** The servers' PostgreSQL backends (they serve both servers in turn, never at once). */
function postgresMs(): number {
  let total = 0;
  for (const entry of postgresPids()) {
    if (unrelated.has(entry)) continue;
    try {
      total += cpuMs(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

async function split(server: RunningServer, body: unknown) {
  await loadOnce({ key: 'warm', url: server.url, body }, 16, 1);
  const before = { server: cpuMs(server.pid), postgres: postgresMs() };
  const result = await loadOnce({ key: 'measure', url: server.url, body }, 16, Number(seconds));
  const n = result.requests;
  return {
    rps: Math.round(result.requestsPerSecond),
    server: (cpuMs(server.pid) - before.server) / n,
    postgres: (postgresMs() - before.postgres) / n,
  };
}

const url = databaseUrl(database);
await installPostgraphileFunctions(database);
const shapes = (await buildShapes(database)).filter((s) => !only || only.split(',').includes(s.id));
const ours = await startServer(diplographSpec('diplograph', url, { production: true }));
const theirs = await startServer(postgraphileSpec(url));
try {
  console.log('shape | ours req/s | ours server ms/req | ours PG ms/req | PG req/s | their server ms/req | their PG ms/req');
  for (const s of shapes) {
    const a = await split(ours, { query: s.query, variables: s.variables(20) });
    const b = await split(theirs, { query: s.postgraphile.query, variables: s.postgraphile.variables(20) });
    const f = (x: number) => x.toFixed(2);
    console.log(`${s.id} | ${a.rps} | ${f(a.server)} | ${f(a.postgres)} | ${b.rps} | ${f(b.server)} | ${f(b.postgres)}`);
  }
} finally {
  await ours.stop();
  await theirs.stop();
}
