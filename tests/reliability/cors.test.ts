// Issue 13, item 10: CORS. By default any origin may read (public data) but never with credentials;
// CORS_ORIGINS lists the origins that get credentialed access, and no other origin gets CORS headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createTestDatabase, testConfig, type TestDatabase } from '../helpers/test-database.ts';

let test: TestDatabase;
let open: App;
let listed: App;
beforeAll(async () => {
  test = await createTestDatabase();
  open = await startApp(testConfig(), { database: test.db });
  listed = await startApp(testConfig({ CORS_ORIGINS: 'https://app.example.org, http://localhost:5173' }), { database: test.db });
});
afterAll(async () => {
  await open?.yoga.dispose();
  await listed?.yoga.dispose();
  await test?.drop();
});

const preflight = (app: App, origin: string) =>
  app.yoga.fetch('http://localhost/graphql', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });
const post = (app: App, origin: string) =>
  app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
const cors = (response: Response) => ({
  origin: response.headers.get('access-control-allow-origin'),
  credentials: response.headers.get('access-control-allow-credentials'),
});

describe('CORS', () => {
  it('default: any origin may read, never with credentials (Yoga alone reflected it with credentials)', async () => {
    for (const response of [await preflight(open, 'https://evil.example'), await post(open, 'https://evil.example')]) {
      expect(cors(response)).toEqual({ origin: 'https://evil.example', credentials: null });
    }
    expect((await preflight(open, 'https://evil.example')).headers.get('access-control-allow-headers')).toMatch(/authorization/);
  });

  it('CORS_ORIGINS: listed origins get credentialed access, others no CORS headers at all', async () => {
    for (const origin of ['https://app.example.org', 'http://localhost:5173']) {
      expect(cors(await preflight(listed, origin))).toEqual({ origin, credentials: 'true' });
      expect(cors(await post(listed, origin))).toEqual({ origin, credentials: 'true' });
    }
    expect(cors(await preflight(listed, 'https://evil.example'))).toEqual({ origin: null, credentials: null });
    expect(cors(await post(listed, 'https://evil.example'))).toEqual({ origin: null, credentials: null });
  });

  it('CORS_ORIGINS must be origins: a path or a wildcard stops the start with a message', () => {
    for (const value of ['https://app.example.org/path', '*', 'app.example.org']) {
      expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS=.*accepts comma-separated origins/);
    }
  });
});
