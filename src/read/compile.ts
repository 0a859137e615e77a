// Turns a GraphQL selection into one SQL expression that builds the answer as JSON, shaped by
// response key, so the resolvers below a planned root field only read properties (see install.ts).
// Anything this compiler does not know throws Unsupported and the field runs the ordinary
// plugin-prisma path instead: the planner covers the hot reads, not the whole schema.
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { LIMITS } from '../limits.ts';
import { orderBy, PLANNED_KEY, prismaCursor, type OrderTerm, type SqlParams } from './sql.ts';

export class Unsupported extends Error {}

export interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  params: SqlParams;
  /**
   * The JSON is the field's final answer (execute.ts skips the executor below it): every object
   * also answers __typename, and no PLANNED_KEY marks objects for the child resolvers.
   */
  complete?: boolean;
}

/** The first arguments of an object's json_build_object: the mark the child resolvers look for. */
const marker = (w: Walk) => (w.complete ? [] : [`'${PLANNED_KEY}', 1`]);

/** __typename: the executor answers it, unless the JSON is the final answer. */
function typenameField(w: Walk, parts: string[], key: string, typename: string) {
  if (w.complete) parts.push(`'${key}', '${typename}'`);
}

export interface SelectedField {
  key: string;
  nodes: readonly FieldNode[];
  def: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
}

/** SQL for one field of an object whose row is `alias`. */
export type FieldSql = (w: Walk, alias: string, field: SelectedField) => string;

const objectTypes = new Map<string, Record<string, FieldSql>>();

export function defineObject(typename: string, fields: Record<string, FieldSql>) {
  objectTypes.set(typename, fields);
}

function objectTypeOf(field: SelectedField): GraphQLObjectType {
  const type = getNamedType(field.def.type);
  if (!isObjectType(type)) throw new Unsupported(`${type.name} is abstract`);
  return type;
}

/** `json_build_object` of the selected fields of `type`, for the row `alias`. */
export function objectJson(w: Walk, type: GraphQLObjectType, nodes: readonly FieldNode[], alias: string): string {
  const fields = objectTypes.get(type.name);
  if (!fields) throw new Unsupported(type.name);
  const parts = marker(w);
  for (const [key, selected] of collectSubfields(w.schema, w.fragments, w.variables, type, fieldNodes(nodes))) {
    const name = selected[0]!.name.value;
    if (name === '__typename') {
      typenameField(w, parts, key, type.name);
      continue;
    }
    const sql = fields[name];
    const def = type.getFields()[name];
    if (!sql || !def) throw new Unsupported(`${type.name}.${name}`);
    const args = getArgumentValues(def, selected[0]!, w.variables);
    parts.push(`'${key}', ${sql(w, alias, { key, nodes: selected, def, args })}`);
  }
  // json_build_object takes at most 100 arguments.
  if (parts.length > 50) throw new Unsupported('too many fields');
  return `json_build_object(${parts.join(', ')})`;
}

const fieldNodes = (nodes: readonly FieldNode[]) => nodes as FieldNode[];

/** A column as is. */
export const column =
  (name: string, cast = ''): FieldSql =>
  (_w, alias) =>
    `${alias}."${name}"${cast}`;

/** A to-one relation: the related row found by `on(parent, related)`, or null. */
export const toOne =
  (table: string, on: (parent: string, related: string) => string): FieldSql =>
  (w, alias, field) => {
    const related = w.params.alias();
    return `(SELECT ${objectJson(w, objectTypeOf(field), field.nodes, related)} FROM "${table}" ${related} WHERE ${on(alias, related)})`;
  };

/** Where a connection's rows come from: `edge` is the join row (the node row itself when direct). */
export interface ConnectionSource {
  /** The table the page is chosen from: the node's own when direct, else the join row's. */
  table: string;
  /**
   * A join row's node, reached after the page is chosen (`where`, `order` and `cursorId` read the
   * edge row only, and the node always exists): the page never touches the node table.
   */
  joinNode?(edge: string, node: string): string;
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
const fromClause = (source: ConnectionSource, e: string, n: string) => `"${source.table}" ${rowAlias(source, e, n)}${source.joinNode ? ` ${source.joinNode(e, n)}` : ''}`;

/** Only forward pages from the start, within the API's page size; anything else takes the ordinary path. */
function pageSize(args: Record<string, unknown>): number {
  const { first, after, last, before } = args;
  if (after != null || last != null || before != null) throw new Unsupported('cursor paging');
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > LIMITS.pageSize) {
    throw new Unsupported('page size');
  }
  return first;
}

export function connectionJson(w: Walk, source: ConnectionSource, parent: string | null, field: SelectedField): string {
  const first = pageSize(field.args);
  const connectionType = objectTypeOf(field);
  const rows = (columns: string, e: string, n: string) =>
    `SELECT ${columns} FROM ${fromClause(source, e, n)} WHERE ${source.where(w, parent, e, n, field.args)}`;
  const parts = marker(w);
  for (const [key, nodes] of collectSubfields(w.schema, w.fragments, w.variables, connectionType, fieldNodes(field.nodes))) {
    const name = nodes[0]!.name.value;
    if (name === '__typename') {
      typenameField(w, parts, key, connectionType.name);
      continue;
    }
    const e = w.params.alias();
    const n = w.params.alias();
    const terms = source.order(field.args, e, n);
    const split = !source.indexedOrder?.(field.args);
    const limited = (columns: string) => pageRows(rows(columns, e, n), terms, first, split);
    const def = connectionType.getFields()[name]!;
    if (name === 'totalCount') {
      parts.push(`'${key}', (${rows('count(*)::int', e, n)})`);
    } else if (name === 'edges') {
      const edge = edgeJson(w, source, { key, nodes, def, args: {} }, e, n);
      // Sort keys travel with each row so json_agg keeps the page order whatever the plan does, and
      // JSON (with every nested subquery) is built for the page's rows only.
      const sortColumns = terms.map((t, i) => `${t.sql} AS o${i}`).join(', ');
      const where = source.where(w, parent, e, n, field.args);
      if (source.joinNode) {
        // Join rows are narrow: they carry their columns out of the page query, then meet their node.
        const aggOrder = orderBy(terms.map((t, i) => ({ ...t, sql: `${e}.o${i}` })));
        const page = pageRows(`SELECT ${e}.*, ${sortColumns} FROM "${source.table}" ${e} WHERE ${where}`, terms, first, split);
        parts.push(`'${key}', COALESCE((SELECT json_agg(${edge} ORDER BY ${aggOrder}) FROM (${page}) ${e} ${source.joinNode(e, n)}), '[]'::json)`);
      } else {
        // Node rows are chosen on keys alone, then joined back by id: the page can be an index-only
        // scan. Carrying whole rows instead let the planner, estimating a speaker's statements from
        // the average (16 at 10k articles, 2,911 for the most quoted), sort every row of a much-quoted
        // person: Q3 at 10k took 7.0 ms instead of 1.5 ms (EXPLAIN ANALYZE).
        const aggOrder = orderBy(terms.map((t, i) => ({ ...t, sql: `p.o${i}` })));
        const id = source.cursorId(e, n);
        const page = pageRows(`SELECT ${id} AS k, ${sortColumns} FROM "${source.table}" ${n} WHERE ${where}`, terms, first, split);
        parts.push(`'${key}', COALESCE((SELECT json_agg(${edge} ORDER BY ${aggOrder}) FROM (${page}) p JOIN "${source.table}" ${n} ON ${id} = p.k), '[]'::json)`);
      }
    } else if (name === 'pageInfo') {
      const cursor = prismaCursor(source.cursorId(e, n));
      const sortColumns = terms.map((t, i) => `${t.sql} AS o${i}`).join(', ');
      // The last row of the page: the page sorted the other way round, first row.
      const reversed = terms
        .map((t, i) => `t.o${i} ${t.desc ? 'ASC' : 'DESC'}${t.nullsLast ? ' NULLS FIRST' : ''}`)
        .join(', ');
      // Built only when selected: every built fragment adds its parameters to the statement.
      parts.push(`'${key}', ${pageInfoJson(w, { key, nodes, def, args: {} }, {
        hasNextPage: () => `((SELECT count(*) FROM (${rows('1', e, n)} LIMIT ${first + 1}) x) > ${first})`,
        hasPreviousPage: () => 'false',
        startCursor: () => `(${rows(cursor, e, n)} ORDER BY ${orderBy(terms)} LIMIT 1)`,
        endCursor: () => `(SELECT t.c FROM (${limited(`${cursor} AS c, ${sortColumns}`)}) t ORDER BY ${reversed} LIMIT 1)`,
      })}`);
    } else {
      throw new Unsupported(`${connectionType.name}.${name}`);
    }
  }
  return `json_build_object(${parts.join(', ')})`;
}

/**
 * The first `first` rows of `select` (which must output the sort keys as o0, o1, ...). A leading
 * `DESC NULLS LAST` key is split into its non-null rows (plain DESC, which a backward scan of
 * an ascending index yields in order) and its null rows: a per-parent LIMIT then reads a few
 * index entries instead of sorting every row of the parent. Not when `split` is false: an index
 * in exactly this order (NULLs last included) serves one scan with LIMIT better.
 */
function pageRows(select: string, terms: OrderTerm[], first: number, split: boolean): string {
  const [lead, ...rest] = terms;
  if (!split || !lead?.nullsLast || !lead.desc) return `${select} ORDER BY ${orderBy(terms)} LIMIT ${first}`;
  const nonNull = `${select} AND ${lead.sql} IS NOT NULL ORDER BY ${orderBy([{ ...lead, nullsLast: false }, ...rest])} LIMIT ${first}`;
  const nulls = `${select} AND ${lead.sql} IS NULL${rest.length ? ` ORDER BY ${orderBy(rest)}` : ''} LIMIT ${first}`;
  const outer = orderBy(terms.map((t, i) => ({ ...t, sql: `u.o${i}` })));
  return `SELECT * FROM ((${nonNull}) UNION ALL (${nulls})) u ORDER BY ${outer} LIMIT ${first}`;
}

function edgeJson(w: Walk, source: ConnectionSource, field: SelectedField, e: string, n: string): string {
  const edgeType = objectTypeOf(field);
  const parts = marker(w);
  for (const [key, nodes] of collectSubfields(w.schema, w.fragments, w.variables, edgeType, fieldNodes(field.nodes))) {
    const name = nodes[0]!.name.value;
    if (name === '__typename') {
      typenameField(w, parts, key, edgeType.name);
      continue;
    }
    const def = edgeType.getFields()[name]!;
    if (name === 'node') parts.push(`'${key}', ${objectJson(w, objectTypeOf({ key, nodes, def, args: {} }), nodes, n)}`);
    else if (name === 'cursor') parts.push(`'${key}', ${prismaCursor(source.cursorId(e, n))}`);
    else if (source.edgeFields?.[name]) parts.push(`'${key}', ${source.edgeFields[name](e)}`);
    else throw new Unsupported(`${edgeType.name}.${name}`);
  }
  return `json_build_object(${parts.join(', ')})`;
}

function pageInfoJson(w: Walk, field: SelectedField, sql: Record<string, () => string>): string {
  const pageInfoType = objectTypeOf(field);
  const parts = marker(w);
  for (const [key, nodes] of collectSubfields(w.schema, w.fragments, w.variables, pageInfoType, fieldNodes(field.nodes))) {
    const name = nodes[0]!.name.value;
    if (name === '__typename') {
      typenameField(w, parts, key, pageInfoType.name);
      continue;
    }
    const value = Object.hasOwn(sql, name) ? sql[name] : undefined;
    if (!value) throw new Unsupported(`PageInfo.${name}`);
    parts.push(`'${key}', ${value()}`);
  }
  return `json_build_object(${parts.join(', ')})`;
}

/** A connection field of an object: rows related to the parent row. */
export const connection =
  (source: ConnectionSource): FieldSql =>
  (w, alias, field) =>
    connectionJson(w, source, alias, field);
