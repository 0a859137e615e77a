// Test helper: a Redis subscription is set up asynchronously, so publishing right after opening a
// GraphQL subscription could be lost. Wait until Redis reports the subscriber instead of sleeping.
import { Redis } from 'ioredis';

export async function waitForRedisSubscribers(url: string, topic: string, count: number): Promise<void> {
  const client = new Redis(url, { lazyConnect: true });
  await client.connect();
  try {
    const channel = `diplograph:${client.options.db ?? 0}:events:${topic}`;
    for (let i = 0; i < 500; i++) {
      const reply = (await client.pubsub('NUMSUB', channel)) as [string, number];
      if (Number(reply[1]) >= count) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no ${count} subscriber(s) on ${channel}`);
  } finally {
    client.disconnect();
  }
}

export async function flushRedisDatabase(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true });
  await client.connect();
  try {
    await client.flushdb();
  } finally {
    client.disconnect();
  }
}
