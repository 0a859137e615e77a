// The only place events are published and subscribed: in-process by default, through Redis (every
// instance sees every event) when the app has a Redis connection.
import { createPubSub } from 'graphql-yoga';
import type { IngestResult } from '../ingest/ingest-result.ts';
import { createPrefixedRedisEventTarget } from './redis-event-target.ts';
import type { RedisConnections } from './redis.ts';

export interface DocumentIngestedEvent {
  source: string;
  result: IngestResult;
}

export interface StatementAddedEvent {
  statementId: number;
}

export type DiplographPubSub = ReturnType<typeof createDiplographPubSub>;

export function createDiplographPubSub(redis?: RedisConnections) {
  return createPubSub<{
    documentIngested: [DocumentIngestedEvent];
    statementAdded: [StatementAddedEvent];
  }>(redis ? { eventTarget: createPrefixedRedisEventTarget(redis) } : {});
}
