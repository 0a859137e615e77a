// Builds each request's Context: its database client, its request-scoped loaders and whether it
// carries the API key.
import { createLoaders } from '../read/loaders.ts';
import type { ApiRuntime, AppServices, Context } from '../schema/context.ts';
import { hasValidApiKey } from './auth.ts';

export function createContext(services: AppServices, request: Request, runtime: ApiRuntime): Context {
  const prisma = services.db.prisma;
  return {
    prisma,
    services,
    request,
    runtime,
    // The folder lock's local token lets `npm run ingest` send documents through this server.
    isAuthenticated: hasValidApiKey(request, services.config.DIPLOGRAPH_API_KEY) || hasValidApiKey(request, services.db.lock?.info.token),
    loaders: createLoaders(prisma),
  };
}
