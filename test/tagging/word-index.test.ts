import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  firstWordFrom,
  indexBlock,
  knownWordOfSlice,
  sliceSpells,
  spellsAt,
  withWordsInSet,
  wordEndingAt,
  wordIndexOf,
  wordStartingAt,
  wordsInSets,
} from '../../src/tagging/word-index.js';
import { knownWordAt, numberWord } from '../../src/tagging/vocabulary.js';

/** Pads `text` past the length below which texts are not indexed. */
function long(text: string): string {
  return `${text} ${'và '.repeat(30)}`;
}

describe('wordIndexOf', () => {
  it('lists every word with its offsets and its known-word number', () => {
    const xa = numberWord('xã');
    const text = long('Ủy ban Xã, THÔN 12');
    const index = wordIndexOf(text);
    expect(index).toBeDefined();
    if (!index) return;
    expect(index.starts.slice(0, 5)).toEqual([0, 3, 7, 11, 16]);
    expect(index.ends.slice(0, 5)).toEqual([2, 6, 9, 15, 18]);
    expect(index.known[2]).toBe(xa);
    expect(index.known[0]).toBe(knownWordAt('ủy', 0, 2));
    expect(index.lowersByUnit).toBe(true);
    expect(index.lower).toBe(text.toLowerCase());
    expect(wordStartingAt(index, 7)).toBe(2);
    expect(wordEndingAt(index, 9)).toBe(2);
    expect(wordStartingAt(index, 8)).toBe(-1);
    expect(firstWordFrom(index, 8)).toBe(3);
  });

  it('answers the block being read whatever its length, and short texts only then', () => {
    const title = 'Xã Mường Chà';
    expect(wordIndexOf(title)).toBeUndefined();
    const index = indexBlock(title);
    expect(index?.starts).toEqual([0, 3, 9]);
    expect(wordIndexOf(title)).toBe(index);
    // the index of a long text is kept as before
    const text = long('Xã Mường Chà');
    expect(wordIndexOf(text)).toBe(wordIndexOf(text));
    const twelve = numberWord('12');
    indexBlock('Thôn 12');
    expect(wordIndexOf(title)).toBeUndefined();
    expect(wordIndexOf('Thôn 12')?.known[1]).toBe(twelve);
  });

  it('keeps each index its own arrays, however many words the texts before and after it had', () => {
    const first = indexBlock(`${'Tỉnh có 7 huyện. '.repeat(20_000)}Hết`);
    const second = indexBlock('Xã Mường Chà có 12 thôn');
    const third = indexBlock(`${'một hai '.repeat(40_000)}ba`);
    expect(first?.known).toHaveLength(80_001);
    expect(first?.starts.slice(0, 4)).toEqual([0, 5, 8, 10]);
    expect(first?.ends.at(-1)).toBe(20_000 * 17 + 3);
    expect(second?.starts).toEqual([0, 3, 9, 13, 16, 19]);
    expect(second?.known[4]).toBe(numberWord('12'));
    expect(third?.starts).toHaveLength(80_001);
    expect(third?.ends.at(-1)).toBe(40_000 * 8 + 2);
  });

  it('compares lower-case phrases with the text in any case', () => {
    const index = wordIndexOf(long('Ủy ban Xã, THÔN 12'));
    if (!index) throw new Error('not indexed');
    expect(spellsAt(index, 0, 'ủy ban xã,')).toBe(true);
    expect(spellsAt(index, 11, 'thôn 12')).toBe(true);
    expect(spellsAt(index, 11, 'thôn 13')).toBe(false);
    expect(spellsAt(index, index.text.length - 2, 'và và')).toBe(false);
  });

  it('lower-cases a text with a final sigma or a character outside the BMP as a whole', () => {
    const sigma = wordIndexOf(long('ΟΔΟΣ xã'));
    if (!sigma) throw new Error('not indexed');
    expect(sigma.lowersByUnit).toBe(false);
    expect(sigma.lower.startsWith('οδος', 0)).toBe(true);
    expect(spellsAt(sigma, 0, 'οδος')).toBe(true);
    expect(sigma.known[1]).toBe(numberWord('xã'));
    const astral = wordIndexOf(long('𝐀bc Xã'));
    if (!astral) throw new Error('not indexed');
    expect(astral.lowersByUnit).toBe(false);
    expect(astral.starts.slice(0, 2)).toEqual([0, 5]);
  });

  it('reads no index for a short text or one whose lower case is longer', () => {
    expect(wordIndexOf('xã')).toBeUndefined();
    expect(wordIndexOf(long('İstanbul'))).toBeUndefined();
  });
});

describe('sliceSpells and knownWordOfSlice', () => {
  it('answer as lower-casing the slice would', () => {
    const xa = numberWord('xã');
    expect(knownWordOfSlice('ở XÃ Đông', 2, 4)).toBe(xa);
    expect(knownWordOfSlice('ở Xã Đông', 2, 3)).toBe(knownWordAt('x', 0, 1));
    expect(knownWordOfSlice('İ', 0, 1)).toBe(knownWordAt('i̇', 0, 2));
    expect(sliceSpells('Ủy Ban xã', 0, 'ủy ban')).toBe(true);
    expect(sliceSpells('ΟΔΟΣ', 0, 'οδος')).toBe(true);
    expect(sliceSpells('ΟΔΟΣ', 0, 'οδοσ')).toBe(false);
    expect(sliceSpells('ủy', 1, 'y ban')).toBe(false);
  });

  it('agree with slicing and lower-casing on any text', () => {
    const unit = fc.constantFrom('a', 'Á', 'ạ', 'Đ', 'İ', 'Σ', 'σ', ' ', ',', '𝐀', '\ud835', 'X', 'x');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 10 }), fc.nat(12), fc.nat(12), fc.array(unit, { maxLength: 4 }), (units, a, b, phraseUnits) => {
        const text = units.join('');
        const start = Math.min(a, text.length);
        const end = Math.min(text.length, start + b);
        const lower = text.slice(start, end).toLowerCase();
        expect(knownWordOfSlice(text, start, end)).toBe(knownWordAt(lower, 0, lower.length));
        const phrase = phraseUnits.join('').toLowerCase();
        expect(sliceSpells(text, start, phrase)).toBe(text.slice(start, start + phrase.length).toLowerCase() === phrase);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('withWordsInSet and wordsInSets', () => {
  it('list the words of each set in one pass, as filtering the words set by set would (undefined for a set with none)', () => {
    const sets = [['tháng', 'năm'], ['năm'], ['quý', 'ngày'], ['không', 'có']].map((words) => words.map((w) => numberWord(w)));
    let bits: Uint32Array = new Uint32Array(0);
    sets.forEach((words, s) => {
      bits = withWordsInSet(bits, words, s);
    });
    const index = wordIndexOf(long('Tháng 9 NĂM 2025, quý III và ngày 5 năm sau'));
    expect(index).toBeDefined();
    if (!index) return;
    const lists = wordsInSets(index, bits, sets.length);
    sets.forEach((words, s) => {
      const expected = index.known.flatMap((w, k) => (words.includes(w) ? [k] : []));
      expect(lists[s] ?? []).toEqual(expected);
    });
    expect(lists[0]?.length).toBe(3);
    expect(lists).toHaveLength(4);
    expect(lists[3]).toBeUndefined();
    // sets past `count` are not listed
    expect(wordsInSets(index, bits, 1)).toEqual([lists[0]]);
  });
});
