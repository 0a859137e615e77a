// The extraction worker thread (extraction-thread.ts): runs the pure stages for the server.
import { parentPort } from 'node:worker_threads';
import { answerRequests } from '../threads/worker-rpc.ts';
import { extractionInThisThread, type StoredArticle } from './plan.ts';

answerRequests(parentPort, async (request) =>
  request.op === 'articleHashes'
    ? extractionInThisThread.articleHashes(request.text as string)
    : extractionInThisThread.plan(request.text as string, request.publishedAt as Date | null, request.stored as Map<string, StoredArticle>, request.pending as Set<string>),
);
