/**
 * The worker thread of extractStream: extracts each batch it is sent with the default extractor
 * and replies with one outcome per document. Loaded by URL from the compiled `dist/stream/`,
 * never imported.
 * @module
 */
import { parentPort } from 'node:worker_threads';
import type { BatchRequest, JobOutcome, WorkerReply } from './protocol.js';
import { extract } from '../extract/extractor.js';
import { toStreamError } from './documents.js';

/** The outcome of one document: its extraction, or the error it raised. */
function run(job: BatchRequest['jobs'][number]): JobOutcome {
  try {
    return { result: extract(job.text, { format: job.format, ...(job.maxLength === undefined ? {} : { maxLength: job.maxLength }) }) };
  } catch (err) {
    return { error: toStreamError(err) };
  }
}

const port = parentPort;
if (port) {
  port.on('message', (request: BatchRequest) => {
    const reply: WorkerReply = { type: 'done', batch: request.batch, outcomes: request.jobs.map(run) };
    port.postMessage(reply);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}
