import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CASED_UPPER,
  IRREGULAR_LOWER_CASE,
  LETTER,
  LOWER_CASING_CHANGES,
  SURROGATE_HALF,
  UPPER_LETTER,
  WORD_CHARACTER,
  characterClasses,
  lowerCaseUnits,
} from '../../src/text/character-classes.js';

/** The flags of one code unit by their definitions. */
function flagsByDefinition(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return SURROGATE_HALF;
  const c = String.fromCharCode(code);
  let flags = 0;
  if (/[\p{L}\p{M}\p{N}]/u.test(c)) flags |= WORD_CHARACTER;
  if (/[\p{L}\p{M}]/u.test(c)) flags |= LETTER;
  if (/\p{Lu}/u.test(c)) flags |= UPPER_LETTER;
  if (c.toLowerCase() !== c) flags |= LOWER_CASING_CHANGES;
  if (c.toLowerCase() !== c && c.toUpperCase() === c) flags |= CASED_UPPER;
  if (code === 0x130 || code === 0x3a3) flags |= IRREGULAR_LOWER_CASE; // 'İ' lowers to two units, 'Σ' by its neighbours
  return flags;
}

describe('characterClasses', () => {
  it('gives every BMP code unit the flags of its definitions', () => {
    const table = characterClasses();
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (table[code] !== flagsByDefinition(code)) wrong.push(code);
    expect(wrong).toEqual([]);
  });

  it('reads Vietnamese letters, digits and punctuation', () => {
    const table = characterClasses();
    const of = (c: string): number => table[c.charCodeAt(0)] as number;
    expect(of('Đ')).toBe(WORD_CHARACTER | LETTER | UPPER_LETTER | CASED_UPPER | LOWER_CASING_CHANGES);
    expect(of('ố')).toBe(WORD_CHARACTER | LETTER);
    expect(of('5')).toBe(WORD_CHARACTER);
    expect(of(',')).toBe(0);
    // title-case 'ǅ' is no \p{Lu}, but lower-casing changes it; upper-casing does too
    expect(of('ǅ')).toBe(WORD_CHARACTER | LETTER | LOWER_CASING_CHANGES);
  });

  it('lowers a text unit by unit as toLowerCase does, when no unit is irregular', () => {
    const table = characterClasses();
    const lowers = lowerCaseUnits();
    const regular = fc.integer({ min: 0, max: 0xffff }).filter((code) => ((table[code] as number) & (IRREGULAR_LOWER_CASE | SURROGATE_HALF)) === 0);
    fc.assert(
      fc.property(fc.array(regular, { maxLength: 12 }), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(String.fromCharCode(...codes.map((c) => lowers[c] as number))).toBe(text.toLowerCase());
      }),
      { numRuns: 2000 },
    );
    expect(String.fromCharCode(lowers[0x1ea0] as number)).toBe('ạ');
    expect(lowers[0x130]).toBe(0x130);
  });

  it('is built once', () => {
    expect(characterClasses()).toBe(characterClasses());
  });
});
