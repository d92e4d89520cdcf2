import { describe, expect, it } from 'vitest';
import { extractStream } from '../../src/stream/index.js';
import { extract } from '../../src/extract/extractor.js';
import type { StreamDocument, StreamResult } from '../../src/stream/index.js';
import { corpusDocuments } from './fixtures/corpus.js';
import { countingSource } from './fixtures/sources.js';

/** Everything a stream yields. */
async function collect(stream: AsyncIterable<StreamResult>): Promise<StreamResult[]> {
  const out: StreamResult[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

describe('extractStream in the calling thread', () => {
  it('gives what extract gives for every corpus bulletin, in input order', async () => {
    const docs = corpusDocuments();
    const results = await collect(extractStream(docs.map((d) => ({ text: d.text, file: d.file }))));
    expect(results.map((r) => r.index)).toEqual(docs.map((_, i) => i));
    results.forEach((r, i) => {
      expect('result' in r && r.result).toEqual(extract(docs[i]!.text));
      expect((r.document as StreamDocument).file).toBe(docs[i]!.file);
    });
  });

  it('reads an async source and plain strings the same way', async () => {
    const texts = corpusDocuments().slice(0, 3).map((d) => d.text);
    const fromArray = await collect(extractStream(texts));
    const fromAsync = await collect(extractStream((async function* () { yield* texts; })()));
    expect(fromAsync).toEqual(fromArray);
    expect(fromArray[0]!.document).toBe(texts[0]);
  });

  it('yields an error item for each bad document and goes on', async () => {
    const good = 'Toàn tỉnh có 120 chi bộ.';
    const other = { text: good, id: 'x-1', tags: ['a'] };
    const docs = [good, 42, { text: 7 }, { body: good }, { text: good, format: 'pdf' }, 'x'.repeat(101), other, null];
    const results = await collect(extractStream(docs as (string | StreamDocument)[], { maxLength: 100 }));
    const codes = results.map((r) => ('error' in r ? r.error.code : 'ok'));
    expect(codes).toEqual(['ok', 'invalid-input', 'invalid-input', 'invalid-input', 'invalid-input', 'input-too-large', 'ok', 'invalid-input']);
    expect(results.map((r) => r.index)).toEqual(docs.map((_, i) => i));
    expect(results[6]!.document).toBe(other);
    const tooLarge = results[5]!;
    expect('error' in tooLarge && tooLarge.error.message).toMatch(/document 5.*101 characters, more than the maximum of 100/);
    expect('result' in results[0]! && results[0].result).toEqual(extract(good));
  });

  it('honours a per-document format over the stream-wide one', async () => {
    const html = '<p>Có 5 xã.</p>';
    const [asText, asHtml] = await collect(extractStream([html, { text: html, format: 'html' }], { format: 'text' }));
    expect('result' in asText! && asText.result.article.format).toBe('text');
    expect('result' in asHtml! && asHtml.result.article.format).toBe('html');
  });

  it('reads the source only as far as it is consumed, and closes it on an early break', async () => {
    const source = countingSource(1000, (i) => `Xã ${i} có ${i + 1} thôn.`);
    let seen = 0;
    for await (const item of extractStream(source)) {
      expect(item.index).toBe(seen);
      if (++seen === 5) break;
    }
    expect(source.pulled).toBe(5);
    expect(source.closed).toBe(true);
  });

  it('rethrows the error of a failing source after the documents before it', async () => {
    const source = countingSource(10, (i) => `Có ${i} xã.`, 3);
    const seen: number[] = [];
    await expect(async () => {
      for await (const item of extractStream(source)) seen.push(item.index);
    }).rejects.toThrow('the source broke');
    expect(seen).toEqual([0, 1, 2]);
  });
});
