import { describe, expect, it } from 'vitest';
import { TokenStream } from '../../src/numerals/tokens.js';

describe('TokenStream word tokens', () => {
  it('reads a word to its end, lower-cased for lookup, with its case kept', () => {
    const ts = new TokenStream('Hai người, HAI xã', 0);
    expect(ts.at(0)).toMatchObject({ type: 'word', start: 0, end: 3, spaced: false, text: 'Hai', lower: 'hai', capitalized: true });
    expect(ts.at(1)).toMatchObject({ type: 'word', start: 4, end: 9, spaced: true, text: 'người', lower: 'người', capitalized: false });
    expect(ts.at(2)).toMatchObject({ type: 'symbol', text: ',' });
    expect(ts.at(3)).toMatchObject({ text: 'HAI', lower: 'hai', capitalized: true });
    expect(ts.at(4)).toMatchObject({ text: 'xã', lower: 'xã', end: 17 });
    expect(ts.at(5)).toBeUndefined();
  });

  it('makes tokens of every type with the same fields, in the same order', () => {
    const ts = new TokenStream('Có 1.250,5 người; 2K', 0);
    const tokens = [0, 1, 2, 3, 4, 5].map((k) => ts.at(k));
    expect(tokens.map((t) => t?.type)).toEqual(['word', 'number', 'word', 'symbol', 'number', undefined]);
    const keys = tokens.slice(0, 5).map((t) => Object.keys(t ?? {}).join(','));
    expect(new Set(keys)).toEqual(new Set(['type,start,end,spaced,text,lower,capitalized,number,glued']));
    // a digit reading has its suffix field with or without a suffix
    const numbers = [tokens[1], tokens[4]].map((t) => (t?.type === 'number' ? t.number : undefined));
    expect(numbers.map((n) => n && Object.keys(n).join(','))).toEqual(['value,end,raw,hasFraction,grouped,suffix', 'value,end,raw,hasFraction,grouped,suffix']);
    expect(numbers.map((n) => n?.suffix)).toEqual([undefined, 'K']);
  });

  it('keeps combining marks in the word', () => {
    expect(new TokenStream('ba\u0301o cáo', 0).at(0)).toMatchObject({ text: 'ba\u0301o', end: 4 });
  });

  it('reads letters outside the Basic Multilingual Plane whole, and stops at other characters there', () => {
    const ts = new TokenStream('a𝐀B 😀', 0);
    expect(ts.at(0)).toMatchObject({ type: 'word', text: 'a𝐀B', lower: 'a𝐀b', end: 4 });
    expect(ts.at(1)).toMatchObject({ type: 'symbol', text: '😀' });
    expect(new TokenStream('𝐀b', 0).at(0)).toMatchObject({ text: '𝐀b', capitalized: true });
  });
});
