import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextAnchor, nextAnchorInRuns, type Anchor, type RunCursor } from '../../src/numerals/anchors.js';
import { wordIndexOf } from '../../src/tagging/word-index.js';

/** Every anchor of `text`, as the scan finds them one after another: start and text. */
function anchorsOf(text: string): [number, string][] {
  const out: [number, string][] = [];
  let from = 0;
  for (;;) {
    const a = nextAnchor(text, from);
    if (!a) return out;
    out.push([a.start, a.text]);
    from = a.start + a.text.length;
  }
}

describe('nextAnchor', () => {
  it('finds number words in their three cases, and only whole words', () => {
    expect(anchorsOf('Hai người, HAI xã và hai huyện; khai thác, bao nhiêu, thức ăn')).toEqual([
      [0, 'Hai'],
      [11, 'HAI'],
      [21, 'hai'],
    ]);
  });

  it('finds a number word at the very end of the text and an ordinal phrase', () => {
    expect(anchorsOf('lần đầu tiên có ba')).toEqual([
      [4, 'đầu tiên'],
      [16, 'ba'],
    ]);
    expect(anchorsOf('đầu năm')).toEqual([[4, 'năm']]);
  });

  it('finds digits, signs and currency signs at a word start only', () => {
    expect(anchorsOf('H5N1 có 5 ca, -3 độ, ,5 và US$ 2 triệu, $7')).toEqual([
      [8, '5'],
      [14, '-3'],
      [21, ',5'],
      [27, 'US$'],
      [31, '2'],
      [40, '$'],
      [41, '7'],
    ]);
  });

  it('finds runs of Roman-numeral letters that make a whole word', () => {
    expect(anchorsOf('khóa XII, Đại hội XIII, Công ty CMC, MIX, V.')).toEqual([
      [5, 'XII'],
      [18, 'XIII'],
      [32, 'CMC'],
      [37, 'MIX'],
      [42, 'V'],
    ]);
  });

  it('reads a word to its end before testing it, from a position inside a word too', () => {
    expect(nextAnchor('thứ ba', 1)?.text).toBe('ba');
    expect(nextAnchor('thứ ba', 0)?.lower).toBe('thứ');
    expect(nextAnchor('Một', 0)?.lower).toBe('một');
  });
});

/** The anchors the scan finds from each position of `steps` in turn (each past the last anchor or the step, as findNumbers resumes). */
function scanFrom(text: string, steps: readonly number[], next: (from: number) => Anchor | undefined): (Anchor | undefined)[] {
  const out: (Anchor | undefined)[] = [];
  let from = 0;
  for (const step of steps) {
    const a = next(from);
    out.push(a);
    from = Math.max(from + step, (a?.start ?? text.length) + 1);
  }
  return out;
}

describe('nextAnchorInRuns', () => {
  const pieces = [
    'hai', 'Hai', 'HAI', 'thứ', 'Thứ', 'đầu tiên', 'năm', 'mười', 'khai', 'bao', 'XII', 'CMC', 'V', 'MIX', 'âm',
    '5', '12', '1.250', '-3', ',5', 'US$', '$', '€', 'H5N1', 'COVID-19', 'xã', 'người', 'e\u0301', '𝐀', '\uD800',
    ' ', '  ', ', ', '. ', '-', '(', ')', '/', '\n',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

  it('finds the anchors nextAnchor finds, from any sequence of positions (property)', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 30 }), (body, steps) => {
        // long enough to be indexed
        const text = `${body} ${'x'.repeat(64)}`;
        const index = wordIndexOf(text);
        if (!index) return;
        const cursor: RunCursor = { run: 0 };
        expect(scanFrom(text, steps, (from) => nextAnchorInRuns(text, from, index, cursor))).toEqual(scanFrom(text, steps, (from) => nextAnchor(text, from)));
      }),
      { numRuns: 2000 },
    );
  });
});
