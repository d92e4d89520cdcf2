/**
 * The words of a text, found once: where each word starts and ends and which known word (see
 * vocabulary) it is, so that lexicon lookups over one block do not scan and lower-case it again
 * for every rule.
 * @module
 */
import { isWordCharacter } from '../text/boundaries.js';
import { IRREGULAR_LOWER_CASE, SURROGATE_HALF, WORD_CHARACTER, characterClasses, lowerCaseUnits } from '../text/character-classes.js';
import { WORD_HASH_SEED, knownWordAt, knownWordCount, knownWordLowering, wordHashStep } from './vocabulary.js';
import { lowerBound } from '../text/sorted.js';
import { lastAnswer } from '../text/last-answer.js';

/** The words of one text (a word is a run of letters, marks and digits). */
export interface WordIndex {
  /** The text indexed. */
  readonly text: string;
  /** The text lower-cased, offsets unchanged (made when first read, see {@link spellsAt}). */
  readonly lower: string;
  /**
   * True when the text lower-cases unit by unit through {@link lowerCaseUnits} (it holds no
   * character of IRREGULAR_LOWER_CASE, see text/character-classes, and none outside the BMP).
   */
  readonly lowersByUnit: boolean;
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
   * the numbers of the words an entry of it may start with (ascending): the first search of the
   * text lists them for every table searched so far, in one pass; later searches visit only
   * those words.
   */
  readonly candidates: (readonly number[] | undefined)[];
}

/** Number of the first word of `index` that starts at or after `at` (searching from word `from`). */
export function firstWordFrom(index: WordIndex, at: number, from = 0): number {
  return lowerBound(index.starts, at, from);
}

/** Number of the word starting exactly at `at`, or -1; the last place asked is remembered (readers ask several tables at one word). */
export const wordStartingAt = lastAnswer((index: WordIndex, at: number): number => {
  const k = lowerBound(index.starts, at);
  return index.starts[k] === at ? k : -1;
});

/** Number of the word ending exactly at `at`, or -1. */
export function wordEndingAt(index: WordIndex, at: number): number {
  const k = lowerBound(index.ends, at);
  return index.ends[k] === at ? k : -1;
}

/**
 * Sets of known words held as bits, up to 32 sets: bit `s` of entry `w` is set when known word
 * `w` (see vocabulary) is in set `s`. The array returned holds `words` in set `set` too (a copy,
 * grown when a word is past its end).
 */
export function withWordsInSet(sets: Uint32Array, words: Iterable<number>, set: number): Uint32Array {
  let bits = sets;
  for (const word of words) {
    if (word < 0) continue;
    if (word >= bits.length) {
      const more = new Uint32Array(Math.max(word + 1, 2 * bits.length));
      more.set(bits);
      bits = more;
    }
    bits[word] = (bits[word] as number) | (1 << set);
  }
  return bits;
}

/**
 * For each of the first `count` sets of `sets` (see {@link withWordsInSet}), the numbers of the
 * words of `index` that are in it (ascending), listed in one pass over the index; undefined for a
 * set none of its words is in (most sets, in a short text: no empty array is made for them).
 */
export function wordsInSets(index: WordIndex, sets: Uint32Array, count: number): (number[] | undefined)[] {
  const lists: (number[] | undefined)[] = new Array<number[] | undefined>(count).fill(undefined);
  const known = index.known;
  for (let k = 0; k < known.length; k++) {
    const word = known[k] as number;
    if (word >= 0 && word < sets.length) fileBySets(lists, k, sets[word] as number, count);
  }
  return lists;
}

/** Adds word number `k` to the list of each of the first `count` sets whose bit `held` has set (making the list when it is the first). */
export function fileBySets(lists: (number[] | undefined)[], k: number, held: number, count: number): void {
  while (held !== 0) {
    const s = 31 - Math.clz32(held & -held);
    if (s < count) (lists[s] ??= []).push(k);
    held &= held - 1;
  }
}

/** The list of no word, for a set none of a text's words is in (never to be written). */
export const NO_WORDS: readonly number[] = Object.freeze([]);

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
  if (text === block.text && block.index && block.index.knownWords === knownWordCount()) return block.index;
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

/** The block being read (see {@link indexBlock}), whatever its length. */
const block: { text: string; index: WordIndex | undefined } = { text: '', index: undefined };

/**
 * Indexes `text` as the block being read: until another block is, {@link wordIndexOf} answers
 * its index even when the text is short (a title, a one-line paragraph that many tables search).
 */
export function indexBlock(text: string): WordIndex | undefined {
  block.text = text;
  block.index = undefined;
  block.index = text.length < INDEXED_LENGTH ? buildIndex(text) : wordIndexOf(text);
  return block.index;
}

/**
 * Words read by {@link buildIndex} before they are copied out at their number: kept from one text
 * to the next, so that reading a text grows no array step by step (the copies of a growing
 * array were a sixth of what extraction allocated).
 */
let scratch = emptyScratch();

/** Empty arrays for {@link scratch}. */
function emptyScratch(): { known: number[]; starts: number[]; ends: number[] } {
  return { known: [], starts: [], ends: [] };
}

/** Most words {@link scratch} keeps between texts (a block of a long news article has a few hundred). */
const MAX_SCRATCH_WORDS = 1 << 16;

/** Reads every word of `text` once. */
function buildIndex(text: string): WordIndex | undefined {
  const classes = characterClasses();
  const lowers = lowerCaseUnits();
  const n = text.length;
  const { known, starts, ends } = scratch;
  let count = 0;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let flags = classes[code] as number;
    if (flags & (SURROGATE_HALF | IRREGULAR_LOWER_CASE)) return buildIndexLowered(text);
    if ((flags & WORD_CHARACTER) === 0) {
      i++;
      continue;
    }
    // the word's lower case is hashed as it is read
    let hash = wordHashStep(WORD_HASH_SEED, lowers[code] as number);
    let j = i + 1;
    for (; j < n; j++) {
      code = text.charCodeAt(j);
      flags = classes[code] as number;
      if ((flags & WORD_CHARACTER) === 0) break;
      if (flags & IRREGULAR_LOWER_CASE) return buildIndexLowered(text);
      hash = wordHashStep(hash, lowers[code] as number);
    }
    known[count] = knownWordLowering(text, i, j, hash);
    starts[count] = i;
    ends[count] = j;
    count++;
    i = j;
  }
  const index = new IndexedText(text, undefined, known.slice(0, count), starts.slice(0, count), ends.slice(0, count));
  // a long text's words are not held on to once it is read
  if (count > MAX_SCRATCH_WORDS) scratch = emptyScratch();
  return index;
}

/**
 * {@link buildIndex} for a text that lower-casing does not map unit by unit (a character outside
 * the BMP, 'İ', 'Σ'): the text is lower-cased whole, and its words are read in the lower case.
 */
function buildIndexLowered(text: string): WordIndex | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  const n = text.length;
  const known: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const classes = characterClasses();
  const isWord = (k: number): boolean => {
    const c = text.charCodeAt(k);
    return c >= 0xd800 && c <= 0xdfff ? isWordCharacter(text, k) : ((classes[c] as number) & WORD_CHARACTER) !== 0;
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
  return new IndexedText(text, lower, known, starts, ends);
}

/** A word index whose lower-case text is made when first read (most lookups compare through {@link lowerCaseUnits}). */
class IndexedText implements WordIndex {
  readonly text: string;
  readonly known: readonly number[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly knownWords = knownWordCount();
  readonly candidates: (readonly number[] | undefined)[] = [];
  readonly lowersByUnit: boolean;
  /** The lower-case text, once made. */
  private lowered: string | undefined;

  /** The index of `text`, lower-cased already as `lower` when it does not lower-case unit by unit. */
  constructor(text: string, lower: string | undefined, known: readonly number[], starts: readonly number[], ends: readonly number[]) {
    this.text = text;
    this.lowered = lower;
    this.lowersByUnit = lower === undefined;
    this.known = known;
    this.starts = starts;
    this.ends = ends;
  }

  /** The text lower-cased, made on first use. */
  get lower(): string {
    this.lowered ??= this.text.toLowerCase();
    return this.lowered;
  }
}

/** True when the text of `index`, lower-cased, holds `phrase` (lower-case) at `at`. */
export function spellsAt(index: WordIndex, at: number, phrase: string): boolean {
  if (!index.lowersByUnit) return index.lower.startsWith(phrase, at);
  const text = index.text;
  const n = phrase.length;
  if (at < 0 || at + n > text.length) return false;
  const lowers = lowerCaseUnits();
  for (let k = 0; k < n; k++) if (lowers[text.charCodeAt(at + k)] !== phrase.charCodeAt(k)) return false;
  return true;
}

/**
 * True when `text.slice(at, at + phrase.length).toLowerCase() === phrase`, without making either
 * string unless the slice holds a character that is not lower-cased unit by unit.
 */
export function sliceSpells(text: string, at: number, phrase: string): boolean {
  const n = phrase.length;
  if (at < 0 || at + n > text.length) return text.slice(at, at + n).toLowerCase() === phrase;
  const classes = characterClasses();
  const lowers = lowerCaseUnits();
  for (let k = 0; k < n; k++) {
    const code = text.charCodeAt(at + k);
    if ((classes[code] as number) & (SURROGATE_HALF | IRREGULAR_LOWER_CASE)) return text.slice(at, at + n).toLowerCase() === phrase;
    if (lowers[code] !== phrase.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The number of the known word (see vocabulary) that `text.slice(start, end).toLowerCase()`
 * spells, or -1; no string is made unless the slice holds a character that is not lower-cased
 * unit by unit.
 */
export function knownWordOfSlice(text: string, start: number, end: number): number {
  const classes = characterClasses();
  const lowers = lowerCaseUnits();
  let hash = WORD_HASH_SEED;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if ((classes[code] as number) & (SURROGATE_HALF | IRREGULAR_LOWER_CASE)) {
      const lower = text.slice(start, end).toLowerCase();
      return knownWordAt(lower, 0, lower.length);
    }
    hash = wordHashStep(hash, lowers[code] as number);
  }
  return knownWordLowering(text, start, end, hash);
}
