/**
 * The words of a text, found once: where each word starts and ends and which known word (see
 * vocabulary) it is, so that lexicon lookups over one block do not scan and lower-case it again
 * for every rule.
 * @module
 */
import { isWordCharacter } from '../text/boundaries.js';
import { WORD_CHARACTER, characterClasses } from '../text/character-classes.js';
import { knownWordAt, knownWordCount } from './vocabulary.js';
import { lowerBound } from '../text/sorted.js';

/** The words of one text (a word is a run of letters, marks and digits). */
export interface WordIndex {
  /** The text lower-cased, offsets unchanged. */
  readonly lower: string;
  /** Each word's number among the known words (see vocabulary), or -1 when it is none of them. */
  readonly known: readonly number[];
  /** Each word's start, ascending. */
  readonly starts: readonly number[];
  /** Each word's end (exclusive), ascending. */
  readonly ends: readonly number[];
  /** How many words were known when the index was built (it is rebuilt once more are). */
  readonly knownWords: number;
  /**
   * For each table searched all along the text (by the table's number, see PhraseTable.findAll),
   * the numbers of the words an entry of it may start with (ascending), listed by the first
   * search; later searches visit only those words.
   */
  readonly candidates: (readonly number[] | undefined)[];
}

/** Number of the first word of `index` that starts at or after `at` (searching from word `from`). */
export function firstWordFrom(index: WordIndex, at: number, from = 0): number {
  return lowerBound(index.starts, at, from);
}

/** Number of the word starting exactly at `at`, or -1. */
export function wordStartingAt(index: WordIndex, at: number): number {
  const k = lowerBound(index.starts, at);
  return index.starts[k] === at ? k : -1;
}

/** Number of the word ending exactly at `at`, or -1. */
export function wordEndingAt(index: WordIndex, at: number): number {
  const k = lowerBound(index.ends, at);
  return index.ends[k] === at ? k : -1;
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
      // An equal text held in another string (the same article read again) is compared character
      // by character on every lookup; keep the string asked for, so the next lookups compare by
      // reference and stay constant-time.
      hit.text = text;
      if (k > 0) {
        recent.splice(k, 1);
        recent.unshift(hit);
      }
      // words numbered since the index was built (a table compiled late) are read again
      if (hit.index && hit.index.knownWords !== knownWordCount()) hit.index = buildIndex(text);
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
  const known: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const codes = characterClasses();
  const isWord = (k: number): boolean => {
    const c = text.charCodeAt(k);
    return c >= 0xd800 && c <= 0xdfff ? isWordCharacter(text, k) : ((codes[c] as number) & WORD_CHARACTER) !== 0;
  };
  let i = 0;
  while (i < n) {
    if (!isWord(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWord(j)) j++;
    known.push(knownWordAt(lower, i, j));
    starts.push(i);
    ends.push(j);
    i = j;
  }
  return { lower, known, starts, ends, knownWords: knownWordCount(), candidates: [] };
}
