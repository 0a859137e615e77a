// Subscription events through Redis, so an ingest on one instance reaches subscribers on all.
// Yoga's Redis event target uses the topic as the channel; channels are global to a Redis server
// (not per database number), so topics get the instance group's prefix here.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { RedisConnections } from './redis.ts';

type EventTarget = ReturnType<typeof createRedisEventTarget<CustomEvent>>;

export function createPrefixedRedisEventTarget(redis: RedisConnections): EventTarget {
  const inner = createRedisEventTarget<CustomEvent>({ publishClient: redis.commands, subscribeClient: redis.subscriber });
  const channel = (topic: string) => `${redis.prefix}events:${topic}`;
  return {
    addEventListener: (type, listener, options) => inner.addEventListener(channel(type), listener, options),
    removeEventListener: (type, listener, options) => inner.removeEventListener(channel(type), listener, options),
    dispatchEvent: (event) => inner.dispatchEvent(new CustomEvent(channel(event.type), { detail: event.detail })),
  };
}
