import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentenceWordStarts } from '../../src/extract/sentence-words.js';
import { compileLexicon, mergeLexicon } from '../../src/extract/lexicon.js';
import type { SentenceContext } from '../../src/extract/sentence-context.js';
import { isWordCharacter } from '../../src/text/boundaries.js';

const lexicon = compileLexicon(mergeLexicon());

/** A sentence context over `text[start, end)` with no figures. */
function context(text: string, start: number, end: number): SentenceContext {
  return { text, start, end, section: 'body', mentions: [], lexicon };
}

/** Word starts by the definition: a word character with none just before it in the text. */
function byDefinition(text: string, start: number, end: number): number[] {
  const starts: number[] = [];
  for (let i = start; i < end; i++) if (isWordCharacter(text, i) && (i === 0 || !isWordCharacter(text, i - 1))) starts.push(i);
  return starts;
}

describe('sentenceWordStarts', () => {
  it('lists where the words of the sentence start', () => {
    const text = 'Huyện ủy Mường Nhé (Điện Biên) có 12 xã, 1.250 hộ.';
    const words = sentenceWordStarts(context(text, 0, text.length)).map((i) => /^[\p{L}\p{M}\p{N}]+/u.exec(text.slice(i))?.[0]);
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
          expect(sentenceWordStarts(context(text, start, end))).toEqual(byDefinition(text, start, end));
        },
      ),
    );
  });
});
