// All configuration is read and validated here, once. A bad value stops the start with a message
// naming the variable and what it accepts, instead of failing later somewhere deep.
import { z } from 'zod';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

/** Where the data lives: the embedded default, an in-memory PGlite, a PGlite folder, or a server. */
export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | null }
  | { kind: 'postgres'; url: string };

export function parseDatabaseUrl(value: string | undefined, defaultDir: string): DatabaseTarget {
  if (value === undefined || value === '') return { kind: 'pglite', dataDir: defaultDir };
  if (value === 'pglite:memory' || value === 'memory://') return { kind: 'pglite', dataDir: null };
  if (value.startsWith('pglite:')) return { kind: 'pglite', dataDir: value.slice('pglite:'.length) };
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value };
  throw new Error('not a database URL');
}

const schema = z.object({
  DATABASE_URL: z
    .string()
    .optional()
    .refine(
      (v) => {
        try {
          parseDatabaseUrl(v, '.');
          return true;
        } catch {
          return false;
        }
      },
      { message: 'accepts postgresql://…, pglite:memory or pglite:<folder>; unset means ./data/pglite' },
    ),
  PGLITE_DIR: z.string().min(1).default('./data/pglite'),
  PORT: z.coerce
    .number({ message: 'accepts a TCP port number (1-65535)' })
    .int()
    .min(1)
    .max(65535)
    .default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DIPLOGRAPH_API_KEY: z.string().min(16, 'accepts a key of at least 16 characters').optional(),
  GRAPHIQL: booleanFlag.default(true),
  INTROSPECTION: booleanFlag.default(true),
  /** Cache read answers in memory (invalidated by every mutation). */
  RESPONSE_CACHE: booleanFlag.default(true),
  /** Answer reads with the compiler (src/read/): one SQL statement per query. */
  READ_PLANNER: booleanFlag.default(true),
  /** Accept only the operations shipped with @diplograph/sdk (by persisted hash). */
  TRUSTED_DOCUMENTS: booleanFlag.default(false),
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  SEED_ON_START: booleanFlag.default(true),
  SEEDS_DIR: z.string().min(1).default('./seeds'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Shared state for several instances (subscription events, response cache); unset keeps it in-process. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, 'accepts redis://host:port/db or rediss://…; unset keeps events and cache in-process')
    .optional(),
  /** Read replicas (comma-separated PostgreSQL URLs) that take the reads of queries. */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((u) => u.trim()).filter(Boolean))
    .refine((urls) => urls.every((u) => /^postgres(ql)?:\/\/[^\s]+$/.test(u)), {
      message: 'accepts comma-separated postgresql://… URLs',
    }),
  /** Origins allowed cross-origin access with credentials; unset: any origin, never with credentials. */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((o) => o.trim()).filter(Boolean))
    .refine((origins) => origins.every((o) => /^https?:\/\/[^\s/]+$/.test(o)), {
      message: 'accepts comma-separated origins such as https://app.example.org (scheme, host and port, no path)',
    }),
  /** How long SIGTERM waits for in-flight requests before it cuts the remaining connections. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
});

export type Config = Omit<z.infer<typeof schema>, 'DATABASE_URL'> & { database: DatabaseTarget };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}=${JSON.stringify(env[String(issue.path[0])] ?? '')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const { DATABASE_URL, ...rest } = result.data;
  const database = parseDatabaseUrl(DATABASE_URL, rest.PGLITE_DIR);
  if (rest.DATABASE_REPLICA_URLS.length && database.kind !== 'postgres') {
    throw new ConfigError('Invalid configuration:\n  DATABASE_REPLICA_URLS: read replicas need DATABASE_URL=postgresql://…');
  }
  return { ...rest, database };
}
