// Transaction-scoped advisory locks on natural keys (a content hash, a folded person name, a meeting
// key): writers that could create the same entity queue on its key, so the second one sees what the
// first committed instead of inserting a duplicate. All of a transaction's keys are taken in one
// statement, in sorted order, so two writers never hold one key each while waiting for the other's.
import { createHash } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.ts';

export interface LockKey {
  key: string;
  /** Readers of a whole family (a meeting series) share with each other and exclude its scanner. */
  shared?: boolean;
}

/** 64-bit lock id of a key (a collision only makes two unrelated writers wait for each other). */
function lockId(key: string): bigint {
  return createHash('sha256').update(key).digest().readBigInt64BE(0);
}

export async function lockNaturalKeys(tx: Prisma.TransactionClient, keys: LockKey[]): Promise<void> {
  const byId = new Map<bigint, boolean>();
  for (const { key, shared } of keys) {
    const id = lockId(key);
    // Exclusive wins when one key is asked for in both modes.
    byId.set(id, (byId.get(id) ?? true) && shared === true);
  }
  if (byId.size === 0) return;
  const ids = [...byId.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // unnest yields rows in array order, and each row's lock is taken before the next row is read.
  await tx.$executeRawUnsafe(
    `SELECT CASE WHEN s THEN pg_advisory_xact_lock_shared(k::bigint) ELSE pg_advisory_xact_lock(k::bigint) END
       FROM unnest($1::text[], $2::boolean[]) AS t(k, s)`,
    ids.map(String),
    ids.map((id) => byId.get(id)!),
  );
}
