// The cost model Pothos' complexity plugin applies before any resolver: depth, breadth and cost,
// each with the code a client gets when it is exceeded.
import { getNullableType, isListType, type GraphQLField } from 'graphql';
import { ComplexityErrorKind, type ComplexityErrorFn } from '@pothos/plugin-complexity';
import { apiError, ErrorCode } from '../errors/errors.ts';
import { LIMITS } from '../limits.ts';

/** Connections cost their page size times their selection; plain lists cost 10 times. */
export function fieldComplexity<C>(args: Record<string, unknown>, _ctx: C, field: GraphQLField<unknown, C, Record<string, unknown>>) {
  const first = args.first;
  const last = args.last;
  for (const [name, value] of [['first', first], ['last', last]] as const) {
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
  if ('first' in args || 'last' in args) {
    const size = typeof first === 'number' ? first : typeof last === 'number' ? last : LIMITS.defaultPageSize;
    return { field: 1, multiplier: size };
  }
  // Edges and nodes lists are already paid for by their connection's page size.
  if (field.name === 'edges' || field.name === 'nodes') return { field: 1, multiplier: 1 };
  return { field: 1, multiplier: isListType(getNullableType(field.type)) ? 10 : 1 };
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
