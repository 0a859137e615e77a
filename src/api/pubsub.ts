// The only place events are published and subscribed. In-process today; swapping in Redis means
// passing Yoga's createPubSub a Redis event target here (@graphql-yoga/redis-event-target) and
// nothing else changes.
import { createPubSub } from 'graphql-yoga';
import type { IngestResult } from '../ingest/ingest-document.ts';

export interface DocumentIngestedEvent {
  source: string;
  result: IngestResult;
}

export interface StatementAddedEvent {
  statementId: number;
}

export type DiplographPubSub = ReturnType<typeof createDiplographPubSub>;

export function createDiplographPubSub() {
  return createPubSub<{
    documentIngested: [DocumentIngestedEvent];
    statementAdded: [StatementAddedEvent];
  }>();
}
