// The extraction worker thread: runs the pure stages (segment → extract → resolve) for the server's
// ingestDocument mutation, so a large document (0.4-0.7 s for 200 KB) does not stop the event loop.
import { parentPort } from 'node:worker_threads';
import { extractionInThisThread } from './ingest-document.ts';
import type { ExtractionReply, ExtractionRequest } from './extraction-protocol.ts';

const port = parentPort!;

port.on('message', async (request: ExtractionRequest) => {
  try {
    const value =
      request.op === 'articleHashes'
        ? await extractionInThisThread.articleHashes(request.text)
        : await extractionInThisThread.plan(request.text, request.publishedAt, request.stored);
    port.postMessage({ id: request.id, ok: true, value } satisfies ExtractionReply);
  } catch (error) {
    port.postMessage({ id: request.id, ok: false, message: (error as Error)?.message ?? String(error) } satisfies ExtractionReply);
  }
});
