// Every limit a request meets, in one place, with the code a client gets when it is exceeded.
// Parse-time limits (tokens, aliases, body size) run before validation; shape limits (depth,
// breadth, cost) run through Pothos' complexity plugin before any resolver.
import { getNullableType, GraphQLError, isListType, type GraphQLField, type ValidationRule } from 'graphql';
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
   * Cost: every field costs 1, multiplied by the page size of the connections above it. Sized so
   * the benchmark's nested question at 50 meetings (cost ~39,000; one SQL statement through the
   * read planner) is allowed, while ten times that is not.
   */
  complexity: 50_000,
  aliases: 30,
  tokens: 3_000,
  /** Request body, in bytes: a little over the largest document text (1 MiB) a mutation accepts. */
  bodyBytes: 2 * 1024 * 1024,
  /** ingestDocument text, in UTF-8 bytes. */
  documentBytes: 1024 * 1024,
} as const;

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

