/**
 * Character classes read one code unit at a time from tables built on first use: letters and
 * marks, upper-case letters, and the code units lower-casing changes. The numeral scanner asks
 * these for every word it reads; a table look-up replaces a regular expression or a full
 * `toLowerCase` of a word that is already lower case. Outside the Basic Multilingual Plane
 * (surrogate pairs) every answer comes from the same regular expression or string method as before.
 * @module
 */

/** Flag: a letter or a combining mark (`[\p{L}\p{M}]`). */
const LETTER = 1;
/** Flag: an upper-case letter (`\p{Lu}`). */
const UPPER = 2;
/** Flag: `toLowerCase` changes this code unit. */
const LOWERS = 4;
/** Flag: half of a surrogate pair. */
const SURROGATE = 8;

/** A letter or combining mark, for characters outside the table. */
const LETTER_PATTERN = /[\p{L}\p{M}]/u;

/** An upper-case first letter, for characters outside the table. */
const UPPER_START = /^\p{Lu}/u;

/** One byte of LETTER | UPPER | LOWERS | SURROGATE per BMP code unit, built on first use. */
let classTable: Uint8Array | undefined;

/** The class table: one byte of flags per BMP code unit. */
function classes(): Uint8Array {
  if (classTable) return classTable;
  const table = new Uint8Array(0x10000);
  const upper = /\p{Lu}/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      table[code] = SURROGATE;
      continue;
    }
    const c = String.fromCharCode(code);
    if (LETTER_PATTERN.test(c)) table[code]! |= LETTER;
    if (upper.test(c)) table[code]! |= UPPER;
    if (c.toLowerCase() !== c) table[code]! |= LOWERS;
  }
  classTable = table;
  return table;
}

/** True when the UTF-16 unit at `i` is part of a letter or mark (surrogate halves count as letters). */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== c) return false; // past the end
  return ((classes()[c] as number) & (LETTER | SURROGATE)) !== 0;
}

/** True when `text[i]` is a letter or mark, as `/[\p{L}\p{M}]/u.test(text[i])` says (a lone surrogate half is not). */
export function isLetterUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== c) return false;
  const flags = classes()[c] as number;
  if (flags & SURROGATE) return LETTER_PATTERN.test(text[i] as string);
  return (flags & LETTER) !== 0;
}

/** True when `word` starts with an upper-case letter (`/^\p{Lu}/u`). */
export function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c !== c) return false;
  const flags = classes()[c] as number;
  if (flags & SURROGATE) return UPPER_START.test(word);
  return (flags & UPPER) !== 0;
}

/** `word.toLowerCase()`, returning `word` itself when no code unit of it changes. */
export function lowerCase(word: string): string {
  const table = classes();
  for (let i = 0; i < word.length; i++) {
    if (((table[word.charCodeAt(i)] as number) & (LOWERS | SURROGATE)) !== 0) return word.toLowerCase();
  }
  return word;
}
