import { describe, expect, it } from 'vitest';
import { knownWordAt, knownWordCount, numberWord } from '../../src/tagging/vocabulary.js';

describe('vocabulary', () => {
  it('numbers a word once and finds it inside a text by its offsets', () => {
    const xa = numberWord('xã');
    expect(numberWord('xã')).toBe(xa);
    const text = 'ủy ban nhân dân xã, thôn';
    expect(knownWordAt(text, 16, 18)).toBe(xa);
    expect(knownWordAt(text, 16, 17)).toBe(-1); // 'x' alone is another word
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
