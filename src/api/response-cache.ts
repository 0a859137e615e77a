// Cached read answers. Every mutation that changes data calls `invalidateAll()`: a new generation
// prefixes every cache key, so no stale answer (not even an empty list that a new article would
// now fill) can be served. Old generations age out through the TTL and the LRU bound.
import { createInMemoryCache, hashSHA256, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';

export interface ReadCache {
  plugin: Plugin;
  invalidateAll(): void;
}

export function createReadCache(options: { ttlMs: number; enabled: boolean; cache?: Cache }): ReadCache {
  let generation = 0;
  const cache = options.cache ?? createInMemoryCache({ max: 1000 });
  const plugin = useResponseCache({
    cache,
    ttl: options.ttlMs,
    // Reads are public and the same for everyone: one shared cache.
    session: () => null,
    enabled: () => options.enabled,
    includeExtensionMetadata: true,
    // The key doubles as the ETag header, so it is hashed (headers must be plain ASCII).
    buildResponseCacheKey: ({ documentString, variableValues, operationName }) =>
      hashSHA256(`g${generation}|${operationName ?? ''}|${JSON.stringify(variableValues ?? {})}|${documentString}`),
  });
  return {
    plugin,
    invalidateAll: () => {
      generation += 1;
    },
  };
}
