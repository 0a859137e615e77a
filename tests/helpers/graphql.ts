// Runs a GraphQL operation through yoga.fetch, in-process, and returns the parsed JSON body.
import { readServerSentEvents } from '../../sdk/src/sse.ts';
import type { DiplographYoga } from '../../src/yoga.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, any>;
}

/** A typed document (graphql-codegen's TypedDocumentString and friends): its result and variables types. */
export interface TypedDocument<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
  toString(): string;
}

/**
 * Runs a typed document: the result is typed, and variables are required exactly when the
 * operation declares required ones.
 */
export function executeOperation<TResult, TVariables>(
  yoga: DiplographYoga,
  document: TypedDocument<TResult, TVariables>,
  ...[variables, headers]: Record<string, never> extends TVariables
    ? [variables?: TVariables, headers?: Record<string, string>]
    : [variables: TVariables, headers?: Record<string, string>]
): Promise<GraphQLResponse<TResult>> {
  return execute<TResult>(yoga, document.toString(), variables as Record<string, unknown> | undefined, headers);
}

export async function execute<T = Record<string, any>>(
  yoga: DiplographYoga,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  return postJson<T>(yoga, { query, variables }, headers);
}

/** POSTs any JSON body (a persisted-operation hash instead of a query, say) and parses the answer. */
export async function postJson<T = Record<string, any>>(
  yoga: DiplographYoga,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
  const parsed = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...parsed };
}

/**
 * Opens a GraphQL subscription over server-sent events (Yoga's default transport) and yields each
 * `next` payload. `close()` ends the request.
 */
export async function subscribe<T = Record<string, any>>(
  yoga: DiplographYoga,
  query: string,
  variables?: Record<string, unknown>,
) {
  const controller = new AbortController();
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`subscription refused: ${response.status} ${await response.text()}`);
  // The SDK's own SSE reader: the tests and consumers parse the stream the same way.
  const events = readServerSentEvents(response.body);
  /** The next event that carries data, parsed (comments, keep-alives and `complete` are skipped). */
  async function next(): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
    for (;;) {
      const { done, value } = await events.next();
      if (done) throw new Error('subscription stream ended');
      if (value.data) return JSON.parse(value.data);
    }
  }
  return {
    next,
    close: () => {
      controller.abort();
      void events.return(undefined).catch(() => {});
    },
  };
}
