import { describe, expect, it } from 'vitest';
import { bareContext, startsByDefinition } from '../support/sentence.js';
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
      fc.property(
        fc.array(fc.constantFrom('xã', 'Mường', 'Nhé', '12', '1.250', ',', ' ', '  ', '(', ')', 'ủy', 'a\u0301', '𝐀'), { maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          const text = pieces.join(pieces.length % 2 ? ' ' : '');
          const start = text.length ? a % text.length : 0;
          const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
          expect(sentenceWordStarts(bareContext(text, start, end))).toEqual(startsByDefinition(text, start, end, isWordCharacter));
        },
      ),
    );
  });
});
