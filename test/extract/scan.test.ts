import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanPhrase, countWords, wordStart } from '../../src/extract/scan.js';
import { isWordCharacter } from '../../src/text/boundaries.js';

/** cleanPhrase by its definition: spaces folded, outer punctuation removed, trimmed. */
function cleanByDefinition(text: string, start: number, end: number): string {
  return text
    .slice(start, end)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.\-"']+|[\s,;:.\-]+$/g, '')
    .trim();
}

/** countWords by its definition: word characters with none just before them. */
function countByDefinition(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isWordCharacter(text, i) && !isWordCharacter(text, i - 1)) n++;
  return n;
}

/** Pieces that cleaning and counting treat differently: words, digits, spaces of every kind, punctuation. */
const PIECES = ['xã', 'Mường', '12', '1.250', ',', ';', ':', '.', '-', '"', "'", ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\ufeff', '(', 'a\u0301', '𝐀'];

describe('cleanPhrase', () => {
  it('folds inner spaces and drops outer punctuation', () => {
    expect(cleanPhrase(' , "đảng viên  mới\u00a0 kết nạp" ; ', 0, 30)).toBe('đảng viên mới kết nạp"');
    expect(cleanPhrase('thôn, bản', 0, 9)).toBe('thôn, bản');
    expect(cleanPhrase(' ,.; ', 0, 5)).toBe('');
  });

  it('agrees with its definition on any range', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.integer({ min: -3, max: 80 }), fc.integer({ min: -3, max: 80 }), (pieces, start, end) => {
        const text = pieces.join('');
        expect(cleanPhrase(text, start, end)).toBe(cleanByDefinition(text, start, end));
      }),
    );
  });
});

describe('countWords', () => {
  it('counts the words of a range, a word cut at the range start not counted', () => {
    expect(countWords('có 12 xã, 1.250 hộ', 0, 18)).toBe(6);
    expect(countWords('Mường Nhé', 2, 9)).toBe(1);
  });

  it('agrees with its definition on any range', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(80), fc.nat(80), (pieces, from, to) => {
        const text = pieces.join('');
        expect(countWords(text, from, to)).toBe(countByDefinition(text, from, to));
      }),
    );
  });
});

describe('wordStart', () => {
  it('reads back to the start of the word, no further than the floor', () => {
    expect(wordStart('Quốc lộ 6', 7)).toBe(5);
    expect(wordStart('chương 3', 6)).toBe(0);
    expect(wordStart('chương 3', 6, 2)).toBe(2);
    expect(wordStart('chương 3', 6, -4)).toBe(0);
  });
});
