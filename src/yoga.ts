// The GraphQL HTTP handler, apart from `listen`, so the server and the tests share it.
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { useMutationAuth } from './api/auth.ts';
import { useCsrfPrevention } from './api/csrf.ts';
import { maskError } from './api/errors.ts';
import { GRAPHIQL_DEFAULT_QUERY } from './api/graphiql-examples.ts';
import { useRequestLimits } from './api/limits.ts';
import { createDiplographPubSub } from './api/pubsub.ts';
import { createReadCache } from './api/response-cache.ts';
import { persistedOperationsPlugin } from './api/trusted-documents.ts';
import { createContext, type ApiRuntime, type AppServices, type Context } from './context.ts';
import { schema } from './schema/index.ts';

export { createContext };

function useDisableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

const YOGA_LOG_LEVEL = { fatal: 'error', error: 'error', warn: 'warn', info: 'info', debug: 'debug', trace: 'debug', silent: false } as const;

export function createDiplographYoga(services: AppServices) {
  const { config } = services;
  const readCache = createReadCache({ enabled: config.RESPONSE_CACHE, ttlMs: config.RESPONSE_CACHE_TTL_MS });
  const runtime: ApiRuntime = { pubsub: createDiplographPubSub(), invalidateReads: readCache.invalidateAll };
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: config.GRAPHIQL
      ? { title: 'Diplograph', defaultQuery: GRAPHIQL_DEFAULT_QUERY, defaultEditorToolsVisibility: 'variables' }
      : false,
    landingPage: false,
    logging: YOGA_LOG_LEVEL[config.LOG_LEVEL],
    // File uploads are not part of the API; multipart bodies are also a CSRF vector.
    multipart: false,
    maskedErrors: { maskError },
    context: ({ request }) => createContext(services, request, runtime),
    plugins: [
      // First: a persisted hash must become query text before any limit looks at the query.
      persistedOperationsPlugin({ trustedOnly: config.TRUSTED_DOCUMENTS }),
      useRequestLimits(),
      useCsrfPrevention(),
      useMutationAuth(),
      ...(config.INTROSPECTION ? [] : [useDisableIntrospection()]),
      readCache.plugin,
    ],
  });
  return Object.assign(yoga, { runtime });
}

export type DiplographYoga = ReturnType<typeof createDiplographYoga>;
