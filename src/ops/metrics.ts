// Prometheus metrics at /metrics: requests and latency by operation, errors by code, database
// pool use, ingests by outcome. One registry per handler (not prom-client's global one), so
// several handlers in one process (tests) do not collide.
import { createHash } from 'node:crypto';
import { getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DiplographPubSub } from '../shared/pubsub.ts';
import type { Database } from '../db/database.ts';
import { registerCacheMetrics } from './cache-metrics.ts';

// Label sets a client cannot grow (issue 13: 200 distinct 20 KB operation names took /metrics from
// 8 KB to 60 MB, and re-parsing refused documents without the token limit cost 1.9 s each):
// operation names are taken only from documents that validated and executed, at most this long and
// this many distinct ones; the rest count as "other". Nothing here ever parses a document.
export const MAX_OPERATION_LABELS = 100;
export const MAX_OPERATION_NAME = 64;
/** Documents remembered (by hash) so a cache hit, which skips execution, is labelled like its miss. */
const KNOWN_DOCUMENTS = 500;

interface Described {
  operation: string;
  type: string;
}

interface RequestState extends Described {
  started: number;
  query?: string;
  operationName?: string;
}

const documentKey = (query: string, operationName: string | undefined) =>
  createHash('sha256').update(query).update('\0').update(operationName ?? '').digest('base64');

/** Error codes are the server's own words; anything else (never expected) is one label. */
const errorCodeLabel = (code: unknown) => (typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'UNKNOWN');

export interface Metrics {
  registry: Registry;
  plugin: Plugin;
  /** The pubsub with ingests counted as they are published (once, on the instance that ingested). */
  countIngests(pubsub: DiplographPubSub): DiplographPubSub;
}

export function createMetrics(db: Database, options: { path?: string; processMetrics?: boolean } = {}): Metrics {
  const path = options.path ?? '/metrics';
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'diplograph_graphql_requests_total',
    help: 'GraphQL requests by operation name and type.',
    labelNames: ['operation', 'type'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'diplograph_graphql_request_duration_seconds',
    help: 'GraphQL request latency (parameters read to result ready) by operation.',
    labelNames: ['operation', 'type'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'diplograph_graphql_errors_total',
    help: 'GraphQL errors returned to clients, by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  const ingests = new Counter({
    name: 'diplograph_ingest_documents_total',
    help: 'Documents ingested through the API by outcome: created, unchanged (already stored) or failed.',
    labelNames: ['outcome'],
    registers: [registry],
  });
  new Gauge({
    name: 'diplograph_db_pool_connections',
    help: 'Database pool connections by pool (primary, replicaN) and state (total, idle, waiting requests).',
    labelNames: ['pool', 'state'],
    registers: [registry],
    collect() {
      for (const s of db.poolStats()) {
        this.set({ pool: s.pool, state: 'total' }, s.total);
        this.set({ pool: s.pool, state: 'idle' }, s.idle);
        this.set({ pool: s.pool, state: 'waiting' }, s.waiting);
      }
    },
  });
  for (const outcome of ['created', 'unchanged', 'failed']) ingests.inc({ outcome }, 0);
  registerCacheMetrics(registry);

  const seenOperations = new Set<string>();
  const operationLabel = (name: string | undefined) => {
    if (!name) return 'anonymous';
    if (seenOperations.has(name)) return name;
    if (name.length > MAX_OPERATION_NAME || seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
    seenOperations.add(name);
    return name;
  };
  const known = new Map<string, Described>();
  const remember = (key: string, state: RequestState) => {
    if (!known.has(key) && known.size >= KNOWN_DOCUMENTS) known.delete(known.keys().next().value!);
    known.set(key, { operation: state.operation, type: state.type });
  };
  const states = new WeakMap<Request, RequestState>();
  // Each parsed document's key by operation name (yoga's parse cache hands the same DocumentNode to
  // every request with the same text): a document is hashed once, not on every request.
  const keys = new WeakMap<DocumentNode, Map<string, string>>();
  const keyOf = (document: DocumentNode, query: string, name: string | undefined) => {
    const byName = keys.get(document) ?? new Map<string, string>();
    keys.set(document, byName);
    let key = byName.get(name ?? '');
    if (key === undefined) byName.set(name ?? '', (key = documentKey(query, name)));
    return key;
  };
  // Only called with a document that validated: its operation name is the client's, but real.
  const noteOperation = (request: Request | undefined, document: DocumentNode, name?: string | null) => {
    const state = request && states.get(request);
    const operation = getOperationAST(document, name);
    if (!state || !operation) return;
    state.type = operation.operation;
    state.operation = operationLabel(operation.name?.value);
    if (state.query) remember(keyOf(document, state.query, state.operationName), state);
  };
  /** A request that never executed: a cache hit of a known document, or refused before execution. */
  const describeUnexecuted = (state: RequestState, result: unknown): Described => {
    const found = state.query ? known.get(documentKey(state.query, state.operationName)) : undefined;
    if (found) return found;
    const hit = (result as ExecutionResult | undefined)?.extensions?.responseCache as { hit?: boolean } | undefined;
    return { operation: 'none', type: hit?.hit ? 'cached' : 'invalid' };
  };

  const plugin: Plugin<{ request?: Request }> = {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== path) return;
      endResponse(new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } }));
    },
    onParams({ params, request }) {
      states.set(request, {
        started: performance.now(),
        operation: 'none',
        type: 'unknown',
        // A query or name that is not a string is refused later; it is never hashed.
        query: typeof params.query === 'string' ? params.query : undefined,
        operationName: typeof params.operationName === 'string' ? params.operationName : undefined,
      });
    },
    onExecute({ args }) {
      noteOperation(args.contextValue.request, args.document, args.operationName);
    },
    onSubscribe({ args }) {
      noteOperation(args.contextValue.request, args.document, args.operationName);
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      if (!state) return;
      states.delete(request);
      const labels = state.type === 'unknown' ? describeUnexecuted(state, result) : { operation: state.operation, type: state.type };
      requests.inc(labels);
      duration.observe(labels, (performance.now() - state.started) / 1000);
      // Subscriptions stream their results; only single results are inspected for errors.
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!single || typeof single !== 'object' || !('errors' in single)) continue;
        for (const error of ((single as ExecutionResult).errors ?? []) as GraphQLError[]) {
          errors.inc({ code: errorCodeLabel(error.extensions?.code) });
          if (error.path?.[0] === 'ingestDocument') ingests.inc({ outcome: 'failed' });
        }
      }
    },
  };

  return {
    registry,
    plugin,
    countIngests: (pubsub) => ({
      ...pubsub,
      publish: ((topic: string, ...args: unknown[]) => {
        if (topic === 'documentIngested') {
          const event = args[0] as { result: { created: boolean } };
          ingests.inc({ outcome: event.result.created ? 'created' : 'unchanged' });
        }
        return (pubsub.publish as (topic: string, ...args: unknown[]) => void)(topic, ...args);
      }) as DiplographPubSub['publish'],
    }),
  };
}
