// The GraphQL HTTP handler, apart from `listen`, so the server and the tests share it.
import { createYoga } from 'graphql-yoga';
import { createContext, type AppServices, type Context } from './context.ts';
import { schema } from './schema/index.ts';

export { createContext };

export function createDiplographYoga(services: AppServices) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: services.config.GRAPHIQL ? { title: 'Diplograph' } : false,
    landingPage: false,
    context: ({ request }) => createContext(services, request),
  });
}

export type DiplographYoga = ReturnType<typeof createDiplographYoga>;
