// The read cache's store in Redis: answers under <prefix>rc:<key> with the TTL as expiry, and the
// generation counter under <prefix>rc:generation, read on every cacheable request.
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import type { ReadCacheStore } from './response-cache.ts';
import type { RedisConnections } from './redis.ts';

export function redisReadCacheStore(redis: RedisConnections): ReadCacheStore {
  const { commands } = redis;
  const entry = (key: string) => `${redis.prefix}rc:${key}`;
  const generationKey = `${redis.prefix}rc:generation`;
  const cache: Cache = {
    // Redis unreachable: answer from the database rather than fail the read.
    async get(key) {
      const stored = await commands.get(entry(key)).catch(() => null);
      return stored ? JSON.parse(stored) : null;
    },
    async set(key, result, _entities, ttl) {
      const value = JSON.stringify(result);
      const write = Number.isFinite(ttl) && ttl > 0 ? commands.set(entry(key), value, 'PX', Math.ceil(ttl)) : commands.set(entry(key), value);
      await write.catch(() => {});
    },
    // Every mutation that changes data bumps the generation, which retires all entries at once.
    invalidate() {},
  };
  return {
    cache,
    generation: {
      // Without the generation no entry can be trusted: a key of its own never matches one.
      current: async () => (await commands.get(generationKey).catch(() => `unknown-${crypto.randomUUID()}`)) ?? '0',
      bump: async () => {
        await commands.incr(generationKey);
      },
    },
  };
}
