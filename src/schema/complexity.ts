// The node count (GitHub's model) Pothos' complexity plugin and the HTTP layer's node counter apply
// before any resolver, and depth and breadth, each with the code a client gets when it is exceeded.
import { getNamedType, getNullableType, isCompositeType, isListType, type GraphQLField, type GraphQLOutputType } from 'graphql';
import { ComplexityErrorKind, type ComplexityErrorFn } from '@pothos/plugin-complexity';
import { apiError, ErrorCode } from '../errors/errors.ts';
import { LIMITS } from '../limits.ts';

function refusePageSize(field: { name: string }, name: string, value: unknown) {
  if (typeof value === 'number' && value > LIMITS.pageSize) {
    throw apiError(
      ErrorCode.PAGE_SIZE_LIMIT_EXCEEDED,
      `${field.name}(${name}: ${value}) asks for more than ${LIMITS.pageSize} items; page with \`after\`/\`before\` instead`,
      { limit: LIMITS.pageSize, argument: name },
    );
  }
  if (typeof value === 'number' && value < 0) {
    throw apiError(ErrorCode.BAD_USER_INPUT, `${field.name}(${name}: ${value}) must not be negative`, { argument: name });
  }
}

/** Plain lists of objects (a meeting's children, a statement's evidence) are assumed to hold 10. */
const PLAIN_LIST_NODES = 10;

/**
 * The nodes a field returns, as {field, multiplier}: a connection of page n returns n and multiplies
 * what it holds by n; `nodes(ids:)` likewise by its ids; scalars and single objects count nothing
 * (their number is bounded by `breadth`). src/http/node-count.ts sums them before execution.
 */
export function fieldNodes(args: Record<string, unknown>, field: { name: string; type: GraphQLOutputType }) {
  if ('first' in args || 'last' in args) {
    const asked = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : LIMITS.defaultPageSize;
    // A size out of range is refused on its own, with PAGE_SIZE_LIMIT_EXCEEDED, when the field runs.
    const size = Math.min(Math.max(asked, 0), LIMITS.pageSize);
    return { field: size, multiplier: size };
  }
  if (Array.isArray(args.ids)) return { field: args.ids.length, multiplier: args.ids.length };
  // Edges and nodes lists are already paid for by their connection's page size.
  if (field.name === 'edges' || field.name === 'nodes') return { field: 0, multiplier: 1 };
  const type = getNullableType(field.type);
  if (isListType(type) && isCompositeType(getNamedType(type))) return { field: PLAIN_LIST_NODES, multiplier: PLAIN_LIST_NODES };
  return { field: 0, multiplier: 1 };
}

/** Pothos' per-field hook: refuses page sizes out of range (a field error), counts as `fieldNodes`. */
export function fieldComplexity<C>(args: Record<string, unknown>, _ctx: C, field: GraphQLField<unknown, C, Record<string, unknown>>) {
  refusePageSize(field, 'first', args.first);
  refusePageSize(field, 'last', args.last);
  return fieldNodes(args, field);
}

const COMPLEXITY_CODES = {
  [ComplexityErrorKind.Depth]: [ErrorCode.DEPTH_LIMIT_EXCEEDED, 'depth', 'maxDepth'],
  [ComplexityErrorKind.Breadth]: [ErrorCode.BREADTH_LIMIT_EXCEEDED, 'breadth', 'maxBreadth'],
  [ComplexityErrorKind.Complexity]: [ErrorCode.COMPLEXITY_LIMIT_EXCEEDED, 'complexity', 'maxComplexity'],
} as const;

export const complexityError: ComplexityErrorFn = (kind, result) => {
  const [code, measure, maxKey] = COMPLEXITY_CODES[kind];
  const limit = result[maxKey];
  return apiError(code, `Query ${measure} ${result[measure]} exceeds the limit of ${limit}`, {
    limit,
    actual: result[measure],
  });
};

/** The node limit's error, raised before execution (src/http/node-count.ts). */
export function nodeLimitError(nodes: number) {
  const n = (value: number) => value.toLocaleString('en-US');
  return apiError(
    ErrorCode.COMPLEXITY_LIMIT_EXCEEDED,
    `Query could return ${n(nodes)} nodes (page sizes multiplied through nested connections); the limit is ${n(LIMITS.complexity)}`,
    { limit: LIMITS.complexity, actual: nodes },
    400,
  );
}
