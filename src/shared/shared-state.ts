// What instances of the API share: subscription events and the read cache. In this process
// unless REDIS_URL is set; then in Redis, so several instances behind a load balancer agree.
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { createDiplographPubSub, type DiplographPubSub } from './pubsub.ts';
import { openRedis } from './redis.ts';
import { redisReadCacheStore } from './redis-response-cache.ts';
import { createReadCache, type ReadCache } from './response-cache.ts';

export interface SharedState {
  pubsub: DiplographPubSub;
  readCache: ReadCache;
  /** Closes the Redis connections when Yoga is disposed (server shutdown). */
  plugin: Plugin;
  /** 'redis' or 'memory', for logs and metrics. */
  kind: 'redis' | 'memory';
}

export function openSharedState(config: Config): SharedState {
  const cacheOptions = { enabled: config.RESPONSE_CACHE, ttlMs: config.RESPONSE_CACHE_TTL_MS };
  if (!config.REDIS_URL) {
    return { kind: 'memory', pubsub: createDiplographPubSub(), readCache: createReadCache(cacheOptions), plugin: {} };
  }
  const redis = openRedis(config.REDIS_URL);
  return {
    kind: 'redis',
    pubsub: createDiplographPubSub(redis),
    readCache: createReadCache({ ...cacheOptions, store: redisReadCacheStore(redis) }),
    plugin: { onDispose: () => redis.close() },
  };
}
