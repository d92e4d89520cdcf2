import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SENTENCE_WINDOW, sentenceWindows, extract } from '../../src/extract/extractor.js';

describe('sentenceWindows', () => {
  it('keeps a sentence that fits as it is', () => {
    const text = 'Toàn tỉnh kết nạp 1.234 đảng viên mới.';
    expect(sentenceWindows(text, { start: 0, end: text.length })).toEqual([{ start: 0, end: text.length }]);
  });

  it('cuts a long run after a clause break, never between the digits of a number', () => {
    const item = 'xã Mường Phăng có 1,5 km đường, ';
    const text = item.repeat(200);
    const windows = sentenceWindows(text, { start: 0, end: text.length });
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows) {
      expect(w.end - w.start).toBeLessThanOrEqual(MAX_SENTENCE_WINDOW);
      expect(text.slice(w.start, w.end)).toMatch(/^xã .*, ?$|^xã .*km đường,?$/);
    }
  });

  it('covers the sentence in order, without overlap, and cuts an unbroken run at the window size', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', ',', ';', ' ', '.'), minLength: 1, maxLength: 9_000 }), (text) => {
        const windows = sentenceWindows(text, { start: 0, end: text.length });
        let at = 0;
        for (const w of windows) {
          expect(w.start).toBeGreaterThanOrEqual(at);
          expect(text.slice(at, w.start).trim()).toBe('');
          expect(w.end).toBeGreaterThan(w.start);
          expect(w.end - w.start).toBeLessThanOrEqual(MAX_SENTENCE_WINDOW);
          at = w.end;
        }
        expect(text.slice(at).trim()).toBe('');
      }),
      { numRuns: 200 },
    );
  });

  it('extract reads the figures of a run far longer than any sentence, each with its own window as sentence', () => {
    const text = 'Toàn huyện có ' + 'xã Mường Phăng 12 thôn, '.repeat(400) + 'và 3 bản.';
    const { facts } = extract(text);
    const counts = facts.filter((f) => f.kind === 'count');
    expect(counts.length).toBeGreaterThanOrEqual(400);
    for (const f of counts) expect(f.sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE_WINDOW);
  });
});
