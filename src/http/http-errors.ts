// Malformed HTTP requests get the same JSON error shape as GraphQL errors, with a code: Yoga alone
// answers an unknown content type with an empty 415, and echoes the JSON parser's message (a slice
// of the client's body) in `extensions.originalError`.
import type { Duplex } from 'node:stream';
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

const STATUS_ERRORS: Record<number, [ErrorCode, (request: Request) => string]> = {
  404: [ErrorCode.NOT_FOUND, (r) => `No such endpoint: ${r.method} ${new URL(r.url).pathname.slice(0, 100)}; the API is POST /graphql`],
  406: [ErrorCode.NOT_ACCEPTABLE, () => 'No media type in Accept can be served; accept application/graphql-response+json or application/json'],
};

/** The same status and headers, with a JSON error body naming what went wrong. */
function jsonErrorResponse(fetchAPI: { Response: typeof Response }, request: Request, response: Response): Response {
  const [code, message] = STATUS_ERRORS[response.status] ?? [ErrorCode.BAD_REQUEST, () => `Request refused (HTTP ${response.status})`];
  const body = JSON.stringify({ errors: [apiError(code, message(request)).toJSON()] });
  const headers = new Headers(response.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  headers.delete('content-length');
  return new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers });
}

const CLIENT_ERRORS: Record<string, [number, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'HEADERS_TOO_LARGE', 'Request headers exceed 16 KiB'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'REQUEST_TIMEOUT', 'The request was not received in time'],
};

/**
 * node:http's `clientError` listener: a request Node itself refuses before any handler sees it
 * (headers over its 16 KiB limit, a malformed request line) gets a JSON body too, not Node's bare
 * status line.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'Bad Request', ErrorCode.BAD_REQUEST, 'Malformed HTTP request'];
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function useHttpErrors(): Plugin {
  return {
    // A chunked body refused mid-stream is cancelled, which breaks the connection: say so, so the
    // client does not send its next request on it. (A body with a declared length is drained by
    // Node after the 413, and the connection stays usable: closing it would cut the client off
    // while it is still sending, before it reads the answer.)
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.status === 413 && !request.headers.has('content-length')) response.headers.set('connection', 'close');
      // Yoga answers 404 and 406 with an empty body; every error gets the JSON shape here.
      if (response.status >= 400 && !response.headers.has('content-type') && request.method !== 'HEAD') {
        setResponse(jsonErrorResponse(fetchAPI, request, response));
      }
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
