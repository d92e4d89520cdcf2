/**
 * extractStream: extract over a stream of documents, in the calling thread or on a pool of
 * worker threads, results in input order, reading the source only as fast as it is consumed.
 * @module
 */
import type { StreamDocument, StreamOptions, StreamResult } from './types.js';
import type { ResolvedStreamOptions } from './options.js';
import type { PreparedDocument } from './documents.js';
import type { BatchSettlement } from './pool.js';
import type { JobOutcome } from './protocol.js';
import { extract } from '../extract/extractor.js';
import { SolieuError } from '../errors.js';
import { resolveStreamOptions, BATCH_TEXT_LIMIT } from './options.js';
import { prepareDocument, toStreamError } from './documents.js';
import { WorkerPool } from './pool.js';

/** What extractStream reads. */
export type StreamSource = AsyncIterable<string | StreamDocument> | Iterable<string | StreamDocument>;

/** How the pooled stream is run; tests point it at another worker module and watch the pool. */
export interface PoolSetup {
  /** The worker module. */
  workerScript: URL;
  /** Called with the pool once it exists. */
  onPool?: (pool: WorkerPool) => void;
}

/** The compiled worker beside this module (`dist/stream/worker.js`). */
export function defaultWorkerScript(): URL {
  return new URL('./worker.js', import.meta.url);
}

/**
 * Extracts every document of `source` and yields one result per document, in input order:
 * `{ index, document, result }`, or `{ index, document, error: { code, message } }` when that
 * document is bad (not a string, too large …); the stream goes on after an error. With
 * `workers: N > 1` the extraction runs on N worker threads; at most 2 × N batches are read ahead
 * of the consumer, and the workers stop when the consumer stops early or the source throws (the
 * source's error is rethrown after the results before it). Options are checked at once: a bad one
 * throws a SolieuError.
 *
 * @example
 * ```ts
 * for await (const item of extractStream(readArticles(), { workers: 2 })) {
 *   if ('error' in item) console.error(item.index, item.error.message);
 *   else console.log(item.result.facts.length);
 * }
 * ```
 */
export function extractStream(source: StreamSource, options?: StreamOptions): AsyncGenerator<StreamResult> {
  return extractStreamWith(source, options, { workerScript: defaultWorkerScript() });
}

/** extractStream with the worker module and a pool observer given. */
export function extractStreamWith(source: StreamSource, options: StreamOptions | undefined, setup: PoolSetup): AsyncGenerator<StreamResult> {
  checkSource(source);
  const resolved = resolveStreamOptions(options);
  return resolved.workers === 1 ? inThisThread(source, resolved) : onWorkers(source, resolved, setup);
}

/** Throws unless `source` is a (sync or async) iterable other than a string. */
function checkSource(source: unknown): asserts source is StreamSource {
  const iterable =
    source !== null &&
    typeof source === 'object' &&
    (typeof (source as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' || typeof (source as Iterable<unknown>)[Symbol.iterator] === 'function');
  if (!iterable) {
    const what = typeof source === 'string' ? 'a string (wrap a single document in an array)' : source === null ? 'null' : typeof source;
    throw new SolieuError('invalid-input', `extractStream: the source must be an iterable or async iterable of documents, got ${what}`);
  }
}

/** One result item: the document with its extraction or its error. */
function item(index: number, document: unknown, outcome: JobOutcome): StreamResult {
  const doc = document as string | StreamDocument;
  return 'error' in outcome ? { index, document: doc, error: outcome.error } : { index, document: doc, result: outcome.result };
}

/** workers = 1: each document is extracted when the consumer asks for it. */
async function* inThisThread(source: StreamSource, options: ResolvedStreamOptions): AsyncGenerator<StreamResult> {
  let index = 0;
  for await (const document of source) {
    const at = index++;
    const prepared = prepareDocument(document, at, options);
    if ('error' in prepared) {
      yield item(at, document, prepared);
      continue;
    }
    const { text, format, maxLength } = prepared.job;
    let outcome: JobOutcome;
    try {
      outcome = { result: extract(text, maxLength === undefined ? { format } : { format, maxLength }) };
    } catch (err) {
      outcome = { error: toStreamError(err) };
    }
    yield item(at, document, outcome);
  }
}

/** A batch read from the source: its documents and, once sent, the promise of their outcomes. */
interface Batch {
  /** The documents with their index and preparation. */
  entries: { index: number; document: unknown; prepared: PreparedDocument }[];
  /** The outcomes of the documents that went to a worker, in order. */
  settled: Promise<BatchSettlement>;
}

/** workers > 1: batches go to the pool; at most 2 × workers batches are pending at any time. */
async function* onWorkers(source: StreamSource, options: ResolvedStreamOptions, setup: PoolSetup): AsyncGenerator<StreamResult> {
  const pool = new WorkerPool(setup.workerScript, options.workers, options.workerHeapMb);
  setup.onPool?.(pool);
  const iterator =
    Symbol.asyncIterator in source ? (source as AsyncIterable<unknown>)[Symbol.asyncIterator]() : (source as Iterable<unknown>)[Symbol.iterator]();
  const maxPending = 2 * options.workers;
  const pending: Batch[] = [];
  let index = 0;
  let finished = false;
  let sourceFailure: { error: unknown } | undefined;

  /** Reads one batch from the source and sends it, or returns undefined at the end of the source. */
  const readBatch = async (): Promise<Batch | undefined> => {
    const entries: Batch['entries'] = [];
    const jobs = [];
    let chars = 0;
    while (!finished && entries.length < options.batchSize && chars < BATCH_TEXT_LIMIT) {
      let step: IteratorResult<unknown>;
      try {
        step = await iterator.next();
      } catch (error) {
        finished = true;
        sourceFailure = { error };
        break;
      }
      if (step.done) {
        finished = true;
        break;
      }
      const at = index++;
      const prepared = prepareDocument(step.value, at, options);
      entries.push({ index: at, document: step.value, prepared });
      if ('job' in prepared) {
        jobs.push(prepared.job);
        chars += prepared.job.text.length;
      }
    }
    if (entries.length === 0) return undefined;
    return { entries, settled: jobs.length > 0 ? pool.run(jobs) : Promise.resolve({ outcomes: [] }) };
  };

  try {
    for (;;) {
      while (!finished && pending.length < maxPending) {
        const batch = await readBatch();
        if (batch) pending.push(batch);
      }
      const head = pending.shift();
      if (!head) break;
      const settlement = await head.settled;
      if ('fatal' in settlement) throw settlement.fatal;
      let next = 0;
      for (const entry of head.entries) {
        const outcome = 'error' in entry.prepared ? entry.prepared : settlement.outcomes[next++];
        yield item(entry.index, entry.document, outcome ?? { error: { code: 'worker-failed', message: 'extractStream: a worker returned too few results' } });
      }
    }
    if (sourceFailure) throw sourceFailure.error;
  } finally {
    await pool.close();
    if (!finished) await iterator.return?.();
  }
}
