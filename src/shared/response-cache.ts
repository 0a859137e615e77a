// Cached read answers. Every mutation that changes data calls `invalidateAll()`: a new generation
// prefixes every cache key, so no stale answer (not even an empty list that a new article would
// now fill) can be served. Old generations age out through the TTL (and the LRU bound in memory).
// With Redis, both the answers and the generation live there, so an invalidation on one instance
// is seen by every instance's next read.
import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { registerCacheStats } from '../cache/bounded-cache.ts';

export interface ReadCache {
  plugin: Plugin;
  invalidateAll(): void;
}

/** Where the current generation lives: a counter in this process, or a key every instance reads. */
export interface GenerationStore {
  current(): string | Promise<string>;
  bump(): void | Promise<void>;
}

export interface ReadCacheStore {
  cache: Cache;
  generation: GenerationStore;
}

/** Answers kept by the in-process store (an LRU; answers past their TTL are dropped when read). */
const IN_PROCESS_MAX_ANSWERS = 1000;

// Lookups of every in-process store of this process, counted for /metrics (diplograph_cache_*{cache="response"}).
const counts = { hits: 0, misses: 0 };
registerCacheStats(() => ({ name: 'response', entries: Number.NaN, weight: Number.NaN, maxEntries: IN_PROCESS_MAX_ANSWERS, maxWeight: Number.NaN, ...counts }));

export function inProcessStore(): ReadCacheStore {
  let generation = 0;
  const lru = createInMemoryCache({ max: IN_PROCESS_MAX_ANSWERS });
  const cache: Cache = {
    ...lru,
    get: async (id) => {
      const answer = await lru.get(id);
      if (answer === null || answer === undefined) counts.misses += 1;
      else counts.hits += 1;
      return answer;
    },
  };
  return {
    cache,
    generation: { current: () => String(generation), bump: () => void (generation += 1) },
  };
}

export function createReadCache(options: { ttlMs: number; enabled: boolean; store?: ReadCacheStore }): ReadCache {
  const { cache, generation } = options.store ?? inProcessStore();
  // Bumps still on their way to a shared store; a mutation's answer waits for them, so a client
  // that reads after its mutation returned never gets the old generation from any instance.
  const pending = new Set<Promise<void>>();
  const responseCache = useResponseCache({
    cache,
    ttl: options.ttlMs,
    // Reads are public and the same for everyone: one shared cache.
    session: () => null,
    enabled: () => options.enabled,
    includeExtensionMetadata: true,
    // The key doubles as the ETag header, so it is hashed (headers must be plain ASCII): hex
    // SHA-256 as the plugin's own hashSHA256 writes it, but synchronous (WebCrypto's digest cost
    // ~9% of a small query's CPU). The plugin asks for a key even when the cache is off.
    buildResponseCacheKey: async ({ documentString, variableValues, operationName }) =>
      options.enabled
        ? createHash('sha256').update(`g${await generation.current()}|${operationName ?? ''}|${JSON.stringify(variableValues ?? {})}|${documentString}`).digest('hex')
        : '',
  });
  const awaitInvalidations: Plugin = {
    async onResultProcess() {
      if (pending.size) await Promise.all(pending);
    },
  };
  return {
    plugin: { onPluginInit: ({ addPlugin }) => [responseCache, awaitInvalidations].forEach(addPlugin) },
    invalidateAll: () => {
      const bumped = generation.bump();
      if (!bumped) return;
      const settled = bumped.catch(() => {}).finally(() => pending.delete(settled));
      pending.add(settled);
    },
  };
}
