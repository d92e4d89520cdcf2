import { describe, expect, it } from 'vitest';
import { bareContext, startsByDefinition, textsWithRange } from '../support/sentence.js';
import fc from 'fast-check';
import { CapitalizedOpeners, OpeningWords, capitalizedWordStarts, hasCapitalizedPair, nextCapitalizedWordStart, sentenceWordStarts } from '../../src/extract/sentence-words.js';
import { PhraseTable } from '../../src/tagging/phrase-table.js';
import { knownWordOfSlice } from '../../src/tagging/word-index.js';
import { numberWord } from '../../src/tagging/vocabulary.js';
import { PERSON_RULES } from '../../src/rules/person/index.js';
import { PLACE_RULES } from '../../src/rules/place/index.js';
import { isUpperCharacter, isWordCharacter } from '../../src/text/boundaries.js';

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

describe('capitalizedWordStarts', () => {
  it('lists where the capitalized words of the sentence start', () => {
    const text = 'Sáng 9/12, UBND huyện Mường Nhé (Điện Biên) họp; ĐẢNG ủy xã.';
    const words = capitalizedWordStarts(bareContext(text, 0, text.length)).map((i) => /^[\p{L}\p{M}\p{N}]+/u.exec(text.slice(i))?.[0]);
    expect(words).toEqual(['Sáng', 'UBND', 'Mường', 'Nhé', 'Điện', 'Biên', 'ĐẢNG']);
  });

  it('agrees with the definition inside any range of short and long texts', () => {
    fc.assert(
      fc.property(textsWithRange(['xã', 'Mường', 'Nhé', 'UBND', '12', 'A1', '1A', ',', ' ', '  ', '(', 'Ủy', 'ủy', 'a\u0301', 'Á']), ({ text, start, end }) => {
        expect(capitalizedWordStarts(bareContext(text, start, end))).toEqual(startsByDefinition(text, start, end, isUpperCharacter));
      }),
    );
  });
});

describe('hasCapitalizedPair', () => {
  it('finds two capitalized words with only spaces between them', () => {
    const pair = (text: string): boolean => hasCapitalizedPair(bareContext(text, 0, text.length));
    expect(pair('ông Lò Văn Muôn phát biểu')).toBe(true);
    expect(pair("bà H'nơ  Niê cho biết")).toBe(true);
    expect(pair('Sáng nay, tỉnh tổ chức hội nghị')).toBe(false);
    expect(pair('UBND và Sở họp')).toBe(false);
    expect(pair('Tỉnh ủy-Huyện ủy')).toBe(false);
  });

  it('agrees with its definition, and without a pair no person nor place after a preposition is read', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ông', 'Lò', 'Văn', "H'nơ", "H'Nơ", 'Niê', 'ở', 'tại', 'Chủ tịch', 'Bí thư', 'Nguyễn', ',', ' ', '  ', '-', 'xã', 'UBND'), { maxLength: 30 }),
        (pieces) => {
          const text = pieces.join(' ');
          const ctx = bareContext(text, 0, text.length);
          const starts = capitalizedWordStarts(ctx);
          const byDefinition = starts.some((s, k) => k > 0 && /^[^ ]+ +$/.test(text.slice(starts[k - 1], s)));
          expect(hasCapitalizedPair(ctx)).toBe(byDefinition);
          if (!byDefinition) {
            expect(PERSON_RULES.flatMap((r) => r.apply(ctx))).toEqual([]);
            expect(PLACE_RULES.filter((r) => r.id === 'place/after-preposition').flatMap((r) => r.apply(ctx))).toEqual([]);
          }
        },
      ),
    );
  });
});

describe('hasCapitalizedPair in any range', () => {
  it('agrees with its definition inside any range of short and long texts (pairs listed once per block)', () => {
    fc.assert(
      fc.property(textsWithRange(['Lò', 'Văn', "H'Nơ", 'ông', ',', ' ', '  ', '-', 'xã', 'UBND', 'a\u0301', 'Á']), ({ text, start, end }) => {
        const ctx = bareContext(text, start, end);
        const starts = startsByDefinition(text, start, end, isUpperCharacter);
        const byDefinition = starts.some((s, k) => k > 0 && /^[^ ]+ +$/.test(text.slice(starts[k - 1], s)));
        expect(hasCapitalizedPair(ctx)).toBe(byDefinition);
      }),
    );
  });
});

describe('nextCapitalizedWordStart', () => {
  it('finds the first capitalized word at or after a position, inside the sentence', () => {
    const text = 'Sáng nay, UBND huyện Mường Nhé họp.';
    const ctx = bareContext(text, 0, 26);
    expect(nextCapitalizedWordStart(ctx, 1)).toBe(text.indexOf('UBND'));
    expect(nextCapitalizedWordStart(ctx, text.indexOf('UBND'))).toBe(text.indexOf('UBND'));
    expect(nextCapitalizedWordStart(ctx, text.indexOf('Nhé'))).toBe(-1);
  });

  it('agrees with the sentence\'s capitalized words in any range of short and long texts', () => {
    fc.assert(
      fc.property(textsWithRange(['xã', 'Mường', 'Nhé', 'UBND', '12', ',', ' ', '(', 'Ủy', 'ủy', 'Á']), fc.nat(), ({ text, start, end }, at) => {
        const ctx = bareContext(text, start, end);
        const from = start + (end > start ? at % (end - start) : 0);
        const capitals = startsByDefinition(text, start, end, isUpperCharacter);
        expect(nextCapitalizedWordStart(ctx, from)).toBe(capitals.find((i) => i >= from) ?? -1);
      }),
    );
  });
});

describe('CapitalizedOpeners', () => {
  const phrases = ['TP.HCM', 'Hà Nội', 'Sở Nội vụ', 'UBND', 'Bà Rịa - Vũng Tàu', 'Ủy ban'];
  const openers = new CapitalizedOpeners(phrases);
  const table = PhraseTable.of(phrases);

  it('lists the capitalized words a phrase may start at', () => {
    const text = 'Sáng nay, UBND TP.HCM và Sở Nội vụ Hà Nội họp với ủy ban; TP HCM, Nội vụ, HÀ NỘI, Ủy Ban.';
    const words = openers.startsIn(bareContext(text)).map((i) => /^[\p{L}\p{M}\p{N}]+/u.exec(text.slice(i))?.[0]);
    expect(words).toEqual(['UBND', 'TP', 'Sở', 'Hà', 'TP', 'HÀ', 'Ủy']);
  });

  it('keeps every capitalized word where the phrases match, and only capitalized words, in any range of short and long texts', () => {
    fc.assert(
      fc.property(textsWithRange(['TP.HCM', 'tp.hcm', 'Hà Nội', 'hà', 'Sở', 'Nội vụ', 'UBND', 'Ubnd', 'Bà Rịa - Vũng Tàu', 'Ủy ban', 'ủy', 'xã', ',', ' ', '.', 'a\u0301']), ({ text, start, end }) => {
        const ctx = bareContext(text, start, end);
        const capitals = capitalizedWordStarts(ctx);
        const starts = openers.startsIn(ctx);
        expect(starts.every((i) => capitals.includes(i))).toBe(true);
        for (const i of capitals) if (table.matchAt(text, i)) expect(starts).toContain(i);
      }),
    );
  });
});

describe('OpeningWords', () => {
  const phrases = ['TP.HCM', 'Hà Nội', 'Sở Nội vụ', 'UBND', 'Bà Rịa - Vũng Tàu', 'Ủy ban', 'nhân dân'];
  const opening = new OpeningWords(phrases);
  const table = PhraseTable.of(phrases);

  it('tells the words a phrase may open with, in any case, and takes a word not read to open one', () => {
    expect(opening.has(numberWord('ubnd'))).toBe(true);
    expect(opening.has(numberWord('hà'))).toBe(true);
    expect(opening.has(numberWord('tp'))).toBe(true);
    expect(opening.has(numberWord('nội'))).toBe(false);
    expect(opening.has(-1)).toBe(false);
    expect(opening.has(undefined)).toBe(true);
    // the opening words of the phrases are those a table of them is keyed by
    fc.assert(
      fc.property(textsWithRange(['TP.HCM', 'tp', 'Hà Nội', 'hà', 'Sở', 'Nội vụ', 'UBND', 'Ubnd', 'Ủy ban', 'ủy', 'nhân dân', 'xã', ',', ' ']), ({ text, start, end }) => {
        for (const hit of table.findAll(text, start, end)) {
          let wordEnd = hit.start + 1;
          while (isWordCharacter(text, wordEnd)) wordEnd++;
          expect(opening.has(knownWordOfSlice(text, hit.start, wordEnd))).toBe(true);
        }
      }),
    );
  });
});
