import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GatedTable, lexiconTables } from '../../src/rules/organization/gated-table.js';
import { PhraseTable } from '../../src/tagging/phrase-table.js';
import { knownWordStartingAt } from '../../src/extract/sentence-words.js';
import { compileLexicon, mergeLexicon } from '../../src/extract/lexicon.js';
import { textsWithRange } from '../support/sentence.js';

describe('GatedTable', () => {
  const phrases = ['Hà Nội', 'TP.HCM', 'Sở Nội vụ', 'UBND', 'Bà Rịa - Vũng Tàu', 'Ủy ban', 'nhân dân'];
  const gated = GatedTable.of(phrases);
  const plain = PhraseTable.of(phrases);

  it('finds what its table finds, at every position of short and long texts, given the word there or not', () => {
    fc.assert(
      fc.property(
        textsWithRange(['Hà Nội', 'hà nội', 'HÀ NỘI', 'TP.HCM', 'Sở', 'Nội vụ', 'UBND', 'Ubnd', 'Bà Rịa - Vũng Tàu', 'Ủy ban', 'ủy', 'nhân', 'dân', 'xã', ',', ' ', 'a\u0301', 'İ']),
        ({ text }) => {
          for (let i = -1; i <= text.length; i++) {
            const expected = plain.matchAt(text, i);
            expect(gated.matchAt(text, i)).toEqual(expected);
            expect(gated.matchAt(text, i, knownWordStartingAt(text, i))).toEqual(expected);
          }
        },
      ),
    );
  });

  it('reads the known word at a word start, -1 elsewhere, and nothing in a text too short to be indexed', () => {
    const text = 'Sáng nay, UBND huyện Mường Nhé (Điện Biên) đã họp với Sở Nội vụ tỉnh.';
    expect(knownWordStartingAt(text, text.indexOf('UBND'))).toBeGreaterThanOrEqual(0);
    expect(knownWordStartingAt(text, text.indexOf('UBND') + 1)).toBe(-1);
    expect(knownWordStartingAt(text, -1)).toBe(-1);
    expect(knownWordStartingAt('Sở Nội vụ', 0)).toBeUndefined();
  });

  it('keeps the lexicon\'s own tables behind the gates', () => {
    const lexicon = compileLexicon(mergeLexicon({ organizations: { 'Hội Nông dân Mường Tè': undefined } }));
    const text = 'Sáng nay, Hội Nông dân Mường Tè cùng Chủ tịch UBND huyện và bà con xã Mường Tè đã họp bàn.';
    const tables = lexiconTables(lexicon);
    for (let i = 0; i < text.length; i++) {
      const word = knownWordStartingAt(text, i);
      expect(tables.organizations.matchAt(text, i, word)).toEqual(lexicon.organizations.matchAt(text, i));
      expect(tables.titleHeads.matchAt(text, i, word)).toEqual(lexicon.titleHeads.matchAt(text, i));
      expect(tables.placeLevels.matchAt(text, i, word)).toEqual(lexicon.placeLevels.matchAt(text, i));
    }
  });
});
