// The transport under every typed method: POST for queries and mutations, SSE for subscriptions,
// optional persisted-operation hashes instead of query text. Needs only `fetch`.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { DiplographGraphQLError, DiplographNetworkError, type GraphQLErrorEntry } from './errors.js';
import { readServerSentEvents } from './sse.js';

/** A generated typed document (client-preset, documentMode 'string'), or any string-like typed document. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  __meta__?: { hash?: string } | Record<string, unknown>;
};

/** Variables are a required argument exactly when the operation declares a required variable. */
export type VariablesArgs<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface DiplographClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>`; mutations need it. */
  apiKey?: string;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof fetch;
  /** Extra headers for every request, or a function computing them per request. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /**
   * Send the operation's sha256 hash instead of its text (`extensions.persistedQuery`). Required when
   * the server runs in trusted-documents mode; smaller requests either way.
   */
  persisted?: boolean;
  /** Abort a request that takes longer than this (ms). Default 30 000; subscriptions are exempt. */
  timeoutMs?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

interface ExecutionResult {
  data?: unknown;
  errors?: GraphQLErrorEntry[];
}

function operationHash(document: TypedDocument<any, any>): string | undefined {
  const hash = (document.__meta__ as { hash?: unknown } | undefined)?.hash;
  return typeof hash === 'string' ? hash : undefined;
}

export function createTransport(options: DiplographClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;
  if (!doFetch) throw new DiplographNetworkError('no fetch implementation: pass options.fetch');

  function headersFor(extra: Record<string, string> | undefined, accept: string): Record<string, string> {
    const base = typeof options.headers === 'function' ? options.headers() : options.headers;
    return {
      'content-type': 'application/json',
      accept,
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      ...base,
      ...extra,
    };
  }

  function bodyFor(document: TypedDocument<any, any>, variables: unknown): string {
    const hash = options.persisted ? operationHash(document) : undefined;
    if (options.persisted && !hash) {
      throw new DiplographNetworkError('persisted mode needs a document generated with a persisted hash');
    }
    return JSON.stringify(
      hash
        ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
        : { query: document.toString(), variables },
    );
  }

  async function post(body: string, headers: Record<string, string>, signal: AbortSignal | undefined): Promise<Response> {
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
    try {
      return await doFetch(options.url, {
        method: 'POST',
        headers,
        body,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (cause) {
      throw new DiplographNetworkError(`could not reach ${options.url}: ${(cause as Error).message}`, undefined, { cause });
    }
  }

  /** Runs a query or mutation; resolves to `data`, throws DiplographGraphQLError on any GraphQL error. */
  async function request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...[variables, requestOptions]: [...VariablesArgs<TVariables>, RequestOptions?]
  ): Promise<TResult> {
    const response = await post(
      bodyFor(document, variables),
      headersFor((requestOptions as RequestOptions | undefined)?.headers, 'application/graphql-response+json, application/json'),
      (requestOptions as RequestOptions | undefined)?.signal,
    );
    let result: ExecutionResult;
    try {
      result = (await response.json()) as ExecutionResult;
    } catch (cause) {
      throw new DiplographNetworkError(`${options.url} answered ${response.status} without a GraphQL body`, response.status, { cause });
    }
    if (result.errors?.length) throw new DiplographGraphQLError(result.errors, response.status, result.data);
    if (result.data === undefined || result.data === null) {
      throw new DiplographNetworkError(`${options.url} answered ${response.status} without data`, response.status);
    }
    return result.data as TResult;
  }

  /**
   * Runs a subscription over Server-Sent Events and yields each event's data. `break` out of the
   * loop (or abort the signal) to close the stream.
   */
  async function* subscribe<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...[variables, requestOptions]: [...VariablesArgs<TVariables>, RequestOptions?]
  ): AsyncGenerator<TResult, void, undefined> {
    const controller = new AbortController();
    const outer = (requestOptions as RequestOptions | undefined)?.signal;
    outer?.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    let response: Response;
    try {
      response = await doFetch(options.url, {
        method: 'POST',
        headers: headersFor((requestOptions as RequestOptions | undefined)?.headers, 'text/event-stream'),
        body: bodyFor(document, variables),
        signal: controller.signal,
      });
    } catch (cause) {
      throw new DiplographNetworkError(`could not reach ${options.url}: ${(cause as Error).message}`, undefined, { cause });
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('text/event-stream') || !response.body) {
      const result = (await response.json().catch(() => ({}))) as ExecutionResult;
      if (result.errors?.length) throw new DiplographGraphQLError(result.errors, response.status);
      throw new DiplographNetworkError(`${options.url} did not open an event stream (status ${response.status})`, response.status);
    }
    try {
      for await (const message of readServerSentEvents(response.body)) {
        if (message.event === 'complete') return;
        if (message.event !== 'next' && message.event !== 'message') continue;
        const result = JSON.parse(message.data) as ExecutionResult;
        if (result.errors?.length) throw new DiplographGraphQLError(result.errors, response.status, result.data);
        yield result.data as TResult;
      }
    } finally {
      controller.abort();
    }
  }

  return { request, subscribe };
}

export type Transport = ReturnType<typeof createTransport>;
