import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capitalizedWordStarts } from '../../../src/rules/organization/capitalized-words.js';
import { compileLexicon, mergeLexicon } from '../../../src/extract/lexicon.js';
import type { SentenceContext } from '../../../src/extract/sentence-context.js';
import { isUpperCharacter, isWordCharacter } from '../../../src/text/boundaries.js';

const lexicon = compileLexicon(mergeLexicon());

/** A sentence context over `text[start, end)` with no figures. */
function context(text: string, start: number, end: number): SentenceContext {
  return { text, start, end, section: 'body', mentions: [], lexicon };
}

/** Capitalized word starts by the definition: an upper-case letter with no word character just before it. */
function byDefinition(text: string, start: number, end: number): number[] {
  const starts: number[] = [];
  for (let i = start; i < end; i++) if (isUpperCharacter(text, i) && (i === 0 || !isWordCharacter(text, i - 1))) starts.push(i);
  return starts;
}

describe('capitalizedWordStarts', () => {
  it('lists where the capitalized words of the sentence start', () => {
    const text = 'Sáng 9/12, UBND huyện Mường Nhé (Điện Biên) họp; ĐẢNG ủy xã.';
    const words = capitalizedWordStarts(context(text, 0, text.length)).map((i) => /^[\p{L}\p{M}\p{N}]+/u.exec(text.slice(i))?.[0]);
    expect(words).toEqual(['Sáng', 'UBND', 'Mường', 'Nhé', 'Điện', 'Biên', 'ĐẢNG']);
  });

  it('agrees with the definition inside any range of short and long texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('xã', 'Mường', 'Nhé', 'UBND', '12', 'A1', '1A', ',', ' ', '  ', '(', 'Ủy', 'ủy', 'a\u0301', 'Á'), { maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (pieces, a, b) => {
          const text = pieces.join(pieces.length % 2 ? ' ' : '');
          const start = text.length ? a % text.length : 0;
          const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
          expect(capitalizedWordStarts(context(text, start, end))).toEqual(byDefinition(text, start, end));
        },
      ),
    );
  });
});
