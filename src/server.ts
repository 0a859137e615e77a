// Only listens: configuration, start-up and the handler live elsewhere.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadConfig, ConfigError, type Config } from './config.ts';
import { answerClientError } from './http/http-errors.ts';
import { startApp, type App } from './app.ts';
import { FolderLockedError } from './db/folder-lock.ts';
import { createLogger } from './ops/logger.ts';
import { startProgress } from './ops/start-progress.ts';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}
const logger = createLogger(config.LOG_LEVEL);

const where = config.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.database.dataDir ?? 'in memory'})`;
// A new PGlite folder first runs PostgreSQL's initdb (WASM): the one slow step worth announcing.
const creating = config.database.kind === 'pglite' && config.database.dataDir !== null && !existsSync(config.database.dataDir);
logger.info({ database: where }, creating ? `creating ${where} (first start: initdb, then the seeds)` : `opening ${where}`);
let app: App;
try {
  app = await startApp(config, { lockRole: 'server', pgliteThread: 'worker', ingestThread: true, onProgress: startProgress(logger) });
} catch (error) {
  // A second `npm start` on one PGlite folder: say who holds it, change nothing.
  if (error instanceof FolderLockedError) {
    console.error(error.message);
    process.exit(75); // EX_TEMPFAIL: try again once the other process has stopped
  }
  throw error;
}
if (app.seeded) logger.info({ seeds: app.seeded }, `seeded: ${app.seeded.documentsCreated} new documents of ${app.seeded.files} files`);

const server = createServer(app.yoga);
server.on('clientError', answerClientError);
server.listen(config.PORT, config.HOST, () => {
  // The lock file tells `npm run ingest` where to send documents (src/cli/ingest.ts).
  const { port } = server.address() as { port: number };
  const host = ['0.0.0.0', '::', ''].includes(config.HOST) ? '127.0.0.1' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  app.services.db.lock?.advertise(`http://${host}:${port}/graphql`);
  // From process start (node's own boot and the imports included), as a user waiting for it counts.
  const seconds = Number(process.uptime().toFixed(1));
  logger.info(
    {
      url: `http://localhost:${config.PORT}/graphql`,
      database: where,
      replicas: config.DATABASE_REPLICA_URLS.length,
      shared: config.REDIS_URL ? 'redis' : 'in-process',
      readySeconds: seconds,
    },
    `Diplograph on ${where}: http://localhost:${config.PORT}/graphql (ready in ${seconds}s)`,
  );
});

/** Exits once the log lines written so far have reached stdout (pino writes asynchronously). */
function exit(code: number): void {
  logger.flush(() => process.exit(code));
  setTimeout(() => process.exit(code), 1_000).unref();
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
  // Stop accepting, let in-flight requests finish, then close Redis and the database pools.
  server.close(() => {
    void app.close().then(
      () => {
        logger.info('stopped');
        exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'close failed');
        exit(1);
      },
    );
  });
  server.closeIdleConnections();
  // Open subscriptions never finish by themselves: after the grace period they are cut.
  setTimeout(() => {
    logger.warn('grace period over: closing the remaining connections');
    server.closeAllConnections();
  }, config.SHUTDOWN_TIMEOUT_MS).unref();
  setTimeout(() => {
    logger.error('shutdown did not complete: exiting');
    exit(1);
  }, config.SHUTDOWN_TIMEOUT_MS + 5_000).unref();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
