// What every resolver receives. Built once per request by createContext; DataLoaders live here
// (request-scoped), never at module level.
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { PrismaClient } from './generated/prisma/client.ts';

/** What the server holds for its whole life: the database and the configuration. */
export interface AppServices {
  db: Database;
  config: Config;
}

export interface Context {
  prisma: PrismaClient;
  services: AppServices;
  request: Request;
}

export function createContext(services: AppServices, request: Request): Context {
  return { prisma: services.db.prisma, services, request };
}
