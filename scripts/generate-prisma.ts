// Runs `prisma generate` (Prisma client + Pothos types). Prisma's CLI first tries to download a
// native schema engine, which is unreachable here and not needed to generate: pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
execFileSync(process.execPath, [prismaCli, 'generate'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
