// Parse-time limits (tokens, aliases, body size): they run before validation, with the code a client
// gets when one is exceeded.
import { GraphQLError, type ValidationRule } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { apiError, ErrorCode } from '../errors/errors.ts';
import { LIMITS } from '../limits.ts';

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

/**
 * How far past the limit an oversized body is still read, and dropped, before the answer: a client
 * still sending when the connection closes under it gets a broken pipe instead of the 413 (seen
 * with a 5 MB chunked body on a loaded machine). Past this, the connection is cut.
 */
const DRAIN_BYTES = 4 * LIMITS.bodyBytes;

async function readLimited(request: Request): Promise<string> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > DRAIN_BYTES) {
      await reader.cancel();
      break;
    }
    if (bytes <= LIMITS.bodyBytes) chunks.push(value);
  }
  if (bytes > LIMITS.bodyBytes) throw tooLargeError();
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
    // A body without a declared length (chunked) is read up to the limit and no further. (A body
    // with one cannot be longer: Node's HTTP parser ends the request at the declared length. So
    // yoga's own limiter, a stream transform on every request, is off in yoga.ts.)
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST' || request.headers.has('content-length') || !request.body) return;
      const json = (request.headers.get('content-type') ?? '').includes('json');
      // No parser for the content type: yoga refuses it without reading the body.
      if (!json && !requestParser) return;
      setRequestParser(async (req) => {
        const text = await readLimited(req);
        if (!json) return requestParser!(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: text }));
        try {
          return JSON.parse(text);
        } catch {
          throw createGraphQLError('POST body sent invalid JSON.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      });
    },
  };
}

