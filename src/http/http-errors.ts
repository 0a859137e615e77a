// Malformed HTTP requests get the same JSON error shape as GraphQL errors, with a code: Yoga alone
// answers an unknown content type with an empty 415, and echoes the JSON parser's message (a slice
// of the client's body) in `extensions.originalError`.
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { apiError, ErrorCode } from '../errors/errors.ts';

/** Media types Yoga parses (multipart is off; form and text are subject to the CSRF check). */
const ACCEPTED_TYPES = [
  'application/json',
  'application/graphql+json',
  'application/graphql-response+json',
  'application/graphql',
  'application/x-www-form-urlencoded',
  'text/plain',
];

export function useHttpErrors(): Plugin {
  return {
    // A chunked body refused mid-stream is cancelled, which breaks the connection: say so, so the
    // client does not send its next request on it. (A body with a declared length is drained by
    // Node after the 413, and the connection stays usable: closing it would cut the client off
    // while it is still sending, before it reads the answer.)
    onResponse({ request, response }) {
      if (response.status === 413 && !request.headers.has('content-length')) response.headers.set('connection', 'close');
    },
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'POST' || url.pathname !== '/graphql') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!type || ACCEPTED_TYPES.includes(type)) return;
      const error = apiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, `Content type ${type.slice(0, 100)} is not supported; send application/json`, {}, 415);
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [error.toJSON()] }), {
          status: 415,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
    // Bodies with a declared length; chunked ones are read by the request-limits plugin.
    onRequestParse({ request, setRequestParser }) {
      const type = request.headers.get('content-type') ?? '';
      if (request.method !== 'POST' || !request.headers.has('content-length') || !/json/i.test(type)) return;
      setRequestParser(async (req) => {
        const text = await req.text();
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          throw createGraphQLError('POST body is not valid JSON', { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
        }
        if (body === null || typeof body !== 'object') {
          throw createGraphQLError('POST body must be a JSON object', { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
        }
        return body as Record<string, unknown>;
      });
    },
  };
}
