/**
 * Whether a decoded text reads as Vietnamese: the test that decides if a file that is not UTF-8
 * was written in Windows-1258.
 * @module
 */
import { COMMON_VIETNAMESE_SYLLABLES } from './vietnamese-syllables.js';

/** The common syllables as a set. */
const COMMON = new Set(COMMON_VIETNAMESE_SYLLABLES.trim().split(/\s+/));

/** Runs of letters and combining marks: the words of a text. */
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Share of words that must be common Vietnamese syllables. Vietnamese bulletins score 0.5–0.9
 * (HTML tags count as words and pull the share down); French, German or Chinese text decoded
 * through the same code page scores under 0.1.
 */
export const VIETNAMESE_SHARE = 0.3;

/** At least this many common syllables (fewer only when the text has fewer words). */
export const VIETNAMESE_MIN_SYLLABLES = 3;

/** How many words a text has, and how many of them are common Vietnamese syllables. */
export function vietnameseSyllableCount(text: string): { words: number; common: number } {
  let words = 0;
  let common = 0;
  for (const match of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    words++;
    if (COMMON.has(match[0])) common++;
  }
  return { words, common };
}

/** True when enough of the words of `text` are common Vietnamese syllables. */
export function readsAsVietnamese(text: string): boolean {
  const { words, common } = vietnameseSyllableCount(text);
  if (words === 0) return false;
  return common / words >= VIETNAMESE_SHARE && common >= Math.min(VIETNAMESE_MIN_SYLLABLES, words);
}
