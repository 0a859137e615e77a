// One request id per request: the caller's `x-request-id` when it sends a sane one (a load
// balancer's, so logs of both join up), else a new UUID. It is echoed in the response header
// and on the request's log lines.
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.ts';

const SANE_ID = /^[\w.:\-]{1,128}$/;

interface RequestState {
  id: string;
  started: number;
  operation?: string;
}

export function requestId(request: Request): string {
  const incoming = request.headers.get('x-request-id');
  return incoming && SANE_ID.test(incoming) ? incoming : randomUUID();
}

export function useRequestLog(logger: Logger): Plugin {
  const requests = new WeakMap<Request, RequestState>();
  return {
    onRequest({ request }) {
      const state = { id: requestId(request), started: performance.now() };
      requests.set(request, state);
      logger.debug({ reqId: state.id, method: request.method, path: new URL(request.url).pathname }, 'request started');
    },
    onParams({ params, request }) {
      const state = requests.get(request);
      if (state) state.operation = params.operationName ?? undefined;
    },
    onResponse({ request, response }) {
      const state = requests.get(request);
      if (!state) return;
      response.headers.set('x-request-id', state.id);
      logger.info(
        {
          reqId: state.id,
          method: request.method,
          path: new URL(request.url).pathname,
          operation: state.operation,
          status: response.status,
          ms: Math.round((performance.now() - state.started) * 10) / 10,
        },
        'request',
      );
    },
  };
}
