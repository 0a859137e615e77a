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

/**
 * The client for a read written as raw SQL (the read compiler's one statement per query): a
 * replica when there are any. The extension sends every raw query to the primary, since raw SQL
 * may write; the compiler's statements only read.
 */
export function readerOf(prisma: PrismaClient): PrismaClient {
  const replica = (prisma as unknown as { $replica?: () => PrismaClient }).$replica;
  return replica ? replica.call(prisma) : prisma;
}
