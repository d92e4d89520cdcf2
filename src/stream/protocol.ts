/**
 * The messages between extractStream and its worker threads.
 * @module
 */
import type { Extraction } from '../types.js';
import type { StreamError } from './types.js';
import type { ExtractionJob } from './documents.js';

/** Sent to a worker: a batch of documents to extract. */
export interface BatchRequest {
  /** The batch's number, echoed in the reply. */
  batch: number;
  /** The documents, in order. */
  jobs: ExtractionJob[];
}

/** What became of one document in a worker. */
export type JobOutcome = { result: Extraction } | { error: StreamError };

/** Sent by a worker: it has loaded and is ready, or it has finished a batch. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; batch: number; outcomes: JobOutcome[] };
