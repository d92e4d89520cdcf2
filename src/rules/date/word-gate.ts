/**
 * Gates on whole words, read through the block's word index: a pattern that needs one of a few
 * words ('tháng', 'năm', 'từ') is run only on a sentence that holds one. A gate's words are known
 * words of the vocabulary, so the index tells each word of the block by its number; the first
 * gate asked about a sentence lists where the words of all gates stand in it, in one pass over
 * its words, instead of a regex pass over its text for each.
 * @module
 */
import type { SentenceContext } from '../../extract/sentence-context.js';
import type { WordIndex } from '../../tagging/word-index.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { numberWord } from '../../tagging/vocabulary.js';
import { NO_WORDS, fileBySets, firstWordFrom, spellsAt, withWordsInSet, wordIndexOf } from '../../tagging/word-index.js';
import { isWordCharacter } from '../../text/boundaries.js';
import { isSpace } from '../../text/text-view.js';

/** The words of a sentence in its block's word index: numbers `[first, end)`. */
export interface IndexedSentence {
  /** The block's word index. */
  readonly index: WordIndex;
  /** Number of the sentence's first word. */
  readonly first: number;
  /** One more than the number of its last word. */
  readonly end: number;
}

/**
 * The sentence's words in the block's word index, read once per sentence; undefined when the block
 * has no index (a short text) or the sentence starts or ends inside a word (a long unbroken run cut
 * into windows), where the index's words are not the sentence's.
 */
export const indexedSentence = perSentence((ctx: SentenceContext): IndexedSentence | undefined => {
  const index = wordIndexOf(ctx.text);
  if (!index) return undefined;
  const { text, start, end } = ctx;
  if (isWordCharacter(text, start - 1) && isWordCharacter(text, start)) return undefined;
  if (isWordCharacter(text, end - 1) && isWordCharacter(text, end)) return undefined;
  const first = firstWordFrom(index, start);
  return { index, first, end: firstWordFrom(index, end, first) };
});

/** The words of a gate found in one sentence. */
export interface GateWords {
  /** The block's word index. */
  readonly index: WordIndex;
  /** Word numbers (ascending) listing the gate's words: those at `[from, to)` are the sentence's. */
  readonly numbers: readonly number[];
  /** First position of `numbers` inside the sentence. */
  readonly from: number;
  /** One past the last position of `numbers` inside the sentence. */
  readonly to: number;
}

/** A test every sentence holding a match of some pattern passes, cheaper than the pattern. */
export interface SentenceGate {
  /** False when the sentence cannot hold a match. */
  passes(ctx: SentenceContext): boolean;
}

/** How many word gates are listed together, in one pass over a sentence (one bit each). */
const LISTED_GATES = 32;

/** How many word gates there are. */
let gateCount = 0;

/** The words of the first {@link LISTED_GATES} gates, as sets of known words (see withWordsInSet). */
let gateWords: Uint32Array = new Uint32Array(0);

/** What one pass over a sentence's words lists: the words of the gates, and those opening with a digit. */
interface SentenceWords {
  /** The sentence. */
  readonly ctx: SentenceContext;
  /** How many gates were then: the lists of the first this many gates. */
  readonly count: number;
  /** For each gate, the numbers of the sentence's words that are its words (ascending); undefined when none is. */
  readonly lists: readonly (readonly number[] | undefined)[];
  /** The sentence's words that open with an ASCII digit (see {@link digitWordsIn}). */
  readonly digits: GateWords;
}

/** The words of the sentence last listed. */
let listedWords: SentenceWords | undefined;

/**
 * The words of the sentence listed in one pass over them: for each of the first
 * {@link LISTED_GATES} gates, the words that are its words (see withWordsInSet), and the words
 * that open with an ASCII digit; kept for the sentence, and listed again when gate number `gate`,
 * made since, asks.
 */
function sentenceWords(ctx: SentenceContext, sentence: IndexedSentence, gate = -1): SentenceWords {
  if (listedWords?.ctx === ctx && gate < listedWords.count) return listedWords;
  const count = Math.min(gateCount, LISTED_GATES);
  const sets = gateWords;
  const lists: (number[] | undefined)[] = new Array<number[] | undefined>(count).fill(undefined);
  const digits: number[] = [];
  const { index } = sentence;
  const { known, starts, text } = index;
  for (let k = sentence.first; k < sentence.end; k++) {
    const c = text.charCodeAt(starts[k] as number);
    if (c >= 48 && c <= 57) digits.push(k);
    const word = known[k] as number;
    if (word >= 0 && word < sets.length) fileBySets(lists, k, sets[word] as number, count);
  }
  listedWords = { ctx, count, lists, digits: { index, numbers: digits, from: 0, to: digits.length } };
  return listedWords;
}

/** The numbers of the sentence's words that are in set 0 of `sets` (see withWordsInSet), ascending. */
function sentenceWordsInSet(sentence: IndexedSentence, sets: Uint32Array): number[] {
  const numbers: number[] = [];
  const { known } = sentence.index;
  for (let k = sentence.first; k < sentence.end; k++) {
    const word = known[k] as number;
    if (word >= 0 && word < sets.length && ((sets[word] as number) & 1) !== 0) numbers.push(k);
  }
  return numbers;
}

/**
 * The sentence's words that open with an ASCII digit ('2025', '15a', '5luật'), read through the
 * block's word index once per sentence (with the words of the gates): `numbers` holds their
 * numbers, all of them the sentence's (`from` is 0, `to` their count); undefined when the index
 * cannot tell (see {@link indexedSentence}): the caller reads the text.
 */
export function digitWordsIn(ctx: SentenceContext): GateWords | undefined {
  const sentence = indexedSentence(ctx);
  return sentence ? sentenceWords(ctx, sentence).digits : undefined;
}

/** A set of words a pattern needs, one of which must stand in a sentence as a whole word (any case). */
export class WordGate implements SentenceGate {
  /** The gate's number among all word gates. */
  private readonly number: number;
  /** The gate's words as set 0 of a set of known words, for a gate past the first {@link LISTED_GATES}. */
  private readonly ownWords: Uint32Array | undefined;
  /** The sentence the gate's words were last listed for, and the list, for a gate past the first {@link LISTED_GATES}. */
  private listed: { ctx: SentenceContext; numbers: readonly number[] } | undefined;

  /** A gate on `words` (single words, matched whole and case-insensitively). */
  constructor(words: Iterable<string>) {
    const known = [...words].map((w) => numberWord(w.normalize('NFC').toLowerCase()));
    this.number = gateCount++;
    if (this.number < LISTED_GATES) gateWords = withWordsInSet(gateWords, known, this.number);
    else this.ownWords = withWordsInSet(new Uint32Array(0), known, 0);
  }

  /**
   * The numbers of the sentence's words that are the gate's words (ascending): the first time a
   * gate asks about a sentence, the words of all gates are listed in one pass over its words
   * (only the sentences some gate asks about are read).
   */
  private numbersIn(ctx: SentenceContext, sentence: IndexedSentence): readonly number[] {
    if (this.ownWords) {
      if (this.listed?.ctx !== ctx) this.listed = { ctx, numbers: sentenceWordsInSet(sentence, this.ownWords) };
      return this.listed.numbers;
    }
    return sentenceWords(ctx, sentence, this.number).lists[this.number] ?? NO_WORDS;
  }

  /**
   * A gate on the last words of `phrases` ('từ' of 'kể từ'), for a pattern in which each phrase is
   * followed by a space and, when it has several words, its words are parted by spaces: the
   * last word then stands whole in every match.
   */
  static ofLastWords(phrases: Iterable<string>): WordGate {
    return new WordGate([...phrases].map((p) => p.trim().split(/\s+/).pop() as string));
  }

  /**
   * Where the gate's words stand in the sentence (read through the block's word index), or
   * undefined when the index cannot tell (see {@link indexedSentence}): the caller reads the text.
   */
  wordsIn(ctx: SentenceContext): GateWords | undefined {
    const sentence = indexedSentence(ctx);
    if (!sentence) return undefined;
    const numbers = this.numbersIn(ctx, sentence);
    return { index: sentence.index, numbers, from: 0, to: numbers.length };
  }

  /**
   * False when the sentence holds none of the gate's words as a whole word; true when it holds one
   * or when the index cannot tell.
   */
  passes(ctx: SentenceContext): boolean {
    const found = this.wordsIn(ctx);
    return !found || found.to > found.from;
  }
}

/**
 * A gate on phrases of several words ('Nghị quyết', 'Văn kiện'), for a pattern that writes the
 * words of each parted by whitespace (`\s+`) and has whitespace after the last: in every match
 * the last word and the middle ones stand whole, and the first ends a word (a digit may stand
 * right before it). The phrases' last words are found through the block's word index, and the
 * words before them checked there.
 */
export class PhraseGate implements SentenceGate {
  /** The phrases' last words. */
  private readonly lastWords: WordGate;
  /** The phrases (their lower-case words) by the number of their last word (see vocabulary). */
  private readonly byLast = new Map<number, string[][]>();

  /** A gate on `phrases`, each of at least two words, matched case-insensitively. */
  constructor(phrases: Iterable<string>) {
    const lists = [...phrases].map((p) => p.normalize('NFC').toLowerCase().trim().split(/\s+/));
    const lastWords: string[] = [];
    for (const words of lists) {
      if (words.length < 2) throw new Error(`PhraseGate: '${words.join(' ')}' is not a phrase of several words`);
      const last = words[words.length - 1] as string;
      lastWords.push(last);
      const key = numberWord(last);
      const list = this.byLast.get(key);
      if (list) list.push(words);
      else this.byLast.set(key, [words]);
    }
    this.lastWords = new WordGate(lastWords);
  }

  /**
   * False when no phrase of the gate stands in the sentence as the patterns write it; true when
   * one does or when the index cannot tell.
   */
  passes(ctx: SentenceContext): boolean {
    const found = this.lastWords.wordsIn(ctx);
    if (!found) return true;
    const { index } = found;
    for (let c = found.from; c < found.to; c++) {
      const k = found.numbers[c] as number;
      for (const words of this.byLast.get(index.known[k] as number) ?? []) if (standsBefore(ctx, index, k, words)) return true;
    }
    return false;
  }

  /**
   * Where the gate's phrases stand in the sentence as the patterns write them (see
   * {@link passes}): the start of each, its first word's end less the word's length, ascending
   * without repeats; undefined when the index cannot tell.
   */
  startsIn(ctx: SentenceContext): number[] | undefined {
    const found = this.lastWords.wordsIn(ctx);
    if (!found) return undefined;
    const { index } = found;
    const starts: number[] = [];
    for (let c = found.from; c < found.to; c++) {
      const k = found.numbers[c] as number;
      for (const words of this.byLast.get(index.known[k] as number) ?? []) {
        if (standsBefore(ctx, index, k, words)) starts.push((index.ends[k - words.length + 1] as number) - (words[0] as string).length);
      }
    }
    return starts.length < 2 ? starts : [...new Set(starts)].sort((a, b) => a - b);
  }
}

/** True when the words of `words` but the last stand before word `k` of the sentence, parted by whitespace only. */
function standsBefore(ctx: SentenceContext, index: WordIndex, k: number, words: readonly string[]): boolean {
  const first = k - (words.length - 1);
  if (first < 0 || (index.starts[first] as number) < ctx.start) return false;
  for (let j = words.length - 2; j >= 0; j--) {
    const at = first + j;
    const word = words[j] as string;
    const start = index.starts[at] as number;
    const end = index.ends[at] as number;
    // the first word of the phrase need only end the text's word
    if (j > 0 ? end - start !== word.length : end - start < word.length) return false;
    if (!spellsAt(index, end - word.length, word)) return false;
    for (let i = end; i < (index.starts[at + 1] as number); i++) if (!isSpace(ctx.text.charCodeAt(i))) return false;
  }
  return true;
}
