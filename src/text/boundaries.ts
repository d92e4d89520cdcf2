/**
 * Word boundaries that work for Vietnamese. JavaScript's `\b` treats letters such as 'ố' as
 * non-word characters even with the `u` flag, so patterns use these lookarounds instead.
 * @module
 */

/** Regex source: no letter, mark or digit right before this point. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';

/** Regex source: no letter, mark or digit right after this point. */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

/** 1 for each BMP code unit that is a letter, mark or digit; built on first use. */
let wordTable: Uint8Array | undefined;

/** The word-character table for the Basic Multilingual Plane. */
function table(): Uint8Array {
  if (wordTable) return wordTable;
  const t = new Uint8Array(0x10000);
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (word.test(String.fromCharCode(code))) t[code] = 1;
  }
  wordTable = t;
  return t;
}

/** 1 for each BMP code unit that is an upper-case letter (it has a lower case of its own); built on first use. */
let upperTable: Uint8Array | undefined;

/** The upper-case table for the Basic Multilingual Plane. */
function uppers(): Uint8Array {
  if (upperTable) return upperTable;
  const t = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const c = String.fromCharCode(code);
    if (c !== c.toLowerCase() && c === c.toUpperCase()) t[code] = 1;
  }
  upperTable = t;
  return t;
}

/** True when the character at `index` of `text` is an upper-case letter (BMP; outside it, never). */
export function isUpperCharacter(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return (uppers()[text.charCodeAt(index)] as number) === 1;
}

/**
 * The word-character table itself (1 for each BMP code unit that is a letter, mark or digit), for
 * loops that test every character; surrogate halves read 0, so test those with {@link isWordCharacter}.
 */
export function wordCharacterCodes(): Uint8Array {
  return table();
}

/** True when the character at `index` of `text` is a letter, mark or digit. */
export function isWordCharacter(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdfff) return surrogateIsWord(text, index, code);
  return (table()[code] as number) === 1;
}

/** Letter/mark/digit test for a character outside the BMP, from either half of its pair. */
function surrogateIsWord(text: string, index: number, code: number): boolean {
  const start = code >= 0xdc00 ? index - 1 : index;
  const point = text.codePointAt(Math.max(0, start));
  return point !== undefined && point > 0xffff && /[\p{L}\p{M}\p{N}]/u.test(String.fromCodePoint(point));
}
