// What the read planner needs of a request's context: the API's Context (schema/context.ts) has it,
// among more, so the planner does not depend on the layers above it.
import type { Database } from '../db/database.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';

export interface ReadContext {
  prisma: PrismaClient;
  services: { config: { READ_PLANNER: boolean }; db: Pick<Database, 'readQuery'> };
}
