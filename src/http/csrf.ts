// CSRF prevention: a browser can send a "simple" request (GET, or POST as a form or text/plain)
// cross-site without a CORS preflight. Such requests must carry a custom header, which a foreign
// page cannot add without a preflight; JSON POSTs are preflighted anyway and pass.
import type { Plugin } from 'graphql-yoga';
import { apiError, ErrorCode } from '../errors/errors.ts';

export const CSRF_HEADER = 'x-graphql-yoga-csrf';
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

export function useCsrfPrevention(): Plugin {
  return {
    onRequestParse({ request }) {
      const contentType = request.headers.get('content-type')?.toLowerCase();
      const preflighted = contentType !== undefined && !SIMPLE_CONTENT_TYPES.some((t) => contentType.startsWith(t));
      if (preflighted || request.headers.has(CSRF_HEADER)) return;
      throw apiError(ErrorCode.CSRF_PREVENTED, `Required CSRF header \`${CSRF_HEADER}\` not present`, {}, 403);
    },
  };
}
