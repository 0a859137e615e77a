// Prometheus metrics at /metrics: requests and latency by operation, errors by code, database
// pool use, ingests by outcome. One registry per handler (not prom-client's global one), so
// several handlers in one process (tests) do not collide.
import { getOperationAST, parse, type ExecutionResult, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DiplographPubSub } from '../api/pubsub.ts';
import type { Database } from '../db/database.ts';
import { registerCacheMetrics } from './cache-metrics.ts';

// Operation names come from clients: past this many distinct ones, new names count as "other".
const MAX_OPERATION_LABELS = 200;

interface RequestState {
  started: number;
  operation: string;
  type: string;
  query?: string;
}

const described = new Map<string, { operation?: string; type: string }>();

/** Type and name of the query text's operation, remembered for the most recent query texts. */
function describeOperation(query: string, operation: string): { operation: string; type: string } {
  let found = described.get(query);
  if (!found) {
    try {
      const ast = getOperationAST(parse(query), operation === 'anonymous' ? undefined : operation);
      found = { operation: ast?.name?.value, type: ast?.operation ?? 'unknown' };
    } catch {
      found = { type: 'invalid' };
    }
    if (described.size >= 500) described.delete(described.keys().next().value!);
    described.set(query, found);
  }
  return { operation: operation === 'anonymous' && found.operation ? found.operation : operation, type: found.type };
}

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
  const operationLabel = (name: string) => {
    if (seenOperations.has(name)) return name;
    if (seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
    seenOperations.add(name);
    return name;
  };
  const states = new WeakMap<Request, RequestState>();
  const noteOperation = (request: Request | undefined, document: Parameters<typeof getOperationAST>[0], name?: string | null) => {
    const state = request && states.get(request);
    const operation = getOperationAST(document, name);
    if (!state || !operation) return;
    state.type = operation.operation;
    if (state.operation === 'anonymous' && operation.name) state.operation = operationLabel(operation.name.value);
  };

  const plugin: Plugin<{ request?: Request }> = {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== path) return;
      endResponse(new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } }));
    },
    onParams({ params, request }) {
      states.set(request, { started: performance.now(), operation: params.operationName ? operationLabel(params.operationName) : 'anonymous', type: 'unknown', query: params.query });
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
      // A cached answer is served before parsing and execution: name it from the query text.
      if (state.type === 'unknown' && state.query) {
        const { operation, type } = describeOperation(state.query, state.operation);
        state.type = type;
        if (operation !== state.operation) state.operation = operationLabel(operation);
      }
      const labels = { operation: state.operation, type: state.type };
      requests.inc(labels);
      duration.observe(labels, (performance.now() - state.started) / 1000);
      // Subscriptions stream their results; only single results are inspected for errors.
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!single || typeof single !== 'object' || !('errors' in single)) continue;
        for (const error of ((single as ExecutionResult).errors ?? []) as GraphQLError[]) {
          errors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
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
