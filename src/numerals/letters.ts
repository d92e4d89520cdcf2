/**
 * Character classes read one code unit at a time from the table of text/character-classes:
 * letters and marks, upper-case letters, and the code units lower-casing changes. The numeral
 * scanner asks these for every word it reads; a table look-up replaces a regular expression or a full
 * `toLowerCase` of a word that is already lower case. Outside the Basic Multilingual Plane
 * (surrogate pairs) every answer comes from the same regular expression or string method as before.
 * @module
 */
import { LETTER, LOWER_CASING_CHANGES, SURROGATE_HALF, UPPER_LETTER, characterClasses } from '../text/character-classes.js';

/** A letter or combining mark, for characters outside the table. */
const LETTER_PATTERN = /[\p{L}\p{M}]/u;

/** An upper-case first letter, for characters outside the table. */
const UPPER_START = /^\p{Lu}/u;

/** True when the UTF-16 unit at `i` is part of a letter or mark (surrogate halves count as letters). */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== c) return false; // past the end
  return ((characterClasses()[c] as number) & (LETTER | SURROGATE_HALF)) !== 0;
}

/** True when `text[i]` is a letter or mark, as `/[\p{L}\p{M}]/u.test(text[i])` says (a lone surrogate half is not). */
export function isLetterUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== c) return false;
  const flags = characterClasses()[c] as number;
  if (flags & SURROGATE_HALF) return LETTER_PATTERN.test(text[i] as string);
  return (flags & LETTER) !== 0;
}

/** True when `word` starts with an upper-case letter (`/^\p{Lu}/u`). */
export function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c !== c) return false;
  const flags = characterClasses()[c] as number;
  if (flags & SURROGATE_HALF) return UPPER_START.test(word);
  return (flags & UPPER_LETTER) !== 0;
}

/** `word.toLowerCase()`, returning `word` itself when no code unit of it changes. */
export function lowerCase(word: string): string {
  const table = characterClasses();
  for (let i = 0; i < word.length; i++) {
    if (((table[word.charCodeAt(i)] as number) & (LOWER_CASING_CHANGES | SURROGATE_HALF)) !== 0) return word.toLowerCase();
  }
  return word;
}
