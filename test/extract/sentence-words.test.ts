import { describe, expect, it } from 'vitest';
import { bareContext, startsByDefinition, textsWithRange } from '../support/sentence.js';
import fc from 'fast-check';
import { sentenceWordStarts } from '../../src/extract/sentence-words.js';
import { isWordCharacter } from '../../src/text/boundaries.js';


describe('sentenceWordStarts', () => {
  it('lists where the words of the sentence start', () => {
    const text = 'Huyện ủy Mường Nhé (Điện Biên) có 12 xã, 1.250 hộ.';
    const words = sentenceWordStarts(bareContext(text, 0, text.length)).map((i) => /^[\p{L}\p{M}\p{N}]+/u.exec(text.slice(i))?.[0]);
    expect(words).toEqual(['Huyện', 'ủy', 'Mường', 'Nhé', 'Điện', 'Biên', 'có', '12', 'xã', '1', '250', 'hộ']);
  });

  it('agrees with the definition on short texts (read in place) and long ones (read through the word index)', () => {
    fc.assert(
      fc.property(textsWithRange(['xã', 'Mường', 'Nhé', '12', '1.250', ',', ' ', '  ', '(', ')', 'ủy', 'a\u0301', '𝐀']), ({ text, start, end }) => {
        expect(sentenceWordStarts(bareContext(text, start, end))).toEqual(startsByDefinition(text, start, end, isWordCharacter));
      }),
    );
  });
});
