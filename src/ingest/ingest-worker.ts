// The ingest worker thread (ingest-thread.ts): ingestDocument with its own Prisma client over a
// port to the PGlite engine's thread.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createForwarder, forwardingAdapterFactory } from '../db/pglite-forwarder.ts';
import { PrismaClient } from '../generated/prisma/client.ts';
import { answerRequests } from '../threads/worker-rpc.ts';
import { ingestDocument } from './ingest-document.ts';
import type { IngestInput } from './ingest-result.ts';

const { port } = workerData as { port: MessagePort };
const prisma = new PrismaClient({ adapter: forwardingAdapterFactory(createForwarder(port)) });

answerRequests(parentPort, async (request) => ingestDocument(prisma, request.input as IngestInput));
