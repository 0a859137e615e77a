// A server-side bound on API reads (PostgreSQL). Every pooled connection starts with
// `statement_timeout`, so a read that runs away (a 40,000-character filter word ran 18 s and went
// on after its client had gone, issue 13) is cancelled by PostgreSQL itself. Transactions (ingest,
// merges) are writers with their own Prisma timeouts and may wait on advisory locks: each one lifts
// the bound for itself with SET LOCAL, so a queue of ingests is not cut at the read bound.
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/** The longest a statement outside a transaction (an API read) may run on PostgreSQL. */
export const READ_STATEMENT_TIMEOUT_MS = 10_000;

/** What a client gets when the bound fires, as SQLSTATE 57014 with this wording. */
const TIMEOUT_MESSAGE = /canceling statement due to statement timeout/i;

const LIFT = { sql: 'SET LOCAL statement_timeout = 0', args: [], argTypes: [] };

type Transaction = { executeRaw(query: typeof LIFT): Promise<unknown> };

/** Wraps an adapter factory so every transaction it starts runs without the read bound. */
export function unboundTransactions<F extends SqlDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (property !== 'connect' || typeof value !== 'function') return typeof value === 'function' ? value.bind(object) : value;
      return async () => {
        const adapter = await value.call(object);
        return new Proxy(adapter, {
          get(target, name, r) {
            const member = Reflect.get(target, name, r);
            if (name !== 'startTransaction' || typeof member !== 'function') return typeof member === 'function' ? member.bind(target) : member;
            return async (...args: unknown[]) => {
              const tx = (await member.apply(target, args)) as Transaction;
              await tx.executeRaw(LIFT);
              return tx;
            };
          },
        });
      };
    },
  });
}

/** True when PostgreSQL cancelled a statement for running past statement_timeout. */
export function isQueryTimeout(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); ) {
    seen.add(current);
    const e = current as { code?: unknown; originalCode?: unknown; originalMessage?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    for (const text of [e.message, e.originalMessage]) {
      if (typeof text === 'string' && TIMEOUT_MESSAGE.test(text)) return true;
    }
    current = e.cause ?? e.meta?.driverAdapterError;
  }
  return false;
}
