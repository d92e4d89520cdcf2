/**
 * A lexicon compiled for fast lookup: the longest entry that starts (or ends) at a position of a
 * normalized text, case-insensitive, on Vietnamese word boundaries. Linear in what it reads.
 * @module
 */
import { normalizeString } from '../text/normalize.js';
import { WORD_RUNS, isWordCharacter } from '../text/boundaries.js';
import { NO_WORDS, knownWordOfSlice, sliceSpells, spellsAt, withWordsInSet, wordEndingAt, wordIndexOf, wordStartingAt, wordsInSets } from './word-index.js';
import { numberWord } from './vocabulary.js';
import type { WordIndex } from './word-index.js';

/** One lexicon entry found in a text. */
export interface PhraseMatch<T> {
  /** Index of the first character in the searched text. */
  start: number;
  /** Index one past the last character. */
  end: number;
  /** The entry as the lexicon spells it (normalized). */
  phrase: string;
  /** The value the lexicon gives the entry. */
  value: T;
}

/** A compiled entry: its lower-case form and value. */
interface Entry<T> {
  lower: string;
  phrase: string;
  value: T;
  /** True when the entry is one word and nothing else: found wherever its word stands whole. */
  single: boolean;
  /** The number of its second word (see vocabulary), or -1 when it has one word. */
  second: number;
  /** The number of its last word but one, or -1 when it has one word. */
  penult: number;
}

/** Longest-match lookup of lexicon phrases in normalized text. */
export class PhraseTable<T> {
  /** Entries by the number of their first word (see vocabulary), longest first; undefined for a word none starts with. */
  private readonly byFirst: readonly (Entry<T>[] | undefined)[];
  /** Entries by the number of their last word (see vocabulary), longest first; undefined for a word none ends with. */
  private readonly byLast: readonly (Entry<T>[] | undefined)[];
  /**
   * The number of the table's first words among those of the tables searched with `findAll`,
   * once it has been (see WordIndex.candidates): tables whose entries start with the same words
   * (the same lexicon compiled again by another extractor) share it, and their candidates.
   */
  private searched = -1;
  /** How many sets of first words the tables searched with `findAll` have. */
  private static searchedTables = 0;
  /** The number of each set of first words (its word numbers, ascending, joined by commas). */
  private static numbersByFirstWords = new Map<string, number>();
  /**
   * For each known word (by its number), bit `t` set when an entry of the searched table number
   * `t` starts with it (for the first {@link LISTED_TABLES} tables searched).
   */
  private static startBits: Uint32Array = new Uint32Array(0);

  /** Compiles `entries` (phrase → value); phrases are normalized and matched case-insensitively. */
  constructor(entries: Iterable<readonly [string, T]>) {
    const byFirst = new Map<number, Entry<T>[]>();
    const byLast = new Map<number, Entry<T>[]>();
    for (const [raw, value] of entries) {
      const phrase = normalizeString(raw).trim().replace(/\s+/g, ' ');
      if (!phrase) continue;
      const lower = phrase.toLowerCase();
      const runs = lower.match(WORD_RUNS) ?? [];
      const entry: Entry<T> = {
        lower,
        phrase,
        value,
        single: runs.length === 1 && runs[0] === lower,
        second: runs.length > 1 ? numberWord(runs[1] as string) : -1,
        penult: runs.length > 1 ? numberWord(runs[runs.length - 2] as string) : -1,
      };
      // keyed by the first and last runs of word characters, as texts are read ('khám, chữa bệnh' → 'khám')
      push(byFirst, numberWord(edgeWord(lower, true)), entry);
      push(byLast, numberWord(edgeWord(lower, false)), entry);
    }
    for (const list of [...byFirst.values(), ...byLast.values()]) list.sort((a, b) => b.lower.length - a.lower.length);
    this.byFirst = byNumber(byFirst);
    this.byLast = byNumber(byLast);
  }

  /** Builds a table from a list of phrases, each its own value. */
  static of(phrases: Iterable<string>): PhraseTable<string> {
    return new PhraseTable<string>([...phrases].map((p) => [p, p] as const));
  }

  /** The longest entry starting exactly at `index` of `text`, or undefined. */
  matchAt(text: string, index: number): PhraseMatch<T> | undefined {
    const words = wordIndexOf(text);
    if (words) {
      const k = index >= 0 && index < text.length ? wordStartingAt(words, index) : -1;
      return k < 0 ? undefined : this.matchIndexed(text, words, index, k);
    }
    return this.matchInPlace(text, index);
  }

  /** `matchAt` through a word index: `k` is the number of the word starting at `index`. */
  private matchIndexed(text: string, words: WordIndex, index: number, k: number): PhraseMatch<T> | undefined {
    const list = listOf(this.byFirst, words.known[k] as number);
    if (!list) return undefined;
    // the word after this one, which an entry of two words or more must open with
    const next = k + 1 < words.known.length ? (words.known[k + 1] as number) : -2;
    for (let e = 0; e < list.length; e++) {
      const entry = list[e] as Entry<T>;
      // a one-word entry is this very word (the list is keyed by it)
      if (entry.single) return { start: index, end: words.ends[k] as number, phrase: entry.phrase, value: entry.value };
      if (entry.second >= 0 && entry.second !== next) continue;
      const stop = index + entry.lower.length;
      if (stop > text.length || isWordCharacter(text, stop)) continue;
      if (spellsAt(words, index, entry.lower)) return { start: index, end: stop, phrase: entry.phrase, value: entry.value };
    }
    return undefined;
  }

  /** `matchAt` reading the word at `index` in place (short texts). */
  private matchInPlace(text: string, index: number): PhraseMatch<T> | undefined {
    if (index < 0 || index >= text.length || !isWordCharacter(text, index)) return undefined;
    if (index > 0 && isWordCharacter(text, index - 1)) return undefined;
    let end = index;
    while (end < text.length && isWordCharacter(text, end)) end++;
    const list = listOf(this.byFirst, knownWordOfSlice(text, index, end));
    if (!list) return undefined;
    for (const entry of list) {
      const stop = index + entry.lower.length;
      if (stop > text.length || isWordCharacter(text, stop)) continue;
      if (sliceSpells(text, index, entry.lower)) return { start: index, end: stop, phrase: entry.phrase, value: entry.value };
    }
    return undefined;
  }

  /** The longest entry ending exactly at `end` of `text`, or undefined. */
  matchEndingAt(text: string, end: number): PhraseMatch<T> | undefined {
    if (end <= 0 || end > text.length) return undefined;
    const words = wordIndexOf(text);
    if (words) {
      const k = wordEndingAt(words, end);
      return k < 0 ? undefined : this.matchEndingAtWord(words, k);
    }
    if (!isWordCharacter(text, end - 1) || isWordCharacter(text, end)) return undefined;
    let start = end;
    while (start > 0 && isWordCharacter(text, start - 1)) start--;
    const list = listOf(this.byLast, knownWordOfSlice(text, start, end));
    if (!list) return undefined;
    for (const entry of list) {
      const from = end - entry.lower.length;
      if (from < 0 || (from > 0 && isWordCharacter(text, from - 1))) continue;
      if (sliceSpells(text, from, entry.lower)) return { start: from, end, phrase: entry.phrase, value: entry.value };
    }
    return undefined;
  }

  /**
   * The longest entry ending where word number `k` of the indexed text `words` ends, or undefined:
   * {@link matchEndingAt} for a caller that already knows the word (solieu's own readers, which
   * walk a block's word index).
   * @internal
   */
  matchEndingAtWord(words: WordIndex, k: number): PhraseMatch<T> | undefined {
    const list = listOf(this.byLast, words.known[k] as number);
    if (!list) return undefined;
    const { text } = words;
    const end = words.ends[k] as number;
    // the word before this one, which an entry of two words or more must have before its last
    const previous = k > 0 ? (words.known[k - 1] as number) : -2;
    for (let e = 0; e < list.length; e++) {
      const entry = list[e] as Entry<T>;
      // a one-word entry is this very word (the list is keyed by it)
      if (entry.single) return { start: words.starts[k] as number, end, phrase: entry.phrase, value: entry.value };
      if (entry.penult >= 0 && entry.penult !== previous) continue;
      const from = end - entry.lower.length;
      if (from < 0 || (from > 0 && isWordCharacter(text, from - 1))) continue;
      if (spellsAt(words, from, entry.lower)) return { start: from, end, phrase: entry.phrase, value: entry.value };
    }
    return undefined;
  }

  /** Every non-overlapping entry in `text[from, to)`, left to right, longest at each place. */
  findAll(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
    return this.collect(text, from, to, Infinity);
  }

  /** The first entry {@link findAll} finds in `text[from, to)`, or undefined: the search stops there. */
  firstIn(text: string, from = 0, to = text.length): PhraseMatch<T> | undefined {
    return this.collect(text, from, to, 1)[0];
  }

  /** The first `most` entries {@link findAll} finds in `text[from, to)`. */
  private collect(text: string, from: number, to: number, most: number): PhraseMatch<T>[] {
    const words = wordIndexOf(text);
    if (words) {
      if (this.searched < 0) this.register();
      if (words.candidates.length === 0) PhraseTable.listCandidates(words);
      const candidates = (words.candidates[this.searched] ??= this.startingWords(words));
      return this.findAtCandidates(text, words, candidates, from, to, most);
    }
    const found: PhraseMatch<T>[] = [];
    let i = from;
    while (i < to && found.length < most) {
      if (isWordCharacter(text, i) && (i === 0 || !isWordCharacter(text, i - 1))) {
        const hit = this.matchInPlace(text, i);
        if (hit && hit.end <= to) {
          found.push(hit);
          i = hit.end;
          continue;
        }
      }
      i++;
    }
    return found;
  }

  /** Numbers the table's first words among those of the tables searched with `findAll`, and files the number under those words. */
  private register(): void {
    const firstWords: number[] = [];
    for (let word = 0; word < this.byFirst.length; word++) if (this.byFirst[word] !== undefined) firstWords.push(word);
    const key = firstWords.join(',');
    const known = PhraseTable.numbersByFirstWords.get(key);
    if (known !== undefined) {
      this.searched = known;
      return;
    }
    this.searched = PhraseTable.searchedTables++;
    PhraseTable.numbersByFirstWords.set(key, this.searched);
    if (this.searched < LISTED_TABLES) PhraseTable.startBits = withWordsInSet(PhraseTable.startBits, firstWords, this.searched);
  }

  /**
   * Fills the candidates of `words` for the tables searched so far (the first
   * {@link LISTED_TABLES}), in one pass over its words at the first search of the text: each
   * table then visits only the words its entries may start with. A table searched for the first
   * time later lists its own (see startingWords).
   */
  private static listCandidates(words: WordIndex): void {
    const count = Math.min(PhraseTable.searchedTables, LISTED_TABLES);
    const lists = wordsInSets(words, PhraseTable.startBits, count);
    for (let t = 0; t < count; t++) words.candidates[t] = lists[t] ?? NO_WORDS;
  }

  /** The numbers of the words of `words` (ascending) that an entry may start with. */
  private startingWords(words: WordIndex): number[] {
    const found: number[] = [];
    for (let k = 0; k < words.known.length; k++) if (listOf(this.byFirst, words.known[k] as number)) found.push(k);
    return found;
  }

  /**
   * `findAll` through a word index that lists the words an entry may start with (`candidates`,
   * word numbers ascending): the same matches, the other words of the range never looked at; the
   * first `most` of them.
   */
  private findAtCandidates(text: string, words: WordIndex, candidates: readonly number[], from: number, to: number, most: number): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((words.starts[candidates[mid] as number] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    let next = from;
    for (let c = lo; c < candidates.length && found.length < most; c++) {
      const k = candidates[c] as number;
      const start = words.starts[k] as number;
      if (start >= to) break;
      if (start < next) continue;
      const hit = this.matchIndexed(text, words, start, k);
      if (hit && hit.end <= to) {
        found.push(hit);
        next = hit.end;
      }
    }
    return found;
  }
}

/** How many of the tables searched with `findAll` have their candidates listed together (one bit each). */
const LISTED_TABLES = 32;

/**
 * Where the first entry of any of `tables` found in `text[from, to)` starts (each table searched
 * as {@link PhraseTable.firstIn} searches), or -1 when none of them finds one.
 */
export function firstStartOf(tables: readonly PhraseTable<unknown>[], text: string, from: number, to: number): number {
  let first = -1;
  for (const table of tables) {
    const hit = table.firstIn(text, from, to);
    if (hit && (first < 0 || hit.start < first)) first = hit.start;
  }
  return first;
}

/** The first (or last) run of word characters of `phrase`, or the phrase when it has none. */
function edgeWord(phrase: string, first: boolean): string {
  const runs = phrase.match(WORD_RUNS);
  if (!runs || runs.length === 0) return phrase;
  return (first ? runs[0] : runs[runs.length - 1]) as string;
}

/**
 * The word a phrase table keys `phrase` by at its start (`first`) or its end: the first or last run
 * of letters, marks and digits of the phrase normalized and lower-cased ('Khám, chữa bệnh' →
 * 'khám'), or that whole phrase when it has no such run. The phrase stands in a text only where
 * this word stands whole, so a reader may look for the word first.
 */
export function phraseKeyWord(phrase: string, first: boolean): string {
  return edgeWord(normalizeString(phrase).trim().replace(/\s+/g, ' ').toLowerCase(), first);
}

/** The lists of `map` in an array indexed by their keys (word numbers), undefined where no key is. */
function byNumber<T>(map: ReadonlyMap<number, Entry<T>[]>): (Entry<T>[] | undefined)[] {
  let size = 0;
  for (const key of map.keys()) size = Math.max(size, key + 1);
  const lists: (Entry<T>[] | undefined)[] = [];
  for (let word = 0; word < size; word++) lists.push(map.get(word));
  return lists;
}

/** The list of `lists` under the word number `word` (-1 for no known word), or undefined. */
function listOf<T>(lists: readonly (Entry<T>[] | undefined)[], word: number): Entry<T>[] | undefined {
  return word >= 0 && word < lists.length ? lists[word] : undefined;
}

/** Appends `entry` to the list under `key`. */
function push<T>(map: Map<number, Entry<T>[]>, key: number, entry: Entry<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
