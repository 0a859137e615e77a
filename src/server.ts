// Only listens: configuration, start-up and the handler live elsewhere.
import { createServer } from 'node:http';
import { loadConfig, ConfigError } from './config.ts';
import { startApp } from './app.ts';

const started = performance.now();
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const app = await startApp(config);
const where = config.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.database.dataDir ?? 'in memory'})`;
if (app.migrationsApplied.length) console.log(`applied migrations: ${app.migrationsApplied.join(', ')}`);
if (app.seeded) {
  console.log(`seeds: ${app.seeded.files} files, ${app.seeded.documentsCreated} new documents, ${app.seeded.articlesCreated} new articles`);
}

const server = createServer(app.yoga);
server.listen(config.PORT, config.HOST, () => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Diplograph on ${where}: http://localhost:${config.PORT}/graphql (ready in ${seconds}s)`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests`);
  // Stop accepting, let in-flight requests finish, then close the database.
  server.close(() => {
    void app.close().then(() => process.exit(0));
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
