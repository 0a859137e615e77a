// Every field a query can reach is compiled into SQL, or is on the explicit list of fields
// resolved outside the compiler (src/read/resolved-fields.ts), with its reason.
import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledFields } from '../../src/read/compile.ts';
import { RESOLVED_FIELDS } from '../../src/read/resolved-fields.ts';
import { ROOT_PLANNERS } from '../../src/read/roots.ts';
import { schema } from '../../src/schema/index.ts';

const CONNECTION_PARTS = new Set(['totalCount', 'edges', 'pageInfo', 'cursor', 'node', 'role', 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);

/** Object types a query can reach from Query, through fields, unions and interfaces. */
function reachable(): GraphQLNamedType[] {
  const seen = new Map<string, GraphQLNamedType>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.set(type.name, type);
    if (isObjectType(type) || isInterfaceType(type)) for (const f of Object.values(type.getFields())) visit(getNamedType(f.type));
    if (isUnionType(type)) type.getTypes().forEach(visit);
    if (isInterfaceType(type)) schema.getPossibleTypes(type).forEach(visit);
  };
  visit(schema.getQueryType()!);
  return [...seen.values()];
}

/** Connection, edge and page-info types are compiled by connection.ts, not described per type. */
const isConnectionPart = (name: string) => /(Connection|Edge|ConnectionEdge)$/.test(name) || name === 'PageInfo';

describe('fields resolved outside the compiler', () => {
  it('every root field is compiled or listed', () => {
    const roots = Object.keys(schema.getQueryType()!.getFields());
    const outside = roots.filter((name) => !ROOT_PLANNERS[name] && !RESOLVED_FIELDS[`Query.${name}`]);
    expect(outside).toEqual([]);
  });

  it('every field of every reachable object type is compiled or listed, with a reason', () => {
    const outside: string[] = [];
    for (const type of reachable()) {
      if (!isObjectType(type) || type === schema.getQueryType() || type.name.startsWith('__')) continue;
      const compiled = new Set(compiledFields(type.name));
      for (const name of Object.keys(type.getFields())) {
        if (isConnectionPart(type.name) && CONNECTION_PARTS.has(name)) continue;
        if (!compiled.has(name) && !RESOLVED_FIELDS[`${type.name}.${name}`]) outside.push(`${type.name}.${name}`);
      }
    }
    expect(outside).toEqual([]);
    for (const reason of Object.values(RESOLVED_FIELDS)) expect(reason.length).toBeGreaterThan(10);
  });
});
