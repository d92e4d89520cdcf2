import { describe, expect, it } from 'vitest';
import { nextAnchor } from '../../src/numerals/anchors.js';

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
