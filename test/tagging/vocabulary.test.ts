import { describe, expect, it } from 'vitest';
import { WORD_HASH_SEED, knownWordAt, knownWordCount, knownWordLowering, numberWord, wordHashStep } from '../../src/tagging/vocabulary.js';
import { lowerCaseUnits } from '../../src/text/character-classes.js';

/** The hash of `text[start, end)` lower-cased unit by unit, as a word index reads it. */
function loweredHash(text: string, start: number, end: number): number {
  const lowers = lowerCaseUnits();
  let hash = WORD_HASH_SEED;
  for (let k = start; k < end; k++) hash = wordHashStep(hash, lowers[text.charCodeAt(k)] as number);
  return hash;
}

describe('vocabulary', () => {
  it('numbers a word once and finds it inside a text by its offsets', () => {
    const xa = numberWord('xã');
    expect(numberWord('xã')).toBe(xa);
    const text = 'ủy ban nhân dân xã, thôn';
    expect(knownWordAt(text, 16, 18)).toBe(xa);
    expect(knownWordAt(text, 16, 17)).toBe(-1); // 'x' alone is another word
  });

  it('finds a word in any case by the hash of its lower case', () => {
    const xa = numberWord('xã');
    const text = 'ỦY BAN NHÂN DÂN Xã, XÃ';
    expect(knownWordLowering(text, 16, 18, loweredHash(text, 16, 18))).toBe(xa);
    expect(knownWordLowering(text, 20, 22, loweredHash(text, 20, 22))).toBe(xa);
    expect(knownWordLowering(text, 0, 2, loweredHash(text, 0, 2))).toBe(knownWordAt('ủy', 0, 2));
    expect(knownWordLowering('CHƯA', 0, 4, loweredHash('CHƯA', 0, 4))).toBe(-1);
  });

  it('answers -1 for a word never numbered', () => {
    expect(knownWordAt('chưa từng có', 0, 4)).toBe(-1);
  });

  it('keeps finding every word as the table grows', () => {
    const words = Array.from({ length: 3000 }, (_, k) => `từ${k}`);
    const numbers = words.map(numberWord);
    expect(new Set(numbers).size).toBe(words.length);
    expect(knownWordCount()).toBeGreaterThanOrEqual(words.length);
    const text = words.join(' ');
    let at = 0;
    words.forEach((word, k) => {
      expect(knownWordAt(text, at, at + word.length)).toBe(numbers[k]);
      at += word.length + 1;
    });
  });
});
