// SIGTERM during a request: the server stops accepting connections, finishes the request it is
// serving (200 with data), closes its pools and exits 0. The request is held in flight by sending
// its body in two parts, the second only after SIGTERM has been received.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../helpers/live-server.ts';
import { adminQuery, serverUrlFromEnv, withDatabase } from '../helpers/postgres-admin.ts';

const serverUrl = serverUrlFromEnv();
const database = `diplograph_shutdown_${randomBytes(5).toString('hex')}`;

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1500 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

function refused(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

describe('graceful shutdown on SIGTERM', () => {
  let server: LiveServer;
  beforeAll(async () => {
    if (serverUrl) await adminQuery(serverUrl, `CREATE DATABASE "${database}" TEMPLATE "${inject('pgTemplate')}"`);
    server = await startLiveServer({
      DATABASE_URL: serverUrl ? withDatabase(serverUrl, database) : 'pglite:memory',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'debug',
      RESPONSE_CACHE: 'false',
    });
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  it('finishes the in-flight request, refuses new connections and exits 0', async () => {
    const body = JSON.stringify({ query: 'query InFlight { articles(first: 5) { totalCount } }' });
    const cut = Math.floor(body.length / 2);
    const inFlight: { finish?: () => void } = {};
    const response = new Promise<{ status: number; text: string; requestId: string | undefined }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/graphql', method: 'POST', agent: false,
          headers: { 'content-type': 'application/json', 'x-request-id': 'in-flight-1' } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, text, requestId: res.headers['x-request-id'] as string | undefined }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, cut));
      inFlight.finish = () => req.end(body.slice(cut));
    });

    // The server has the request (its handler logged it) before the signal is sent.
    await until(() => /"reqId":"in-flight-1"[^\n]*"request started"/.test(server.output()), 'the request to start');
    server.process.kill('SIGTERM');
    await until(() => server.output().includes('shutting down'), 'the shutdown to begin');

    expect(await refused(server.port)).toBe('ECONNREFUSED');

    inFlight.finish!();
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(answer.requestId).toBe('in-flight-1');
    expect(JSON.parse(answer.text)).toEqual({ data: { articles: { totalCount: 0 } } });

    expect(await server.stop()).toBe(0);
    // Every log line is one JSON object; the request's lines carry its id.
    const lines = server.output().trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.filter((l) => l.reqId === 'in-flight-1').map((l) => l.msg)).toEqual(['request started', 'request']);
    // The server's own last line is 'stopped'. Yoga's debug line for the in-flight request can land
    // after it: Yoga writes it once the response has been sent, and the connection closing is
    // what lets the shutdown go on (one CI run of 30-odd saw it).
    expect(lines.filter((l) => l.source !== 'yoga').at(-1).msg).toBe('stopped');
  });
});
