import { describe, expect, it } from 'vitest';
import { extractStream } from '../../src/stream/index.js';
import { SolieuError } from '../../src/errors.js';
import type { StreamOptions, StreamSource } from '../../src/stream/index.js';

/** The error extractStream throws for these arguments, or undefined. */
function thrown(source: unknown, options?: unknown): SolieuError | undefined {
  try {
    extractStream(source as StreamSource, options as StreamOptions);
  } catch (err) {
    return err as SolieuError;
  }
  return undefined;
}

describe('extractStream options', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2', null])('rejects workers = %s at once with a SolieuError', (workers) => {
    const err = thrown([], { workers });
    expect(err).toBeInstanceOf(SolieuError);
    expect(err?.code).toBe('invalid-option');
    expect(err?.message).toMatch(/options\.workers must be a positive integer/);
  });

  it('rejects a bad batch size, format, maxLength or options value', () => {
    expect(thrown([], { batchSize: 0 })?.message).toMatch(/options\.batchSize/);
    expect(thrown([], { workerHeapMb: 0.5 })?.message).toMatch(/options\.workerHeapMb must be a positive integer/);
    expect(thrown([], { format: 'pdf' })?.message).toMatch(/options\.format must be one of auto, text, markdown, html/);
    expect(thrown([], { maxLength: -5 })?.message).toMatch(/options\.maxLength/);
    expect(thrown([], 'fast')?.message).toMatch(/options must be an object/);
  });

  it('rejects a source that is not an iterable of documents, a single string included', () => {
    for (const source of ['một bài báo', null, 42, {}]) {
      const err = thrown(source);
      expect(err).toBeInstanceOf(SolieuError);
      expect(err?.code).toBe('invalid-input');
    }
    expect(thrown('một bài báo')?.message).toMatch(/wrap a single document in an array/);
  });

  it('accepts good options and every kind of iterable', () => {
    expect(thrown([], { workers: 1, batchSize: 3, format: 'text', maxLength: 10, workerHeapMb: 256 })).toBeUndefined();
    expect(thrown(new Set(['a']))).toBeUndefined();
    expect(thrown((async function* () {})())).toBeUndefined();
  });
});
