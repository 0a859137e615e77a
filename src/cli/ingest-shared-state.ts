// A CLI ingest straight into a database that API instances serve (PostgreSQL with REDIS_URL): the
// instances' shared read cache would keep answering without the new documents until its TTL, and
// their subscribers would never hear of them. So the CLI does in Redis what the ingestDocument
// mutation does: bump the cache generation (retires every cached read on every instance) and
// publish documentIngested / statementAdded.
import { createDiplographPubSub } from '../shared/pubsub.ts';
import { redisReadCacheStore } from '../shared/redis-response-cache.ts';
import { openRedis } from '../shared/redis.ts';
import type { IngestResult } from '../ingest/ingest-result.ts';

export interface CreatedDocument {
  source: string;
  result: IngestResult;
}

/** Throws when Redis cannot be reached: the caller reports it (the documents are stored either way). */
export async function announceToInstances(redisUrl: string, created: CreatedDocument[]): Promise<void> {
  if (created.length === 0) return;
  const redis = openRedis(redisUrl);
  try {
    await redisReadCacheStore(redis).generation.bump();
    const pubsub = createDiplographPubSub(redis);
    for (const { source, result } of created) {
      for (const statementId of result.statements.ids) pubsub.publish('statementAdded', { statementId });
      pubsub.publish('documentIngested', { source, result });
    }
  } finally {
    // QUIT is answered after the PUBLISHes queued before it: closing here still delivers them.
    await redis.close();
  }
}
