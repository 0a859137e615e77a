// The Redis connections several instances share: one for commands (cache, generation, publish) and
// one in subscriber mode (Redis forbids other commands on a connection that subscribes).
import { Redis } from 'ioredis';

export interface RedisConnections {
  commands: Redis;
  subscriber: Redis;
  /** Prefixes keys and pub/sub channels. Channels ignore the database number, so it is in the prefix. */
  prefix: string;
  close(): Promise<void>;
}

export function openRedis(url: string): RedisConnections {
  // A few retries per command, then an error the request reports, instead of hanging the request.
  const options = { maxRetriesPerRequest: 2, lazyConnect: false };
  const commands = new Redis(url, options);
  const subscriber = new Redis(url, options);
  // ioredis reconnects by itself; without a listener an outage would crash the process.
  for (const client of [commands, subscriber]) client.on('error', () => {});
  return {
    commands,
    subscriber,
    prefix: `diplograph:${commands.options.db ?? 0}:`,
    close: async () => {
      await Promise.all([commands.quit().catch(() => commands.disconnect()), subscriber.quit().catch(() => subscriber.disconnect())]);
    },
  };
}
