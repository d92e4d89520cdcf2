/**
 * Where the words of the sentence being read start, found once per sentence: readers that look
 * for something at word starts (organization and place names) step from word to word instead of
 * testing every character; names (organizations, provinces, people) start only at a capitalized
 * word, so their readers step from one capitalized word to the next, or only to those a table of
 * names may open with ({@link CapitalizedOpeners}). The block's capitalized words are listed once.
 * @module
 */
import type { SentenceContext } from './sentence-context.js';
import { perSentence } from './sentence-memo.js';
import { firstWordFrom, knownWordOfSlice, wordIndexOf, wordStartingAt } from '../tagging/word-index.js';
import type { WordIndex } from '../tagging/word-index.js';
import { isUpperCharacter, isWordCharacter } from '../text/boundaries.js';
import { CASED_UPPER, characterClasses } from '../text/character-classes.js';
import { lowerBound } from '../text/sorted.js';
import { phraseKeyWord } from '../tagging/phrase-table.js';
import { numberWord } from '../tagging/vocabulary.js';

/**
 * Start offsets (in `ctx.text`) of the words of the sentence, ascending: every position inside
 * the sentence holding a letter, mark or digit with none just before it in the text.
 */
export const sentenceWordStarts = perSentence((ctx: SentenceContext): readonly number[] => {
  const { text, start, end } = ctx;
  const starts: number[] = [];
  const index = wordIndexOf(text);
  if (index) {
    for (let k = firstWordFrom(index, start); k < index.starts.length && (index.starts[k] as number) < end; k++) starts.push(index.starts[k] as number);
    return starts;
  }
  for (let i = start; i < end; i++) if (isWordCharacter(text, i) && (i === 0 || !isWordCharacter(text, i - 1))) starts.push(i);
  return starts;
});

/** The capitalized words of one block (by its word index): their starts and their numbers in the index, ascending. */
interface BlockCapitals {
  /** The block's word index. */
  readonly index: WordIndex;
  /** Start offset of each capitalized word. */
  readonly starts: readonly number[];
  /** Number of each capitalized word in the index. */
  readonly numbers: readonly number[];
  /** The pairs of capitalized words of the block (see {@link hasCapitalizedPair}), listed on first use. */
  pairs: CapitalizedPairs | undefined;
}

/** Pairs of capitalized words that follow each other with only spaces between them ('Lò Văn'), in order. */
interface CapitalizedPairs {
  /** Start of the first word of each pair, ascending. */
  readonly firsts: readonly number[];
  /** Start of the second word of each pair. */
  readonly seconds: readonly number[];
}

/** The block whose capitalized words were last listed. */
let listed: BlockCapitals | undefined;

/** The words of `text` (indexed by `index`) that open with an upper-case letter, listed once per block. */
function blockCapitals(text: string, index: WordIndex): BlockCapitals {
  if (listed?.index === index) return listed;
  const classes = characterClasses();
  const wordStarts = index.starts;
  const starts: number[] = [];
  const numbers: number[] = [];
  for (let k = 0; k < wordStarts.length; k++) {
    const at = wordStarts[k] as number;
    // as isUpperCharacter reads it: the flags of the code unit
    if (((classes[text.charCodeAt(at)] as number) & CASED_UPPER) === 0) continue;
    starts.push(at);
    numbers.push(k);
  }
  listed = { index, starts, numbers, pairs: undefined };
  return listed;
}

/** The pairs of the block's capitalized words, listed once per block. */
function pairsOf(text: string, capitals: BlockCapitals): CapitalizedPairs {
  if (capitals.pairs) return capitals.pairs;
  const { starts } = capitals;
  const firsts: number[] = [];
  const seconds: number[] = [];
  for (let k = 1; k < starts.length; k++) {
    const previous = starts[k - 1] as number;
    const start = starts[k] as number;
    if (!pairedAfterSpaces(text, previous, start)) continue;
    firsts.push(previous);
    seconds.push(start);
  }
  capitals.pairs = { firsts, seconds };
  return capitals.pairs;
}

/** True when nothing but one run of spaces stands between the first space after `previous` and `start` (two capitalized words' starts). */
function pairedAfterSpaces(text: string, previous: number, start: number): boolean {
  if (text[start - 1] !== ' ') return false;
  let gap = start - 1;
  while (gap > previous && text[gap - 1] === ' ') gap--;
  return text.indexOf(' ', previous) === gap;
}

/**
 * Start offsets (in `ctx.text`) of the sentence's words that open with an upper-case letter, ascending: 'Sở', 'UBND', 'Điện'.
 * Through the block's word index, the block's capitalized words are listed once and each sentence
 * takes its own with two binary searches.
 */
export const capitalizedWordStarts = perSentence((ctx: SentenceContext): readonly number[] => {
  const { text, start, end } = ctx;
  const index = wordIndexOf(text);
  if (index) {
    const { starts } = blockCapitals(text, index);
    const from = lowerBound(starts, start);
    return starts.slice(from, lowerBound(starts, end, from));
  }
  return sentenceWordStarts(ctx).filter((i) => isUpperCharacter(text, i));
});

/** Start of the sentence's first capitalized word at or after `from` (inside the sentence), or -1 when none is left. */
export function nextCapitalizedWordStart(ctx: SentenceContext, from: number): number {
  const { text } = ctx;
  const index = wordIndexOf(text);
  const starts = index ? blockCapitals(text, index).starts : capitalizedWordStarts(ctx);
  const next = starts[lowerBound(starts, Math.max(from, ctx.start))];
  return next !== undefined && next < ctx.end ? next : -1;
}

/**
 * True when two capitalized words of the sentence follow each other with only spaces between
 * them ('Lò Văn', "H'Nơ Niê"): the least a name of two capitalized syllables needs, so readers of
 * such names (people, places after a preposition) can pass over a sentence without one.
 */
export const hasCapitalizedPair = perSentence((ctx: SentenceContext): boolean => {
  const { text, start, end } = ctx;
  const index = wordIndexOf(text);
  if (index) {
    // the block's first pair opening in the sentence closes first: the sentence holds a pair when that one closes inside it
    const { firsts, seconds } = pairsOf(text, blockCapitals(text, index));
    const second = seconds[lowerBound(firsts, start)];
    return second !== undefined && second < end;
  }
  const starts = capitalizedWordStarts(ctx);
  for (let k = 1; k < starts.length; k++) if (pairedAfterSpaces(text, starts[k - 1] as number, starts[k] as number)) return true;
  return false;
});

/** No word start. */
const NONE: readonly number[] = Object.freeze([]);

/**
 * The capitalized words of a sentence at which a phrase of a list may start: those spelling (in any
 * case) the first word of one of the phrases as a phrase table keys it, the first run of letters,
 * marks and digits of the normalized phrase ('TP.HCM' → 'tp'). A reader that tries a table at
 * every capitalized word (provinces, organizations) tries it only at these: at the others the
 * table matches nothing. The block's capitalized words are sorted out once per block.
 */
export class CapitalizedOpeners {
  /** The words a phrase starts with. */
  private readonly opening: OpeningWords;
  /** The block the openers were last listed for, and their starts, ascending. */
  private listed: { index: WordIndex; starts: readonly number[] } | undefined;
  /** The sentence the openers were last asked for, and its answer (readers of one sentence ask again). */
  private sentence: SentenceContext | undefined;
  /** See {@link sentence}. */
  private sentenceStarts: readonly number[] = NONE;

  /** The openers of `phrases` (matched case-insensitively, as a phrase table of them matches). */
  constructor(phrases: Iterable<string>) {
    this.opening = new OpeningWords(phrases);
  }

  /**
   * Start offsets (in `ctx.text`, ascending) of the sentence's capitalized words that may open a
   * phrase (without a word index of the block, a short text, each word is read in place).
   */
  startsIn(ctx: SentenceContext): readonly number[] {
    if (ctx === this.sentence) return this.sentenceStarts;
    const { text, start, end } = ctx;
    const index = wordIndexOf(text);
    let found: readonly number[];
    if (!index) found = this.readInPlace(ctx);
    else {
      const starts = this.blockStarts(text, index);
      const from = lowerBound(starts, start);
      const to = lowerBound(starts, end, from);
      found = from === to ? NONE : starts.slice(from, to);
    }
    this.sentence = ctx;
    this.sentenceStarts = found;
    return found;
  }

  /** The sentence's capitalized words that may open a phrase, each word read in place (a text without a word index). */
  private readInPlace(ctx: SentenceContext): readonly number[] {
    const { text } = ctx;
    const capitals = capitalizedWordStarts(ctx);
    const starts: number[] = [];
    for (const i of capitals) {
      let end = i + 1;
      while (end < text.length && isWordCharacter(text, end)) end++;
      if (this.opening.has(knownWordOfSlice(text, i, end))) starts.push(i);
    }
    return starts;
  }

  /** Starts of the capitalized words of the block (indexed by `index`) that may open a phrase, listed once per block. */
  private blockStarts(text: string, index: WordIndex): readonly number[] {
    if (this.listed?.index === index) return this.listed.starts;
    const { opening } = this;
    const capitals = blockCapitals(text, index);
    const starts: number[] = [];
    for (let c = 0; c < capitals.numbers.length; c++) {
      if (opening.has(index.known[capitals.numbers[c] as number] as number)) starts.push(capitals.starts[c] as number);
    }
    this.listed = { index, starts };
    return starts;
  }
}

/**
 * The words the phrases of a list open with, by their numbers among the known words (see
 * vocabulary): the first word of each phrase as a phrase table keys it. A table of the phrases
 * finds nothing at a word that is none of them, which one look at an array tells.
 */
export class OpeningWords {
  /** For each known word's number, 1 when a phrase starts with that word. */
  private readonly member: Uint8Array;

  /** The opening words of `phrases` (matched case-insensitively, as a phrase table of them matches). */
  constructor(phrases: Iterable<string>) {
    const words = new Set<number>();
    for (const raw of phrases) {
      const key = phraseKeyWord(raw, true);
      if (key) words.add(numberWord(key));
    }
    this.member = new Uint8Array(Math.max(0, ...words) + 1);
    for (const w of words) this.member[w] = 1;
  }

  /**
   * False when no phrase opens with `word`, a word read by {@link knownWordStartingAt}: -1 (no
   * known word starts there) or a known word's number; undefined (not read) is taken to open one.
   */
  has(word: number | undefined): boolean {
    if (word === undefined) return true;
    return word >= 0 && word < this.member.length && this.member[word] === 1;
  }
}

/**
 * The number among the known words (see vocabulary) of the word of `text` starting at `i`, read
 * through the text's word index: -1 when no word starts there or it is no known word (no phrase
 * table finds anything there), undefined when the text has no word index (a short text).
 */
export function knownWordStartingAt(text: string, i: number): number | undefined {
  const index = wordIndexOf(text);
  if (!index) return undefined;
  const k = i >= 0 && i < text.length ? wordStartingAt(index, i) : -1;
  return k < 0 ? -1 : (index.known[k] as number);
}
