// Every limit a request meets, in one place, with the code a client gets when it is exceeded.
// Parse-time limits (tokens, aliases, body size) run before validation; shape limits (depth,
// breadth, cost) run through Pothos' complexity plugin before any resolver.
import { getNamedType, getNullableType, GraphQLError, isCompositeType, isListType, type GraphQLField, type GraphQLOutputType, type ValidationRule } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ComplexityErrorKind, type ComplexityErrorFn } from '@pothos/plugin-complexity';
import { apiError, ErrorCode } from './errors.ts';

export const LIMITS = {
  /** Largest `first` / `last` on any connection. */
  pageSize: 100,
  /** Page size assumed by the cost model when a connection gets neither `first` nor `last`. */
  defaultPageSize: 20,
  /** Nesting of selections (meetings → edges → node → participants … counts every level). */
  depth: 14,
  /** Total number of fields selected in one operation. */
  breadth: 300,
  /**
   * Nodes a request can return, counted as GitHub's GraphQL API counts them: every connection's
   * page size multiplied by the page sizes of the connections above it, summed; `nodes(ids:)` counts
   * its ids, a plain list of objects 10. Fields of one node are bounded by `breadth`, not here.
   */
  complexity: 25_000,
  aliases: 30,
  tokens: 3_000,
  /** Request body, in bytes: a little over the largest document text (1 MiB) a mutation accepts. */
  bodyBytes: 2 * 1024 * 1024,
  /**
   * A response body, in bytes. A 10,100-node export (100 persons × 100 articles, 300-character
   * bodies) measured 4.7 MB; this leaves room for the same export of 3 KB articles.
   */
  responseBytes: 32 * 1024 * 1024,
  /** ingestDocument text, in UTF-8 bytes. */
  documentBytes: 1024 * 1024,
} as const;

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
 * (their number is bounded by `breadth`). src/api/node-count.ts sums them before execution.
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

/** The node limit's error, raised before execution (src/api/node-count.ts). */
export function nodeLimitError(nodes: number) {
  const n = (value: number) => value.toLocaleString('en-US');
  return apiError(
    ErrorCode.COMPLEXITY_LIMIT_EXCEEDED,
    `Query could return ${n(nodes)} nodes (page sizes multiplied through nested connections); the limit is ${n(LIMITS.complexity)}`,
    { limit: LIMITS.complexity, actual: nodes },
    400,
  );
}

/** Counts aliased fields across the whole document. */
export const aliasLimitRule: ValidationRule = (context) => {
  let aliases = 0;
  return {
    Field(node) {
      if (node.alias && ++aliases === LIMITS.aliases + 1) {
        context.reportError(
          new GraphQLError(`Operation uses more than ${LIMITS.aliases} aliases`, {
            nodes: [node],
            extensions: { code: ErrorCode.ALIAS_LIMIT_EXCEEDED, limit: LIMITS.aliases },
          }),
        );
      }
    },
  };
};

function tooLargeError() {
  return apiError(ErrorCode.PAYLOAD_TOO_LARGE, `Request body exceeds ${LIMITS.bodyBytes} bytes`, { limit: LIMITS.bodyBytes }, 413);
}

async function readLimited(request: Request): Promise<string> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > LIMITS.bodyBytes) {
      await reader.cancel();
      throw tooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Stops oversized documents in the lexer, and oversized bodies before they are read whole. */
export function useRequestLimits(): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, { ...options, maxTokens: LIMITS.tokens });
        } catch (error) {
          // graphql-js words it "more that N tokens"; accept the fixed spelling too.
          if (error instanceof GraphQLError && /more th[ae][nt] \d+ tokens/.test(error.message)) {
            throw apiError(ErrorCode.TOKEN_LIMIT_EXCEEDED, `Document has more than ${LIMITS.tokens} tokens`, {
              limit: LIMITS.tokens,
            }, 400);
          }
          throw error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(aliasLimitRule);
    },
    onRequest({ request, endResponse, fetchAPI }) {
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (request.method === 'POST' && Number.isFinite(declared) && declared > LIMITS.bodyBytes) {
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [tooLargeError().toJSON()] }), {
            status: 413,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }
    },
    // A body without a declared length (chunked) is read up to the limit and no further.
    onRequestParse({ request, setRequestParser }) {
      const contentType = request.headers.get('content-type') ?? '';
      if (request.method !== 'POST' || request.headers.has('content-length') || !contentType.includes('json')) return;
      setRequestParser(async (req) => {
        const text = await readLimited(req);
        try {
          return JSON.parse(text);
        } catch {
          throw createGraphQLError('POST body sent invalid JSON.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      });
    },
  };
}

