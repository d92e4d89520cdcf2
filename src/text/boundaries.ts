/**
 * Word boundaries that work for Vietnamese. JavaScript's `\b` treats letters such as 'ố' as
 * non-word characters even with the `u` flag, so patterns use these lookarounds instead.
 * @module
 */

/** Regex source: no letter, mark or digit right before this point. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';

/** Regex source: no letter, mark or digit right after this point. */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

/** True when the character at `index` of `text` is a letter, mark or digit. */
export function isWordCharacter(text: string, index: number): boolean {
  const c = text[index];
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{M}\p{N}]/u.test(c);
}
