import { describe, expect, it } from 'vitest';
import { extractStreamWith } from '../../src/stream/extract-stream.js';
import type { PoolSetup } from '../../src/stream/extract-stream.js';
import type { WorkerPool } from '../../src/stream/pool.js';
import type { StreamResult, StreamOptions, StreamSource } from '../../src/stream/index.js';
import { SolieuError } from '../../src/errors.js';
import { countingSource } from './fixtures/sources.js';

// The pool's mechanics, with a stand-in worker that needs no build (see fixtures/echo-worker.mjs:
// a text is '<delay ms>|<label>' and comes back as an extraction titled with the label).
const echoWorker = new URL('./fixtures/echo-worker.mjs', import.meta.url);

/** A stream on the echo worker, with the pool it made. */
function stream(source: StreamSource, options: StreamOptions, script: URL = echoWorker): { items: AsyncGenerator<StreamResult>; pool: () => WorkerPool } {
  let made: WorkerPool | undefined;
  const setup: PoolSetup = { workerScript: script, onPool: (p) => (made = p) };
  const items = extractStreamWith(source, options, setup);
  return { items, pool: () => made as WorkerPool };
}

/** The label an item came back with, or its error code. */
function label(item: StreamResult): string {
  return 'error' in item ? `!${item.error.code}` : (item.result.article.title ?? '');
}

/** Everything a stream yields. */
async function collect(items: AsyncIterable<StreamResult>): Promise<StreamResult[]> {
  const out: StreamResult[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('extractStream on a worker pool', () => {
  it('keeps input order when later batches finish first, and stops its workers at the end', async () => {
    // Early documents are slow, later ones fast: batches complete out of order.
    const docs = Array.from({ length: 40 }, (_, i) => `${i < 8 ? 30 : 0}|doc${i}`);
    const { items, pool } = stream(docs, { workers: 2, batchSize: 3 });
    const results = await collect(items);
    expect(results.map(label)).toEqual(docs.map((_, i) => `doc${i}`));
    expect(results.map((r) => r.index)).toEqual(docs.map((_, i) => i));
    expect(pool().started).toBe(2);
    expect(pool().liveWorkers).toBe(0);
  });

  it('mixes error items of bad documents, of the worker and of a crashed worker into the order, and goes on', async () => {
    const docs = ['0|a', 5, '0|FAIL', 'x'.repeat(50), '0|b', '0|CRASH', '0|c', '0|d', '0|e'];
    const { items, pool } = stream(docs as string[], { workers: 2, batchSize: 2, maxLength: 40 });
    const results = await collect(items);
    // Batches: [a, 5] [FAIL, xxx] [b, CRASH] [c, d] [e]; the crash takes 'b' down with it.
    expect(results.map(label)).toEqual(['a', '!invalid-input', '!test-failure', '!input-too-large', '!worker-failed', '!worker-failed', 'c', 'd', 'e']);
    expect(pool().liveWorkers).toBe(0);
  });

  it('hands the batch waiting behind a crashed one back to the queue instead of failing it', async () => {
    // batchSize 1: 'a' (slow) goes to one worker, 'CRASH' to the other; each worker then holds a
    // second batch ('b', 'c') waiting behind the first. Only the crashed batch fails.
    const docs = ['100|a', '0|CRASH', '0|b', '0|c', '0|d'];
    const { items, pool } = stream(docs, { workers: 2, batchSize: 1 });
    const results = await collect(items);
    expect(results.map(label)).toEqual(['a', '!worker-failed', 'b', 'c', 'd']);
    expect(pool().started).toBe(3);
    expect(pool().liveWorkers).toBe(0);
  });

  it('pulls at most 2 × workers batches ahead of the consumer (backpressure)', async () => {
    const workers = 2;
    const batchSize = 4;
    const source = countingSource(10_000, (i) => `0|doc${i}`);
    const { items } = stream(source, { workers, batchSize });
    let consumed = 0;
    let furthestAhead = 0;
    for await (const item of items) {
      expect(label(item)).toBe(`doc${consumed}`);
      consumed++;
      furthestAhead = Math.max(furthestAhead, source.pulled - consumed);
      if (consumed === 200) break;
    }
    expect(furthestAhead).toBeLessThanOrEqual((2 * workers + 1) * batchSize);
    expect(source.pulled).toBeLessThan(300);
  });

  it('terminates its workers and closes the source when the consumer breaks early', async () => {
    const source = countingSource(10_000, (i) => `5|doc${i}`);
    const { items, pool } = stream(source, { workers: 2, batchSize: 2 });
    let seen = 0;
    for await (const item of items) {
      expect(item.index).toBe(seen);
      if (++seen === 3) break;
    }
    expect(pool().liveWorkers).toBe(0);
    expect(source.closed).toBe(true);
  });

  it('terminates its workers when the consumer calls return()', async () => {
    const { items, pool } = stream(countingSource(100, (i) => `5|doc${i}`), { workers: 2, batchSize: 1 });
    expect(label((await items.next()).value as StreamResult)).toBe('doc0');
    expect(pool().liveWorkers).toBe(2);
    await items.return(undefined);
    expect(pool().liveWorkers).toBe(0);
    expect((await items.next()).done).toBe(true);
  });

  it('yields what came before a failing source, then rethrows its error with the workers stopped', async () => {
    const source = countingSource(100, (i) => `0|doc${i}`, 7);
    const { items, pool } = stream(source, { workers: 2, batchSize: 2 });
    const seen: string[] = [];
    await expect(async () => {
      for await (const item of items) seen.push(label(item));
    }).rejects.toThrow('the source broke');
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `doc${i}`));
    expect(pool().liveWorkers).toBe(0);
  });

  it('fails the stream with a SolieuError when the worker module cannot start', async () => {
    const broken = new URL('./fixtures/broken-worker.mjs', import.meta.url);
    const { items, pool } = stream(['0|a', '0|b', '0|c'], { workers: 2, batchSize: 1 }, broken);
    const err = await collect(items).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SolieuError);
    expect((err as SolieuError).code).toBe('worker-failed');
    expect((err as SolieuError).message).toMatch(/could not start a worker from .*broken-worker\.mjs: .*cannot start/);
    expect(pool().liveWorkers).toBe(0);
  });

  it('settles a batch running on a healthy worker when another worker cannot start (no hang)', async () => {
    // one of the two workers loads, takes a slow batch and is still busy when the other fails to load
    const halfBroken = new URL('./fixtures/half-broken-worker.mjs', import.meta.url);
    const { items, pool } = stream(['300|a', '300|b', '0|c', '0|d'], { workers: 2, batchSize: 1 }, halfBroken);
    const err = await collect(items).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SolieuError);
    expect((err as SolieuError).code).toBe('worker-failed');
    expect(pool().liveWorkers).toBe(0);
  }, 20_000);
});
