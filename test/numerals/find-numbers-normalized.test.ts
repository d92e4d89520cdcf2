import { describe, expect, it } from 'vitest';
import { findNumbers, findNumbersInNormalized } from '../../src/numerals/find-numbers.js';
import { normalizeView } from '../../src/text/normalize.js';
import { InvalidInputError } from '../../src/errors.js';

/** Sentences that are their own normalized view. */
const NORMALIZED = [
  'Năm 2020, hơn 1.250 người (khoảng 35,5%) nhận 2-3 triệu đồng; thứ Hai, ngày 5/8.',
  'Có hai mươi lăm xã, ba phần tư số hộ và từ 10 đến 15 tỷ đồng trở lên.',
  'Đại hội XIII, lần thứ chín, US$ 2 triệu, âm 5 độ, không phẩy năm.',
  '',
];

describe('findNumbersInNormalized', () => {
  it('finds what findNumbers finds in a normalized text, with the same spans', () => {
    for (const text of NORMALIZED) {
      expect(normalizeView(text).text).toBe(text);
      expect(findNumbersInNormalized(text)).toEqual(findNumbers(text));
    }
  });

  it('gives mentions of one shape, every optional field present, and the JSON of findNumbers', () => {
    const mentions = NORMALIZED.flatMap((text) => findNumbersInNormalized(text));
    const keys = mentions.map((m) => Object.keys(m).join(','));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe('kind,value,span,max,approx,unit,currency,numerator,denominator');
    // some mention leaves a field out in findNumbers, and its JSON is the same all the same
    expect(NORMALIZED.flatMap((text) => findNumbers(text)).some((m) => Object.keys(m).length < 9)).toBe(true);
    for (const text of NORMALIZED) expect(JSON.stringify(findNumbersInNormalized(text))).toBe(JSON.stringify(findNumbers(text)));
  });

  it('rejects what is not a string', () => {
    expect(() => findNumbersInNormalized(5 as unknown as string)).toThrow(InvalidInputError);
  });
});
