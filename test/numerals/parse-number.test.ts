import { describe, expect, it } from 'vitest';
import { parseNumber, parseOrdinal } from '../../src/numerals/index.js';
import { InvalidInputError } from '../../src/errors.js';

describe('parseNumber', () => {
  it.each<[string, number]>([
    ['4.568', 4568],
    ['1.250.000', 1_250_000],
    ['2,5', 2.5],
    ['0,5', 0.5],
    ['1.250,75', 1250.75],
    ['452,125 tỷ', 452_125_000_000],
    ['07', 7],
    ['-5', -5],
    ['âm 5', -5],
    ['trừ 5', -5],
    ['1,250,000', 1_250_000],
    ['2.5 triệu', 2_500_000],
    ['1tr2', 1_200_000],
    ['2t3', 2_300_000_000],
    ['100K', 100_000],
    ['1,2M', 1_200_000],
    [',77', 0.77],
    [',0012G', 1_200_000],
    ['1,2 triệu', 1_200_000],
    ['2 triệu 500 nghìn', 2_500_000],
    ['1.200 tỷ', 1_200_000_000_000],
    ['hai tỷ ba trăm triệu', 2_300_000_000],
    ['hai mươi mốt', 21],
    ['hai mốt', 21],
    ['bốn ba', 43],
    ['một trăm hai', 120],
    ['năm trăm tư', 540],
    ['một ngàn chín', 1900],
    ['một ngàn mốt', 1100],
    ['một triệu hai', 1_200_000],
    ['mười triệu tư', 10_400_000],
    ['hai triệu mười', 2_000_010],
    ['tám trăm rưỡi', 850],
    ['một tỷ rưỡi', 1_500_000_000],
    ['hai mươi chấm tư', 20.4],
    ['trăm', 100],
    ['hai chục', 20],
    ['một trăm linh năm', 105],
    ['bảy mươi lăm', 75],
    ['25,3%', 25.3],
    ['112%', 112],
    ['hai mươi lăm phần trăm', 25],
    ['3,5 tỷ đồng', 3_500_000_000],
    ['XII', 12],
    ['1/4', 0.25],
    ['ba phần tư', 0.75],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
  it('returns undefined for what is not one numeral', () => {
    for (const t of ['', 'garbage', 'ba nghìn năm', 'ba năm', 'tư', 'mốt', '1.2.3', 'H5N1', 'hai ba bốn năm', '5 triệu 3 triệu', 'một số']) {
      expect(parseNumber(t), t).toBeUndefined();
    }
  });
  it('takes no built-in object property for a number word', () => {
    for (const t of ['hai constructor', 'một phẩy constructor']) expect(parseNumber(t), t).toBeUndefined();
  });
  it('throws InvalidInputError for a non-string', () => {
    expect(() => parseNumber(5 as unknown as string)).toThrow(InvalidInputError);
    expect(() => parseNumber(undefined as unknown as string)).toThrow(InvalidInputError);
  });
});

describe('parseOrdinal', () => {
  it.each<[string, number]>([
    ['đầu tiên', 1],
    ['thứ nhất', 1],
    ['thứ 1', 1],
    ['thứ nhì', 2],
    ['thứ tư', 4],
    ['thứ mười ba', 13],
    ['thứ XII', 12],
  ])('%s → %d', (text, value) => {
    expect(parseOrdinal(text)).toBe(value);
  });
  it('returns undefined for a cardinal', () => {
    expect(parseOrdinal('ba')).toBeUndefined();
  });
  it('takes no built-in object property for an ordinal word or phrase', () => {
    for (const t of ['constructor', 'thứ constructor']) expect(parseOrdinal(t), t).toBeUndefined();
  });
});
