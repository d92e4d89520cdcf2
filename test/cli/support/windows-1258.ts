/** Vietnamese text to Windows-1258 bytes, for test inputs written in that code page. */
import iconv from 'iconv-lite';

/** The five tone marks, which Windows-1258 writes as combining characters after the letter. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * The bytes of `text` in Windows-1258: each letter is split into its base (with circumflex, breve
 * or horn, which the code page has precomposed) and its tone mark, which follows as a combining byte.
 */
export function toWindows1258(text: string): Buffer {
  let out = '';
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const marks = [...cluster];
    const tones = marks.filter((c) => TONE_MARKS.test(c)).join('');
    const base = marks.filter((c) => !TONE_MARKS.test(c)).join('').normalize('NFC');
    out += base + tones;
  }
  return iconv.encode(out, 'windows-1258');
}
