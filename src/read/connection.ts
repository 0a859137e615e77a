// Relay connections in SQL: per-parent pages (LIMIT inside a subquery per parent row), counts,
// cursors and pageInfo, all in the statement of the root field. Semantics follow plugin-prisma's
// (see paging.ts), so both paths answer alike.
import { buildObject, jsonList, objectJson, objectTypeOf, Unsupported, type FieldSql, type SelectedField, type Walk } from './compile.ts';
import { afterCursor, pageOf, reversed, type Page, type PagePart } from './paging.ts';
import { orderBy, prismaCursor, type OrderTerm } from './sql.ts';

/** Where a connection's rows come from: `edge` is the join row (the node row itself when direct). */
export interface ConnectionSource {
  /** The table the page is chosen from: the node's own when direct, else the join row's. */
  table: string;
  /**
   * A join row's node, reached after the page is chosen (`where`, `order` and `cursorId` read the
   * edge row only, and the node always exists): the page never touches the node table.
   */
  joinNode?: { table: string; on(edge: string, node: string): string };
  where(w: Walk, parent: string | null, edge: string, node: string, args: Record<string, unknown>): string;
  order(args: Record<string, unknown>, edge: string, node: string): OrderTerm[];
  cursorId(edge: string, node: string): string;
  edgeFields?: Record<string, (edge: string) => string>;
  /**
   * True when an index yields `order` exactly, NULLs placement included, for these arguments: the
   * page is then one scan with LIMIT instead of pageRows' split into non-null and null rows.
   */
  indexedOrder?(args: Record<string, unknown>): boolean;
}

/** The alias of the row a page is chosen from: the edge row when there is one, else the node. */
const rowAlias = (source: ConnectionSource, e: string, n: string) => (source.joinNode ? e : n);

/** Everything one connection field needs to write its parts. */
interface Plan {
  w: Walk;
  source: ConnectionSource;
  page: Page;
  /** The connection's order over the aliases e, n. */
  terms: OrderTerm[];
  e: string;
  n: string;
  /** The rows of the connection (filter and parent applied) in FROM … WHERE form, cursor aside. */
  from: string;
  where: string;
  /** Where the page's rows come from: one part, or two an index serves apart (see pageRows). */
  parts: PagePart[];
}

function plan(w: Walk, source: ConnectionSource, parent: string | null, args: Record<string, unknown>): Plan {
  const page = pageOf(args);
  const e = w.params.alias();
  const n = w.params.alias();
  const terms = source.order(args, e, n);
  const take = page.backward ? reversed(terms) : terms;
  const indexed = !!source.indexedOrder?.(args);
  const parts = page.cursor === null ? startParts(take, page, indexed) : afterCursor(take, cursorValues(w, source, args, page.cursor));
  const from = `"${source.table}" ${rowAlias(source, e, n)}`;
  return { w, source, page, terms, e, n, from, where: source.where(w, parent, e, n, args), parts };
}

/** The cursor row's value of each term, read once each (InitPlans). */
function cursorValues(w: Walk, source: ConnectionSource, args: Record<string, unknown>, id: number): string[] {
  const [ce, cn] = [w.params.alias(), w.params.alias()];
  const cursorRow = `FROM "${source.table}" ${rowAlias(source, ce, cn)} WHERE ${source.cursorId(ce, cn)} = ${w.params.param(id)}::int`;
  return source.order(args, ce, cn).map((t) => `(SELECT ${t.sql} ${cursorRow})`);
}

/**
 * A page from the start. One whose leading key is `DESC NULLS LAST` is taken as its non-null rows
 * (plain DESC, which a backward scan of an ascending index yields in order) and its null rows: a
 * per-parent LIMIT then reads a few index entries instead of sorting every row of the parent. Not
 * when an index has exactly this order (NULLs last included): one scan with LIMIT serves better.
 */
function startParts(take: OrderTerm[], page: Page, indexed: boolean): PagePart[] {
  const [lead, ...rest] = take;
  if (page.backward || indexed || !lead?.nullsLast || !lead.desc) return [{ where: 'TRUE', order: take }];
  return [
    { where: `${lead.sql} IS NOT NULL`, order: [{ sql: lead.sql, desc: true }, ...rest] },
    { where: `${lead.sql} IS NULL`, order: rest },
  ];
}

/** The order rows are taken in: a backward page takes the rows nearest its end. */
const takeOrder = (p: Plan) => (p.page.backward ? reversed(p.terms) : p.terms);
const sortColumns = (p: Plan) => p.terms.map((t, i) => `${t.sql} AS o${i}`).join(', ');
const onSortColumns = (terms: OrderTerm[], alias: string) => terms.map((t, i) => ({ ...t, sql: `${alias}.o${i}` }));

/** The page's rows (at most `limit`) with `columns` and the sort keys o0, o1, ..., its parts put together. */
function pageRows(p: Plan, columns: string, limit = p.page.size): string {
  const select = (part: PagePart) => {
    const order = part.order.length ? ` ORDER BY ${orderBy(part.order)}` : '';
    return `SELECT ${columns}, ${sortColumns(p)} FROM ${p.from} WHERE ${p.where} AND ${part.where}${order} LIMIT ${limit}`;
  };
  if (p.parts.length === 1) return select(p.parts[0]!);
  const parts = p.parts.map((part) => `(${select(part)})`).join(' UNION ALL ');
  return `SELECT * FROM (${parts}) u ORDER BY ${orderBy(onSortColumns(takeOrder(p), 'u'))} LIMIT ${limit}`;
}

export function connectionJson(w: Walk, source: ConnectionSource, parent: string | null, field: SelectedField): string {
  const p = plan(w, source, parent, field.args);
  return buildObject(w, objectTypeOf(field), field.nodes, (selected) => {
    const name = selected.def.name;
    if (name === 'totalCount') return totalCountSql(p, parent);
    if (name === 'edges') return edgesJson(p, selected);
    if (name === 'pageInfo') return pageInfoJson(p, selected);
    throw new Unsupported(`connection field ${name}`);
  });
}

/** Tables whose row count the row_counts migration maintains (its triggers and RowCount). */
export const COUNTED_TABLES = new Set(['Article', 'Meeting', 'Person', 'Organisation', 'Statement']);

/**
 * A whole table's count is read from its maintained deltas, a few rows whatever the table's size
 * (s10: count(*) took 22 times longer at 100k articles than at 1k); any other count is counted.
 */
function totalCountSql(p: Plan, parent: string | null): string {
  const whole = parent === null && !p.source.joinNode && /^TRUE( AND TRUE)*$/.test(p.where) && COUNTED_TABLES.has(p.source.table);
  if (whole) return `(SELECT COALESCE(sum(c.delta), 0)::int FROM "RowCount" c WHERE c."tableName" = '${p.source.table}')`;
  return `(SELECT count(*)::int FROM ${p.from} WHERE ${p.where})`;
}

/** The page's edges: JSON (with every nested subquery) is built for the page's rows only. */
function edgesJson(p: Plan, field: SelectedField): string {
  const { source, e, n } = p;
  const edge = edgeJson(p, field);
  // A forward page's rows arrive in page order (its query ends in ORDER BY … LIMIT, and each row
  // meets its node in a subquery of its own, not a join that could reorder them), and string_agg
  // keeps the order of its input, as PostgREST relies on. An ORDER BY in the aggregate sorted
  // every page again, built JSON included (a quarter of s02's execution at 10k, more in Q1). A
  // backward page is taken from its end, so it is turned round here.
  const order = (alias: string) => (p.page.backward ? orderBy(onSortColumns(p.terms, alias)) : undefined);
  if (source.joinNode) {
    // Join rows are narrow: they carry their columns out of the page query, then meet their node.
    const { table, on } = source.joinNode;
    return jsonList(`(SELECT ${edge} FROM "${table}" ${n} WHERE ${on(e, n)})`, `(${pageRows(p, `${e}.*`)}) ${e}`, order(e));
  }
  // Node rows are chosen on keys alone, then each key meets its row by a lookup: the page can be
  // an index-only scan. Carrying whole rows instead let the planner, estimating a speaker's
  // statements from the average (16 at 10k articles, 2,911 for the most quoted), sort every row of
  // a much-quoted person: Q3 at 10k took 7.0 ms instead of 1.5 ms (EXPLAIN ANALYZE). As a join,
  // the lookup hashed the whole table for a root page (s02 at 10k: all 2,547 persons).
  const id = source.cursorId(e, n);
  return jsonList(`(SELECT ${edge} FROM "${source.table}" ${n} WHERE ${id} = pg.k)`, `(${pageRows(p, `${id} AS k`)}) pg`, order('pg'));
}

function edgeJson(p: Plan, field: SelectedField): string {
  const { w, source, e, n } = p;
  return buildObject(w, objectTypeOf(field), field.nodes, (selected) => {
    const name = selected.def.name;
    if (name === 'node') return objectJson(w, objectTypeOf(selected), selected.nodes, n);
    if (name === 'cursor') return prismaCursor(source.cursorId(e, n));
    const edgeField = source.edgeFields?.[name];
    if (!edgeField) throw new Unsupported(`edge field ${name}`);
    return edgeField(e);
  });
}

/** plugin-prisma's pageInfo: a page asks for one row more than it returns to see if there are more. */
function pageInfoJson(p: Plan, field: SelectedField): string {
  const { page } = p;
  const more = () => `((SELECT count(*) FROM (${pageRows(p, '1', page.size + 1)}) x) > ${page.size})`;
  const cursorOf = (terms: OrderTerm[]) =>
    `(SELECT t.c FROM (${pageRows(p, `${prismaCursor(p.source.cursorId(p.e, p.n))} AS c`)}) t ORDER BY ${orderBy(onSortColumns(terms, 't'))} LIMIT 1)`;
  const values: Record<string, () => string> = {
    hasNextPage: () => (page.before ? 'true' : page.backward ? 'false' : more()),
    hasPreviousPage: () => (page.after ? 'true' : page.backward ? more() : 'false'),
    startCursor: () => cursorOf(p.terms),
    endCursor: () => cursorOf(reversed(p.terms)),
  };
  // Built only when selected: every built fragment adds its parameters to the statement.
  return buildObject(p.w, objectTypeOf(field), field.nodes, (selected) => {
    const value = Object.hasOwn(values, selected.def.name) ? values[selected.def.name] : undefined;
    if (!value) throw new Unsupported(`PageInfo.${selected.def.name}`);
    return value();
  });
}

/** A connection field of an object: rows related to the parent row. */
export const connection =
  (source: ConnectionSource): FieldSql =>
  (w, alias, field) =>
    connectionJson(w, source, alias, field);
