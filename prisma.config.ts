// Prisma CLI configuration. The datasource URL is read with a default because `env()` throws when
// the variable is unset, even for `prisma generate`, and the embedded default has no URL at all.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/diplograph' },
});
