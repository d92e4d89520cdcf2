import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractStreamWith } from '../../src/stream/extract-stream.js';
import type { WorkerPool } from '../../src/stream/pool.js';
import type { StreamDocument, StreamResult } from '../../src/stream/index.js';
import { corpusDocuments } from './fixtures/corpus.js';
import { countingSource } from './fixtures/sources.js';

// Worker threads run compiled JavaScript, so these tests use the build in dist/ (CI builds before
// it tests; locally, run `npm run build` first). Results are compared with dist's own extract, so
// a build older than the sources cannot make them disagree.
const distIndex = new URL('../../dist/index.js', import.meta.url);
const distWorker = new URL('../../dist/stream/worker.js', import.meta.url);
const built = existsSync(fileURLToPath(distWorker));

/** The public API as built. */
type Built = typeof import('../../src/index.js');

/** Everything a stream yields. */
async function collect(items: AsyncIterable<StreamResult>): Promise<StreamResult[]> {
  const out: StreamResult[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe.skipIf(!built)('extractStream on worker threads (dist/)', () => {
  it.each([1, 2])('gives what extract gives for every corpus bulletin, in input order, with %i worker(s)', async (workers) => {
    const solieu = (await import(distIndex.href)) as Built;
    const docs = corpusDocuments();
    const results = await collect(solieu.extractStream(docs.map((d) => ({ text: d.text, file: d.file })), { workers, batchSize: 3 }));
    expect(results.map((r) => r.index)).toEqual(docs.map((_, i) => i));
    results.forEach((r, i) => {
      expect('error' in r ? r.error : undefined).toBeUndefined();
      expect('result' in r && r.result).toEqual(solieu.extract(docs[i]!.text));
      expect((r.document as StreamDocument).file).toBe(docs[i]!.file);
    });
  });

  it('reports each bad document in place and reads the rest', async () => {
    const solieu = (await import(distIndex.href)) as Built;
    const good = 'Năm 2023, toàn tỉnh kết nạp 1.250 đảng viên mới.';
    const docs = [good, { text: 3 }, 'x'.repeat(2000), { text: good, id: 9 }];
    const results = await collect(solieu.extractStream(docs as string[], { workers: 2, batchSize: 1, maxLength: 1000 }));
    expect(results.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(['ok', 'invalid-input', 'input-too-large', 'ok']);
    expect('result' in results[3]! && results[3].result).toEqual(solieu.extract(good));
    expect(results[3]!.document).toBe(docs[3]);
  });

  it('turns a document that overflows the worker heap into an error item, and goes on', async () => {
    const solieu = (await import(distIndex.href)) as Built;
    const bulletin = corpusDocuments()[0]!.text;
    const huge = bulletin.repeat(Math.ceil(3_000_000 / bulletin.length));
    const docs = ['Có 5 xã.', huge, 'Có 7 thôn.'];
    const results = await collect(solieu.extractStream(docs, { workers: 2, batchSize: 1, workerHeapMb: 40 }));
    expect(results.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(['ok', 'worker-failed', 'ok']);
    expect('error' in results[1]! && results[1].error.message).toMatch(/memory/);
  });

  it('stops the real workers when the consumer breaks early', async () => {
    let pool: WorkerPool | undefined;
    const texts = corpusDocuments().map((d) => d.text);
    const source = countingSource(1000, (i) => texts[i % texts.length]!);
    const items = extractStreamWith(source, { workers: 2, batchSize: 2 }, { workerScript: distWorker, onPool: (p) => (pool = p) });
    let seen = 0;
    for await (const item of items) {
      expect('result' in item).toBe(true);
      if (++seen === 5) break;
    }
    expect(pool?.liveWorkers).toBe(0);
    expect(source.closed).toBe(true);
    expect(source.pulled).toBeLessThanOrEqual(5 * 2 * 2 + 2);
  });
});
