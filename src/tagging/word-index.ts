/**
 * The words of a text, found once: where each word starts and ends and its lower-case form, so
 * that lexicon lookups over one block do not scan and lower-case it again for every rule.
 * @module
 */
import { isWordCharacter } from '../text/boundaries.js';

/** The words of one text (a word is a run of letters, marks and digits). */
export interface WordIndex {
  /** The text lower-cased, offsets unchanged. */
  readonly lower: string;
  /** For each offset, the number of the word starting there, or -1. */
  readonly startsAt: Int32Array;
  /** For each offset, the number of the word ending there (exclusive end), or -1. */
  readonly endsAt: Int32Array;
  /** Each word, lower-cased. */
  readonly words: readonly string[];
  /** Each word's start. */
  readonly starts: Int32Array;
}

/** Texts at least this long keep their index between lookups (the blocks rules read). */
const INDEXED_LENGTH = 64;
/** How many indexes are kept (most recent first). */
const KEPT = 4;
/** Recently indexed texts. */
const recent: { text: string; index: WordIndex | undefined }[] = [];

/**
 * The word index of `text`, or undefined when the text is short (its words are cheaper to read
 * in place) or lower-casing would move offsets (e.g. 'İ'). The last few texts are remembered.
 */
export function wordIndexOf(text: string): WordIndex | undefined {
  if (text.length < INDEXED_LENGTH) return undefined;
  for (let k = 0; k < recent.length; k++) {
    const hit = recent[k] as { text: string; index: WordIndex | undefined };
    if (hit.text === text) {
      if (k > 0) {
        recent.splice(k, 1);
        recent.unshift(hit);
      }
      return hit.index;
    }
  }
  const index = buildIndex(text);
  recent.unshift({ text, index });
  if (recent.length > KEPT) recent.pop();
  return index;
}

/** Reads every word of `text` once. */
function buildIndex(text: string): WordIndex | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  const n = text.length;
  const startsAt = new Int32Array(n + 1).fill(-1);
  const endsAt = new Int32Array(n + 1).fill(-1);
  const words: string[] = [];
  const starts: number[] = [];
  let i = 0;
  while (i < n) {
    if (!isWordCharacter(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordCharacter(text, j)) j++;
    startsAt[i] = words.length;
    endsAt[j] = words.length;
    words.push(lower.slice(i, j));
    starts.push(i);
    i = j;
  }
  return { lower, startsAt, endsAt, words, starts: Int32Array.from(starts) };
}
