// The node limit, counted the way GitHub's GraphQL API counts it: each connection's page size times
// the page sizes of the connections above it, summed over the operation (`nodes(ids:)` counts its
// ids). Counted here, before execution, rather than by Pothos' complexity plugin, because that
// plugin charges 1 for every `__typename`, and the response cache adds one to every selection set:
// the same query cost four times as much with the cache on.
import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { LIMITS } from '../limits.ts';
import { fieldNodes, nodeLimitError } from '../schema/complexity.ts';

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Fragment fan-out (a fragment spread twice, twenty levels deep) is counted once per type. */
  memo: Map<SelectionSetNode, Map<GraphQLCompositeType, number>>;
}

function argumentsOf(walk: Walk, field: Parameters<typeof getArgumentValues>[0], node: Parameters<typeof getArgumentValues>[1]) {
  try {
    return getArgumentValues(field, node, walk.variables);
  } catch {
    // Bad argument values are reported by execution itself, with their own code.
    return {};
  }
}

function nodesIn(walk: Walk, selectionSet: SelectionSetNode, type: GraphQLCompositeType): number {
  const cached = walk.memo.get(selectionSet)?.get(type);
  if (cached !== undefined) return cached;
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      const { field: own, multiplier } = fieldNodes(argumentsOf(walk, field, selection), field);
      const named = getNamedType(field.type);
      const inner = selection.selectionSet && isCompositeType(named) ? nodesIn(walk, selection.selectionSet, named) : 0;
      total += own + Math.max(multiplier, 0) * inner;
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? walk.fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : type;
      if (condition && isCompositeType(condition)) total += nodesIn(walk, fragment.selectionSet, condition);
    }
  }
  if (!walk.memo.has(selectionSet)) walk.memo.set(selectionSet, new Map());
  walk.memo.get(selectionSet)!.set(type, total);
  return total;
}

/** The nodes the operation could return at most. */
export function countNodes(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): number {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return nodesIn({ schema, fragments, variables: variables ?? {}, memo: new Map() }, operation.selectionSet, root);
}

/** Throws COMPLEXITY_LIMIT_EXCEEDED (HTTP 400) with the computed figure when over LIMITS.complexity. */
export function checkNodeLimit(...args: Parameters<typeof countNodes>) {
  const nodes = countNodes(...args);
  if (nodes > LIMITS.complexity) throw nodeLimitError(nodes);
}
