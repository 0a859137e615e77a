// Relay paging in SQL, with plugin-prisma's semantics (its cursors.js): a page of `first` rows
// after a cursor, or of `last` rows before one; the cursor names a row by id ('GPC:N:<id>'), and
// "after" means after that row in the connection's order. Arguments plugin-prisma refuses are
// Unsupported here, so the ordinary path reports them with its own errors.
import { parsePrismaCursor } from '@pothos/plugin-prisma';
import { LIMITS } from '../limits.ts';
import { Unsupported } from './unsupported.ts';
import type { OrderTerm } from './sql.ts';

/** plugin-prisma's page size when neither `first` nor `last` is given. */
const DEFAULT_PAGE_SIZE = 20;

export interface Page {
  size: number;
  /** `last`/`before`: the rows nearest the end (or the cursor), returned in the connection's order. */
  backward: boolean;
  /** The id of the cursor row, or null. */
  cursor: number | null;
  after: boolean;
  before: boolean;
}

function count(value: unknown): number | null {
  if (value == null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Unsupported('page size');
  return value;
}

/** The row id a cursor names, read by plugin-prisma's own parser. */
function cursorId(cursor: unknown): number | null {
  if (cursor == null) return null;
  let id: unknown;
  try {
    id = parsePrismaCursor(cursor);
  } catch {
    throw new Unsupported('cursor');
  }
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > 2 ** 31 - 1) throw new Unsupported('cursor');
  return id;
}

export function pageOf(args: Record<string, unknown>): Page {
  const { first, last, after, before } = args;
  if ((after != null && before != null) || (before != null && first != null) || (after != null && last != null)) {
    throw new Unsupported('paging arguments');
  }
  const [f, l] = [count(first), count(last)];
  const size = Math.min(f ?? l ?? DEFAULT_PAGE_SIZE, LIMITS.pageSize);
  const backward = before != null || l != null;
  return { size, backward, cursor: cursorId(before ?? after), after: after != null, before: before != null };
}

/** The same order the other way round: NULLs that came last now come first. */
export function reversed(terms: OrderTerm[]): OrderTerm[] {
  return terms.map((t) => ({ sql: t.sql, desc: !t.desc, nullsLast: t.nullsFirst, nullsFirst: t.nullsLast }));
}

/** A part of a page: rows meeting `where`, in `order` (a page is one part, or two put together). */
export interface PagePart {
  where: string;
  order: OrderTerm[];
}

const sameDirection = (terms: OrderTerm[]) => terms.every((t) => t.desc === terms[0]!.desc);
const strip = (t: OrderTerm): OrderTerm => ({ sql: t.sql, desc: t.desc });

/** `(a, b) > (x, y)` (or <): one index range scan when the terms share a direction and have no NULLs. */
function rowAfter(terms: OrderTerm[], values: string[]): string {
  const op = terms[0]!.desc ? '<' : '>';
  return terms.length === 1 ? `${terms[0]!.sql} ${op} ${values[0]}` : `(${terms.map((t) => t.sql).join(', ')}) ${op} (${values.join(', ')})`;
}

/**
 * The rows after the cursor row in `terms`' order, as parts an index can serve: with a nullable
 * leading term, its non-null rows (a row comparison) and its null rows apart; `values[i]` is the
 * cursor row's value of term i. The order ends in a unique column, so the cursor row never comes back.
 */
export function afterCursor(terms: OrderTerm[], values: string[]): PagePart[] {
  const [lead, ...rest] = terms;
  const nullableLead = !!(lead && (lead.nullsLast || lead.nullsFirst));
  if (!lead || !sameDirection(terms) || rest.some((t) => t.nullsLast || t.nullsFirst)) return [{ where: keysetAfter(terms, values), order: terms }];
  if (!nullableLead) return [{ where: rowAfter(terms, values), order: terms }];
  const [c0, ...restValues] = values;
  const restAfter = rest.length ? rowAfter(rest, restValues) : 'FALSE';
  const nonNull = { order: [strip(lead), ...rest] };
  // A NULL cursor value makes the row comparison NULL: no non-null row is after a null one when
  // NULLs come last, every one is when they come first.
  return lead.nullsLast
    ? [
        { ...nonNull, where: `${lead.sql} IS NOT NULL AND ${rowAfter(terms, values)}` },
        { order: rest, where: `${lead.sql} IS NULL AND (${c0} IS NOT NULL OR ${restAfter})` },
      ]
    : [
        { order: rest, where: `${lead.sql} IS NULL AND ${c0} IS NULL AND ${restAfter}` },
        { ...nonNull, where: `${lead.sql} IS NOT NULL AND (${c0} IS NULL OR ${rowAfter(terms, values)})` },
      ];
}

const nullable = (t: OrderTerm) => !!(t.nullsLast || t.nullsFirst);

/** Row value `t` comes strictly after cursor value `c` in the term's direction. */
function after(t: OrderTerm, c: string): string {
  const cmp = `${t.sql} ${t.desc ? '<' : '>'} ${c}`;
  if (t.nullsLast) return `(${c} IS NOT NULL AND (${cmp} OR ${t.sql} IS NULL))`;
  if (t.nullsFirst) return `((${c} IS NULL AND ${t.sql} IS NOT NULL) OR ${cmp})`;
  return cmp;
}

const same = (t: OrderTerm, c: string) => (nullable(t) ? `${t.sql} IS NOT DISTINCT FROM ${c}` : `${t.sql} = ${c}`);

/**
 * Rows after the cursor row in `terms`' order; `cursorValues[i]` is the cursor row's value of term
 * i. The order ends in a unique column, so the cursor row itself is never included.
 */
export function keysetAfter(terms: OrderTerm[], cursorValues: string[]): string {
  const alternatives = terms.map((t, i) => [...terms.slice(0, i).map((p, j) => same(p, cursorValues[j]!)), after(t, cursorValues[i]!)].join(' AND '));
  return `(${alternatives.map((a) => `(${a})`).join(' OR ')})`;
}
