/**
 * Word boundaries that work for Vietnamese. JavaScript's `\b` treats letters such as 'ố' as
 * non-word characters even with the `u` flag, so patterns use these lookarounds instead.
 * @module
 */
import { CASED_UPPER, WORD_CHARACTER, characterClasses } from './character-classes.js';

/** Regex source: no letter, mark or digit right before this point. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';

/** Regex source: no letter, mark or digit right after this point. */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

/**
 * Runs of letters, marks and digits, the words as the word index parts them: for
 * `String.prototype.match`, which resets the pattern's place, so one pattern serves every caller.
 */
export const WORD_RUNS = /[\p{L}\p{M}\p{N}]+/gu;

/** True when the character at `index` of `text` is an upper-case letter (it has a lower case of its own; BMP only, outside it never). */
export function isUpperCharacter(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return ((characterClasses()[text.charCodeAt(index)] as number) & CASED_UPPER) !== 0;
}

/** True when the character at `index` of `text` is a letter, mark or digit. */
export function isWordCharacter(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdfff) return surrogateIsWord(text, index, code);
  return ((characterClasses()[code] as number) & WORD_CHARACTER) !== 0;
}

/** Letter/mark/digit test for a character outside the BMP, from either half of its pair. */
function surrogateIsWord(text: string, index: number, code: number): boolean {
  const start = code >= 0xdc00 ? index - 1 : index;
  const point = text.codePointAt(Math.max(0, start));
  return point !== undefined && point > 0xffff && /[\p{L}\p{M}\p{N}]/u.test(String.fromCodePoint(point));
}
