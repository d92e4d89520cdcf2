import { describe, expect, it } from 'vitest';
import { NumberRangeError, formatNumber, toWords } from '../../src/numerals/index.js';
import { SolieuError } from '../../src/errors.js';

describe('toWords', () => {
  it.each<[number, string]>([
    [0, 'không'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [1001, 'một nghìn linh một'],
    [1050003, 'một triệu năm mươi nghìn linh ba'],
    [-25, 'âm hai mươi lăm'],
  ])('%d → %s', (n, words) => {
    expect(toWords(n)).toBe(words);
  });
  it('throws a typed range error for what it cannot write', () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, '5' as unknown as number]) {
      expect(() => toWords(bad)).toThrow(NumberRangeError);
      expect(() => toWords(bad)).toThrow(SolieuError);
    }
  });
});

describe('formatNumber', () => {
  it('prints Vietnamese style', () => {
    expect(formatNumber(4568)).toBe('4.568');
    expect(formatNumber(1250000.5)).toBe('1.250.000,5');
    expect(formatNumber(-0.25)).toBe('-0,25');
    expect(formatNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumber(2.5, { decimals: 2 })).toBe('2,50');
  });
});
