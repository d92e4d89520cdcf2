/**
 * The shapes that go into and come out of {@link extractStream}.
 * @module
 */
import type { Extraction, InputFormat, Options } from '../types.js';

/** One document of a stream: its text plus any other fields, which are passed through untouched. */
export interface StreamDocument {
  /** The article: plain text, Markdown or HTML. */
  text: string;
  /** How to read this document (overrides {@link StreamOptions.format}). */
  format?: InputFormat;
  /** Any other field (an id, a source path …): never read, handed back with the result. */
  [field: string]: unknown;
}

/** Options of extractStream. */
export interface StreamOptions extends Options {
  /**
   * How many extractions run at once: 1 (default) extracts in the calling thread; N > 1 runs a
   * pool of N worker threads. Results come in input order either way.
   */
  workers?: number;
  /**
   * Documents sent to a worker in one message (default 16; a batch also closes once it holds
   * 1 MiB of text). At most 2 × workers batches are read ahead of the consumer.
   */
  batchSize?: number;
  /**
   * Largest JavaScript heap of each worker thread, in MB (default 512). A stated limit also makes
   * V8 collect garbage sooner, which keeps a long stream's memory flat; a document that needs
   * more than this in a worker yields a `'worker-failed'` error item (raise it for documents of
   * tens of megabytes).
   */
  workerHeapMb?: number;
}

/** Why one document gave no extraction: the code and message of the error it raised. */
export interface StreamError {
  /** A stable code: `'invalid-input'`, `'input-too-large'`, `'worker-failed'` … */
  code: string;
  /** What was wrong, for a person. */
  message: string;
}

/** One result, in input order: either the extraction or the error that document raised. */
export type StreamResult =
  | {
      /** Position of the document in the source, from 0. */
      index: number;
      /** The document as the source gave it (other fields untouched). */
      document: string | StreamDocument;
      /** Its structure and facts. */
      result: Extraction;
    }
  | {
      /** Position of the document in the source, from 0. */
      index: number;
      /** The document as the source gave it (other fields untouched). */
      document: string | StreamDocument;
      /** Why it gave no extraction. */
      error: StreamError;
    };
