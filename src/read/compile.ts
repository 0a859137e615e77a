// Turns a GraphQL selection into one SQL expression that builds the answer as JSON, shaped by
// response key. Each object type's fields are described once (objects/*.ts); connections are in
// connection.ts. A field the compiler cannot answer throws Unsupported, and its root field runs
// on the ordinary plugin-prisma path instead (resolved-fields.ts lists the fields allowed to).
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import type { SqlScope } from './model/filter.ts';
import { PLANNED_KEY, type SqlParams } from './sql.ts';
import { Unsupported } from './unsupported.ts';

export { Unsupported };

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

/** What a filter rule may write into this walk's SQL about the row `row`. */
export const sqlScope = (w: Walk, row: string): SqlScope => ({ row, param: (v) => w.params.param(v), alias: () => w.params.alias() });

export interface SelectedField {
  key: string;
  nodes: readonly FieldNode[];
  def: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
}

/** SQL that yields JSON text already (an id, a date): written out as it is, never converted. */
export interface JsonText {
  json: string;
}
export const jsonText = (json: string): JsonText => ({ json });

/**
 * SQL for one field of an object whose row is `alias`: a value of the field's GraphQL type (an
 * object or a list as JSON text or json, a scalar as its SQL value), or JsonText.
 */
export type FieldSql = (w: Walk, alias: string, field: SelectedField) => string | JsonText;

const objectTypes = new Map<string, Record<string, FieldSql>>();

export function defineObject(typename: string, fields: Record<string, FieldSql>) {
  objectTypes.set(typename, fields);
}

/** The field names the compiler answers for a type (resolved-fields.ts compares them with the schema). */
export function compiledFields(typename: string): string[] {
  return Object.keys(objectTypes.get(typename) ?? {});
}

export function objectTypeOf(field: SelectedField): GraphQLObjectType {
  const type = getNamedType(field.def.type);
  if (!isObjectType(type)) throw new Unsupported(`${type.name} is abstract`);
  return type;
}

/** The first member of a partial answer's objects: the mark the child resolvers look for. */
const marker = (w: Walk): [string, string | null][] => (w.complete ? [] : [[`"${PLANNED_KEY}":1`, null]]);

/** `'{"a":' || a || ',"b":' || b || '}'`: members as (JSON text before the value, value SQL or none). */
function concatObject(members: [string, string | null][]): string {
  const pieces: string[] = [];
  let literal = '{';
  members.forEach(([text, value], i) => {
    literal += (i ? ',' : '') + text;
    if (value === null) return;
    pieces.push(`'${literal}'`, value);
    literal = '';
  });
  pieces.push(`'${literal}}'`);
  return pieces.length === 1 ? pieces[0]! : `(${pieces.join(' || ')})`;
}

/**
 * A field's value as JSON text. Objects and lists already are JSON; integers and booleans print as
 * JSON; any other scalar goes through to_json for its quoting and escapes. NULL becomes null.
 */
function jsonValue(def: GraphQLField<unknown, unknown>, value: string | JsonText): string {
  if (typeof value !== 'string') return `COALESCE(${value.json}, 'null')`;
  const named = getNamedType(def.type);
  const printsAsJson = isListType(getNullableType(def.type)) || isCompositeType(named) || named.name === 'Int' || named.name === 'Boolean';
  return printsAsJson ? `COALESCE((${value})::text, 'null')` : `COALESCE(to_json(${value})::text, 'null')`;
}

/**
 * The JSON text of an object of the selected fields of `type`: `field(selected)` gives each field's
 * SQL. __typename is answered here when the JSON is final, else by the executor. The text is
 * concatenated rather than built by json_build_object, which looks up the type of every key and
 * value in the catalogue on every call: s02's statement at 10k takes 0.32 ms instead of 0.39 ms
 * (pgbench, in alternating runs). Response keys are GraphQL names, so they need no escaping.
 */
export function buildObject(
  w: Walk,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  field: (selected: SelectedField) => string | JsonText,
): string {
  const members = marker(w);
  for (const [key, selected] of collectSubfields(w.schema, w.fragments, w.variables, type, nodes as FieldNode[])) {
    const name = selected[0]!.name.value;
    if (name === '__typename') {
      if (w.complete) members.push([`"${key}":"${type.name}"`, null]);
      continue;
    }
    const def = type.getFields()[name];
    if (!def) throw new Unsupported(`${type.name}.${name}`);
    const args = getArgumentValues(def, selected[0]!, w.variables);
    members.push([`"${key}":`, jsonValue(def, field({ key, nodes: selected, def, args }))]);
  }
  return concatObject(members);
}

/** A JSON array of `element` over the rows of `from` (a FROM clause), in `order` when given. */
export function jsonList(element: string, from: string, order?: string): string {
  return `COALESCE((SELECT '[' || string_agg(${element}, ','${order ? ` ORDER BY ${order}` : ''}) || ']' FROM ${from}), '[]')`;
}

/** The selected fields of an object type whose row is `alias`, each by its description. */
export function objectJson(w: Walk, type: GraphQLObjectType, nodes: readonly FieldNode[], alias: string): string {
  const fields = objectTypes.get(type.name);
  if (!fields) throw new Unsupported(type.name);
  return buildObject(w, type, nodes, (selected) => {
    const sql = fields[selected.def.name];
    if (!sql) throw new Unsupported(`${type.name}.${selected.def.name}`);
    return sql(w, alias, selected);
  });
}

/** One of several object types (a union or interface): the row of the first case whose condition holds. */
export function oneOf(w: Walk, nodes: readonly FieldNode[], cases: { typename: string; when: string; table: string; on: (row: string) => string }[]): string {
  // Child resolvers could not tell the types apart in a partial answer: only final JSON.
  if (!w.complete) throw new Unsupported('abstract type in a partial answer');
  const branches = cases.map(({ typename, when, table, on }) => {
    const type = w.schema.getType(typename);
    if (!type || !isObjectType(type)) throw new Unsupported(typename);
    const row = w.params.alias();
    return `WHEN ${when} THEN (SELECT ${objectJson(w, type, nodes, row)} FROM "${table}" ${row} WHERE ${on(row)})`;
  });
  return `CASE ${branches.join(' ')} END`;
}

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

/** A plain list: the rows of `from` (which must alias its rows `row`), in `order`. */
export const toMany =
  (list: (w: Walk, parent: string, row: string) => { from: string; order: string }): FieldSql =>
  (w, alias, field) => {
    const row = w.params.alias();
    const { from, order } = list(w, alias, row);
    return jsonList(objectJson(w, objectTypeOf(field), field.nodes, row), from, order);
  };
