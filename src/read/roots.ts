// The root fields, each answered by one SQL statement (a query's roots are sent together,
// statement-batch.ts): the five lists, node, nodes and search. The lists' filters and orderings are
// the same descriptions the schema gives Prisma (model/*.ts).
import { brandWithType } from '@pothos/core';
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { objectJson, sqlScope, Unsupported, type Walk } from './compile.ts';
import { connectionJson, type ConnectionSource } from './connection.ts';
import { ARTICLE_FILTER, ARTICLE_ORDER } from './model/article.ts';
import { sqlWhere, type FilterRules } from './model/filter.ts';
import { MEETING_FILTER, MEETING_ORDER } from './model/meeting.ts';
import { ORGANISATION_FILTER, ORGANISATION_ORDER } from './model/organisation.ts';
import { sqlOrder, type Ordering } from './model/order.ts';
import { PERSON_FILTER, PERSON_ORDER } from './model/person.ts';
import { statementsOf } from './objects/statement.ts';
import './objects/article.ts';
import './objects/meeting.ts';
import './objects/organisation.ts';
import './objects/person.ts';
import { searchRoot } from './search.ts';
import type { RootPlan } from './root-plan.ts';
import { intParam } from './sql.ts';

type Args = Record<string, unknown>;
type RootPlanner = (w: Walk, args: Args, info: GraphQLResolveInfo) => RootPlan;

/** A root list: every row of `table` that passes the filter, in the chosen order. */
function listOf<F extends object>(table: string, rules: FilterRules<F, unknown>, orderings: { of(v: never): Ordering }): ConnectionSource {
  return {
    table,
    where: (w, _parent, _e, n, args) => sqlWhere(rules, args.filter as F | null | undefined, sqlScope(w, n)),
    order: (args, _e, n) => sqlOrder(orderings.of(args.orderBy as never), n),
    cursorId: (_e, n) => `${n}.id`,
  };
}

function rootConnection(source: ConnectionSource): RootPlanner {
  return (w, args, info) => {
    const def = info.parentType.getFields()[info.fieldName]!;
    const sql = connectionJson(w, source, null, { key: info.path.key as string, nodes: info.fieldNodes, def, args });
    return { sql: `SELECT ${sql}::text AS j` };
  };
}

/** A node by its decoded global ID (the relay plugin has decoded it): its row's JSON, or null. */
function nodeSql(w: Walk, ref: unknown, info: GraphQLResolveInfo): { sql: string; typename: string } {
  const { typename, id } = (ref ?? {}) as { typename?: string; id?: string };
  const type = typename ? info.schema.getType(typename) : undefined;
  const value = Number(id);
  if (!type || !isObjectType(type) || !Number.isSafeInteger(value)) throw new Unsupported('node id');
  const n = w.params.alias();
  return { sql: `(SELECT ${objectJson(w, type, info.fieldNodes, n)} FROM "${type.name}" ${n} WHERE ${n}.id = ${intParam(w, value)})`, typename: type.name };
}

// Node is an interface: Pothos reads the type brand to pick the type of a planned object.
const brand = (typename: string) => (value: unknown) => {
  if (value) brandWithType(value, typename as never);
  return value;
};

const node: RootPlanner = (w, args, info) => {
  const { sql, typename } = nodeSql(w, args.id, info);
  // The brand is for the executor's walk: a final answer has none.
  return { sql: `SELECT ${sql}::text AS j`, wrap: w.complete ? undefined : brand(typename) };
};

const nodes: RootPlanner = (w, args, info) => {
  if (!Array.isArray(args.ids) || args.ids.length === 0) throw new Unsupported('no ids');
  const each = args.ids.map((ref) => nodeSql(w, ref, info));
  const wrap = (list: unknown) => (list as unknown[]).map((value, i) => brand(each[i]!.typename)(value));
  const list = each.map((e) => `COALESCE(${e.sql}, 'null')`).join(` || ',' || `);
  return { sql: `SELECT '[' || ${list} || ']' AS j`, wrap: w.complete ? undefined : wrap };
};

export const ROOT_PLANNERS: Record<string, RootPlanner> = {
  articles: rootConnection(listOf('Article', ARTICLE_FILTER, ARTICLE_ORDER)),
  meetings: rootConnection(listOf('Meeting', MEETING_FILTER, MEETING_ORDER)),
  persons: rootConnection(listOf('Person', PERSON_FILTER, PERSON_ORDER)),
  organisations: rootConnection(listOf('Organisation', ORGANISATION_FILTER, ORGANISATION_ORDER)),
  statements: rootConnection(statementsOf(null)),
  node,
  nodes,
  search: searchRoot,
};
