// Reads on replicas, writes on the primary: Prisma's read-replica extension sends find/count/
// aggregate calls outside a transaction to a replica and everything else to the primary. The
// extended client is used through the plain PrismaClient type (it only adds $primary/$replica),
// so nothing above the database module has two client types to handle.
import { readReplicas } from '@prisma/extension-read-replicas';
import type { PrismaClient } from '../generated/prisma/client.ts';

export function routeReadsToReplicas(primary: PrismaClient, replicas: PrismaClient[]): PrismaClient {
  if (!replicas.length) return primary;
  return primary.$extends(readReplicas({ replicas })) as unknown as PrismaClient;
}
