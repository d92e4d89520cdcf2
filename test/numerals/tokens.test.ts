import { describe, expect, it } from 'vitest';
import { TokenStream } from '../../src/numerals/tokens.js';

describe('TokenStream word tokens', () => {
  it('reads a word to its end, lower-cased for lookup, with its case kept', () => {
    const ts = new TokenStream('Hai người, HAI xã', 0);
    expect(ts.at(0)).toEqual({ type: 'word', start: 0, end: 3, spaced: false, text: 'Hai', lower: 'hai', capitalized: true });
    expect(ts.at(1)).toEqual({ type: 'word', start: 4, end: 9, spaced: true, text: 'người', lower: 'người', capitalized: false });
    expect(ts.at(2)).toMatchObject({ type: 'symbol', text: ',' });
    expect(ts.at(3)).toMatchObject({ text: 'HAI', lower: 'hai', capitalized: true });
    expect(ts.at(4)).toMatchObject({ text: 'xã', lower: 'xã', end: 17 });
    expect(ts.at(5)).toBeUndefined();
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
