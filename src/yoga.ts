// The GraphQL HTTP handler, apart from `listen`, so the server and the tests share it.
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { useArgumentBounds } from './http/argument-bounds.ts';
import { hasValidApiKey, useMutationAuth } from './http/auth.ts';
import { corsPolicy } from './http/cors.ts';
import { useCsrfPrevention } from './http/csrf.ts';
import { maskError } from './errors/errors.ts';
import { renderOfflineGraphiQL } from './http/graphiql.ts';
import { GRAPHIQL_DEFAULT_QUERY } from './http/graphiql-examples.ts';
import { useHealthEndpoints } from './http/health.ts';
import { useHttpErrors } from './http/http-errors.ts';
import { useRequestLimits } from './http/limits.ts';
import { useResponseSizeLimit } from './http/response-size.ts';
import { useHideSchemaHints } from './http/schema-hints.ts';
import { openSharedState } from './shared/shared-state.ts';
import { usePrimaryForWrites } from './http/primary-for-writes.ts';
import { persistedOperationsPlugin } from './http/trusted-documents.ts';
import { createContext } from './http/context.ts';
import type { ApiRuntime, AppServices, Context } from './schema/context.ts';
import { createLogger, yogaLogger } from './ops/logger.ts';
import { createMetrics } from './ops/metrics.ts';
import { useRequestLog } from './ops/request-log.ts';
import { usePlannedExecution } from './read/execute.ts';
import { schema } from './schema/index.ts';

export { createContext };

function useDisableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export function createDiplographYoga(services: AppServices) {
  const { config } = services;
  const shared = openSharedState(config);
  const readCache = shared.readCache;
  const logger = createLogger(config.LOG_LEVEL);
  const metrics = createMetrics(services.db, { processMetrics: true });
  const runtime: ApiRuntime = { pubsub: metrics.countIngests(shared.pubsub), invalidateReads: readCache.invalidateAll };
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: config.GRAPHIQL
      ? { title: 'Diplograph', defaultQuery: GRAPHIQL_DEFAULT_QUERY, defaultEditorToolsVisibility: 'variables' }
      : false,
    renderGraphiQL: renderOfflineGraphiQL,
    landingPage: false,
    cors: corsPolicy(config.CORS_ORIGINS),
    logging: yogaLogger(logger),
    // File uploads are not part of the API; multipart bodies are also a CSRF vector.
    multipart: false,
    // Bodies are bounded by useRequestLimits (src/http/limits.ts), without a stream per request.
    maxRequestBodySize: false,
    maskedErrors: { maskError },
    context: ({ request }) => createContext(services, request, runtime),
    plugins: [
      // First: its execute function is the innermost, wrapped by every plugin below (response cache).
      usePlannedExecution(),
      // Outside the GraphQL endpoint and before any check that could refuse a scrape.
      metrics.plugin,
      useRequestLog(logger),
      ...useHealthEndpoints(services.db),
      useHttpErrors(),
      // First: a persisted hash must become query text before any limit looks at the query.
      // The folder lock's local token (src/db/folder-lock.ts) is held only by `npm run ingest` here.
      persistedOperationsPlugin({ trustedOnly: config.TRUSTED_DOCUMENTS, mayUseQueryText: (request) => hasValidApiKey(request, services.db.lock?.info.token) }),
      useRequestLimits(),
      useArgumentBounds(),
      useResponseSizeLimit(),
      useCsrfPrevention(),
      useMutationAuth(),
      ...(config.INTROSPECTION ? [] : [useDisableIntrospection(), useHideSchemaHints()]),
      readCache.plugin,
      shared.plugin,
      usePrimaryForWrites(services.db),
    ],
  });
  return Object.assign(yoga, { runtime, logger, metrics });
}

export type DiplographYoga = ReturnType<typeof createDiplographYoga>;
