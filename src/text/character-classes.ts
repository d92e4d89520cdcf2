/**
 * Character classes of every code unit of the Basic Multilingual Plane, in one table of flags
 * built on first use: word characters, letters, the two readings of upper case, the code units
 * lower-casing changes, and surrogate halves; and beside it the lower case of each code unit. Word boundaries (text/boundaries) and the numeral
 * scanner (numerals/letters) both read it, so loops that test every character do a table look-up
 * instead of a regular expression or a string method.
 * @module
 */

/** Flag: a letter, mark or digit (`[\p{L}\p{M}\p{N}]`). */
export const WORD_CHARACTER = 1;
/** Flag: a letter or a combining mark (`[\p{L}\p{M}]`). */
export const LETTER = 2;
/** Flag: an upper-case letter as Unicode classes it (`\p{Lu}`). */
export const UPPER_LETTER = 4;
/** Flag: an upper-case letter that has a lower case of its own (lower-casing changes it, upper-casing does not). */
export const CASED_UPPER = 8;
/** Flag: `toLowerCase` changes this code unit. */
export const LOWER_CASING_CHANGES = 16;
/** Flag: half of a surrogate pair (no other flag is set for it: its class depends on the whole pair). */
export const SURROGATE_HALF = 32;
/**
 * Flag: `toLowerCase` of a text holding this code unit may not lower it to the one code unit
 * {@link lowerCaseUnits} gives: its lower case is longer ('İ') or depends on its neighbours ('Σ').
 */
export const IRREGULAR_LOWER_CASE = 64;

/** The table, once built. */
let classTable: Uint8Array | undefined;

/** The lower case of each BMP code unit, once built. */
let lowerTable: Uint16Array | undefined;

/** The flags above for each BMP code unit (one byte per code unit). */
export function characterClasses(): Uint8Array {
  if (classTable) return classTable;
  const table = new Uint8Array(0x10000);
  const lowers = new Uint16Array(0x10000);
  const word = /[\p{L}\p{M}\p{N}]/u;
  const letter = /[\p{L}\p{M}]/u;
  const upper = /\p{Lu}/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      table[code] = SURROGATE_HALF;
      lowers[code] = code;
      continue;
    }
    const c = String.fromCharCode(code);
    const lower = c.toLowerCase();
    let flags = 0;
    if (word.test(c)) flags |= WORD_CHARACTER;
    if (letter.test(c)) flags |= LETTER;
    if (upper.test(c)) flags |= UPPER_LETTER;
    if (lower !== c) {
      flags |= c === c.toUpperCase() ? LOWER_CASING_CHANGES | CASED_UPPER : LOWER_CASING_CHANGES;
      if (lower.length !== 1 || `A${c}`.toLowerCase() !== `a${lower}` || `A${c}A`.toLowerCase() !== `a${lower}a`) flags |= IRREGULAR_LOWER_CASE;
    }
    table[code] = flags;
    lowers[code] = flags & IRREGULAR_LOWER_CASE ? code : lower.charCodeAt(0);
  }
  classTable = table;
  lowerTable = lowers;
  return table;
}

/**
 * The lower case of each BMP code unit (`toLowerCase` of it alone), or the code unit itself when
 * that is not one code unit or depends on the neighbours ({@link IRREGULAR_LOWER_CASE}) and for
 * surrogate halves. A text with none of those lower-cases unit by unit through this table.
 */
export function lowerCaseUnits(): Uint16Array {
  if (!lowerTable) characterClasses();
  return lowerTable as Uint16Array;
}
