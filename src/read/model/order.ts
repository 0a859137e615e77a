// An ordering, written once: the Pothos schema gives it to Prisma (the ordinary path), the read
// compiler turns it into SQL. Every ordering ends in a unique column, so pages and cursors are stable.
import type { OrderTerm } from '../sql.ts';

export interface OrderColumn {
  column: string;
  desc?: boolean;
  /** NULLs after every value, whichever the direction (Prisma's `nulls: 'last'`). */
  nullsLast?: boolean;
}

export type Ordering = readonly OrderColumn[];

type PrismaOrderTerm = Record<string, 'asc' | 'desc' | { sort: 'asc' | 'desc'; nulls: 'last' }>;

/** The ordering as Prisma's `orderBy` list. */
export function prismaOrder(ordering: Ordering): PrismaOrderTerm[] {
  return ordering.map(({ column, desc, nullsLast }) => {
    const sort = desc ? 'desc' : 'asc';
    return { [column]: nullsLast ? { sort, nulls: 'last' } : sort };
  });
}

/** The ordering as SQL terms over the row `alias`. */
export function sqlOrder(ordering: Ordering, alias: string): OrderTerm[] {
  return ordering.map(({ column, desc, nullsLast }) => ({ sql: `${alias}."${column}"`, desc: !!desc, nullsLast }));
}

/** The orderings of an `orderBy` enum, keyed by its values; `fallback` when the argument is absent. */
export function orderings<K extends string>(byValue: Record<K, Ordering>, fallback: NoInfer<K>) {
  return {
    values: Object.keys(byValue) as K[],
    fallback,
    of: (value: K | null | undefined): Ordering => byValue[value ?? fallback],
  };
}
