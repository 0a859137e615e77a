// A live server on loopback over a test database the test can also read (to check nothing changed).
// PostgreSQL: the real `src/server.ts` as a child process on the test database. PGlite is a
// single-process engine, so there the same app is served by node:http inside the test process.
import { createServer, type Server } from 'node:http';
import { answerClientError } from '../../src/http/http-errors.ts';
import { startApp } from '../../src/app.ts';
import { startLiveServer } from '../helpers/live-server.ts';
import { createTestDatabase, testConfig, type TestDatabase } from '../helpers/test-database.ts';

export const API_KEY = 'test-key-0123456789abcdef';

export interface ReliabilityServer {
  /** http://127.0.0.1:<port> (no path). */
  origin: string;
  test: TestDatabase;
  close(): Promise<void>;
}

export async function startReliabilityServer(prepare?: (test: TestDatabase) => Promise<void>): Promise<ReliabilityServer> {
  const test = await createTestDatabase();
  await prepare?.(test);
  if (test.db.kind === 'postgres') {
    const live = await startLiveServer({ DATABASE_URL: test.url, SEED_ON_START: 'false', DIPLOGRAPH_API_KEY: API_KEY, LOG_LEVEL: 'silent' });
    return {
      origin: `http://127.0.0.1:${live.port}`,
      test,
      close: async () => {
        await live.stop();
        await test.drop();
      },
    };
  }
  const app = await startApp(testConfig({ LOG_LEVEL: 'silent' }), { database: test.db });
  const server: Server = createServer(app.yoga);
  // As src/server.ts does.
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    test,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await test.drop();
    },
  };
}
