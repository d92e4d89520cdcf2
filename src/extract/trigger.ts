/**
 * Rule triggers: what a sentence window must hold for a rule to find anything in it (a figure, a
 * digit, one of some words). The extractor compiles the triggers of its rules once, finds where
 * their words stand once per block through the block's word index, tests each window once, and
 * calls a rule only on the windows where its trigger holds.
 * @module
 */
import type { Rule } from '../rules/rule.js';
import type { Lexicon } from './lexicon.js';
import type { WordIndex } from '../tagging/word-index.js';
import { numberWord } from '../tagging/vocabulary.js';
import { phraseKeyWord } from '../tagging/phrase-table.js';
import { firstWordFrom, indexBlock } from '../tagging/word-index.js';
import XRegExp from 'xregexp';
import { normalizeString } from '../text/normalize.js';
import { WORD_RUNS, isWordCharacter } from '../text/boundaries.js';

/** An ASCII digit, searched for from a given place. */
const ASCII_DIGIT = /[0-9]/g;

/**
 * The last word of each phrase (its last run of letters, marks and digits, normalized and
 * lower-case): every match of a phrase on word boundaries holds its last word whole.
 */
export function lastWordsOf(phrases: Iterable<string>): string[] {
  // a phrase without a word keeps no word to stand on: its set then holds everywhere
  return [...phrases].map((phrase) => phraseKeyWord(phrase, false));
}

/**
 * The first word of each phrase (see {@link lastWordsOf}): for a rule that finds phrases starting
 * inside the window (a match found from the window's start on holds its first word whole there),
 * and whose first words are rarer than their last ('hằng năm': 'hằng', not 'năm').
 */
export function firstWordsOf(phrases: Iterable<string>): string[] {
  return [...phrases].map((phrase) => phraseKeyWord(phrase, true));
}

/** A word set, compiled: the numbers of its words and the symbols it holds by. */
interface CompiledSet {
  /** The vocabulary numbers of its words, ascending. */
  readonly numbers: readonly number[];
  /** Its single-character symbols ('/'), each found in the window's text. */
  readonly symbols: readonly string[];
}

/** One rule's trigger, compiled: the bits of the word sets it needs. */
interface Condition {
  /** Least number of mentions. */
  readonly figures: number;
  /** True when a digit is needed. */
  readonly digit: boolean;
  /** The bits of the word sets needed, set `b` at bit `b % 32` of entry `b >> 5`. */
  readonly words: Int32Array;
  /** Entry 0 of {@link words}, read first. */
  readonly first: number;
  /** Entry 1 of {@link words}. */
  readonly second: number;
}

/** What one window holds, as the triggers ask (made by {@link RuleTriggers.createHolds}). */
export interface WindowHolds {
  /** Number of mentions in it. */
  figures: number;
  /** True when it holds an ASCII digit. */
  digit: boolean;
  /**
   * Bit `b % 32` of entry `b >> 5` set when it holds a word of word set `b` (every bit when the
   * index cannot tell).
   */
  readonly words: Int32Array;
}

/** The triggers of an extractor's rules, compiled, and the block being read. */
export class RuleTriggers {
  /** For each rule (by position), its condition, or undefined when it always runs. */
  private readonly conditions: (Condition | undefined)[];
  /** How many 32-bit entries the bits of the word sets take. */
  private readonly lanes: number;
  /** For each known word's number `w`, entries `[w * lanes, (w + 1) * lanes)`: the bits of the word sets it is in. */
  private readonly member: Int32Array;
  /** The block's text and word index (undefined when it has none). */
  private text = '';
  /** See {@link text}. */
  private index: WordIndex | undefined;
  /** First word of the block not yet passed by a window. */
  private nextWord = 0;
  /** Position of the next digit at or after the last window's start (-1 before any search, the text's length when none). */
  private nextDigit = -1;
  /** For each word set holding symbols: its bit and its symbols. */
  private readonly symbolSets: { readonly bit: number; readonly symbols: readonly number[] }[] = [];
  /** The symbols of all sets, each once as a pattern that finds it (sets name them by their place here). */
  private readonly symbols: RegExp[] = [];
  /** For each of {@link symbols}, its next position at or after the last window's start, as {@link nextDigit}. */
  private readonly nextSymbol: number[];

  /** Compiles the triggers of `rules`, reading lexicon-made word sets from `lexicon`. */
  constructor(rules: readonly Rule[], lexicon: Lexicon) {
    // each distinct set (by its words and symbols) is one bit, shared by the rules that ask for it
    const bitOfSet = new Map<string, number>();
    const sets: (readonly number[])[] = [];
    const needed = rules.map((rule) => {
      const trigger = rule.trigger;
      if (!trigger) return undefined;
      const bits: number[] = [];
      for (const set of trigger.words ?? []) {
        const compiled = compileSet(typeof set === 'function' ? set(lexicon) : set);
        if (!compiled) continue;
        const key = `${compiled.numbers.join(' ')}|${compiled.symbols.join(' ')}`;
        let bit = bitOfSet.get(key);
        if (bit === undefined) {
          bit = sets.length;
          sets.push(compiled.numbers);
          bitOfSet.set(key, bit);
          if (compiled.symbols.length > 0) this.symbolSets.push({ bit, symbols: compiled.symbols.map((symbol) => this.symbolNumber(symbol)) });
        }
        bits.push(bit);
      }
      return { trigger, bits };
    });
    // two entries at least, read without a loop (the default rules ask for some forty sets)
    const lanes = Math.max(2, Math.ceil(sets.length / 32));
    this.lanes = lanes;
    this.conditions = needed.map((n) => {
      if (!n) return undefined;
      const words = new Int32Array(lanes);
      for (const bit of n.bits) setBit(words, 0, bit);
      return { figures: n.trigger.figures ?? 0, digit: n.trigger.digit === true, words, first: words[0] as number, second: words[1] as number };
    });
    let size = 0;
    for (const numbers of sets) for (const n of numbers) size = Math.max(size, n + 1);
    this.member = new Int32Array(size * lanes);
    sets.forEach((numbers, bit) => {
      for (const n of numbers) setBit(this.member, n * lanes, bit);
    });
    this.nextSymbol = this.symbols.map(() => -1);
  }

  /** A record of what a window holds, for {@link holdsIn} to fill. */
  createHolds(): WindowHolds {
    return { figures: 0, digit: false, words: new Int32Array(this.lanes) };
  }

  /** Starts reading a block: its words are looked up through its word index, which is returned (undefined when it has none). */
  startBlock(text: string): WordIndex | undefined {
    this.text = text;
    this.index = indexBlock(text);
    this.nextWord = 0;
    this.nextDigit = -1;
    this.nextSymbol.fill(-1);
    return this.index;
  }

  /**
   * What the window `[start, end)` of the block holds, with `figures` mentions. Windows are asked
   * in order; `whole` is false for a piece of a sentence cut into several, where every word set
   * is taken to hold (a rule may read words just outside such a piece).
   */
  holdsIn(start: number, end: number, figures: number, whole: boolean, into: WindowHolds): WindowHolds {
    into.figures = figures;
    into.digit = this.digitIn(start, end);
    if (!whole || !this.index) {
      into.words.fill(-1);
      return into;
    }
    this.wordsIn(this.index, start, end, into.words);
    if (this.symbolSets.length > 0) this.addSymbols(start, end, into.words);
    return into;
  }

  /** True when rule number `r` may find something in a window holding `holds`. */
  mayRun(r: number, holds: WindowHolds): boolean {
    const c = this.conditions[r];
    if (!c) return true;
    if (holds.figures < c.figures || (c.digit && !holds.digit)) return false;
    const held = holds.words;
    if (((held[0] as number) & c.first) !== c.first || ((held[1] as number) & c.second) !== c.second) return false;
    for (let lane = 2; lane < c.words.length; lane++) {
      const needed = c.words[lane] as number;
      if (((held[lane] as number) & needed) !== needed) return false;
    }
    return true;
  }

  /** Sets in `bits` the bits of the word sets with a word in `[start, end)` (and clears the others). */
  private wordsIn(index: WordIndex, start: number, end: number, bits: Int32Array): void {
    const { known, starts } = index;
    const { member, lanes } = this;
    const size = member.length / lanes;
    for (let lane = 2; lane < lanes; lane++) bits[lane] = 0;
    let k = firstWordFrom(index, start, this.nextWord);
    // the first two entries in locals (64 sets: the default rules ask for some forty)
    let first = 0;
    let second = 0;
    for (; k < starts.length && (starts[k] as number) < end; k++) {
      const w = known[k] as number;
      if (w < 0 || w >= size) continue;
      const at = w * lanes;
      first |= member[at] as number;
      second |= member[at + 1] as number;
      for (let lane = 2; lane < lanes; lane++) bits[lane] = (bits[lane] as number) | (member[at + lane] as number);
    }
    bits[0] = first;
    bits[1] = second;
    this.nextWord = k;
  }

  /** Sets in `bits` the bit of each word set holding a symbol that stands in `[start, end)`. */
  private addSymbols(start: number, end: number, bits: Int32Array): void {
    const next = this.nextSymbol;
    for (let k = 0; k < next.length; k++) if ((next[k] as number) < start) next[k] = nextMatch(this.symbols[k] as RegExp, this.text, start);
    for (let s = 0; s < this.symbolSets.length; s++) {
      const { bit, symbols } = this.symbolSets[s] as { bit: number; symbols: readonly number[] };
      if (hasBit(bits, 0, bit)) continue;
      for (let k = 0; k < symbols.length; k++) {
        if ((next[symbols[k] as number] as number) < end) {
          setBit(bits, 0, bit);
          break;
        }
      }
    }
  }

  /** The place of `symbol` in {@link symbols}, added when new. */
  private symbolNumber(symbol: string): number {
    const source = XRegExp.escape(symbol);
    const known = this.symbols.findIndex((pattern) => pattern.source === source);
    if (known >= 0) return known;
    this.symbols.push(new RegExp(source, 'g'));
    return this.symbols.length - 1;
  }

  /** True when an ASCII digit stands in `[start, end)`; each character of the block is read at most once. */
  private digitIn(start: number, end: number): boolean {
    // the regular expression engine's scan, several times a loop's pace over long digitless text
    if (this.nextDigit < start) this.nextDigit = nextMatch(ASCII_DIGIT, this.text, start);
    return this.nextDigit < end;
  }
}

/**
 * Where the global `pattern` next matches `text` at or after `start`, or the text's length: the
 * triggers keep the answer while the windows asked about move forward, so each character of a block
 * is searched once.
 */
function nextMatch(pattern: RegExp, text: string, start: number): number {
  pattern.lastIndex = start;
  const found = pattern.exec(text);
  return found ? found.index : text.length;
}

/** Sets bit `bit` of the bits held from entry `at` of `array` on (bit `bit % 32` of entry `at + (bit >> 5)`). */
function setBit(array: Int32Array, at: number, bit: number): void {
  array[at + (bit >> 5)] = (array[at + (bit >> 5)] as number) | (1 << (bit & 31));
}

/** True when bit `bit` of the bits held from entry `at` of `array` on is set (see {@link setBit}). */
function hasBit(array: Int32Array, at: number, bit: number): boolean {
  return ((array[at + (bit >> 5)] as number) & (1 << (bit & 31))) !== 0;
}

/**
 * A word set compiled: the vocabulary numbers of its words (ascending) and its symbols (single
 * characters that are neither a letter, mark or digit nor a space); undefined when an entry is
 * neither one word nor one such character (the set holds everywhere).
 */
function compileSet(entries: Iterable<string>): CompiledSet | undefined {
  const numbers = new Set<number>();
  const symbols = new Set<string>();
  for (const entry of entries) {
    const lower = normalizeString(entry).trim().toLowerCase();
    // trimmed already: one character left is no space
    if (lower.length === 1 && !isWordCharacter(lower, 0)) {
      symbols.add(lower);
      continue;
    }
    const runs = lower.match(WORD_RUNS);
    if (!runs || runs.length !== 1 || runs[0] !== lower) return undefined;
    numbers.add(numberWord(lower));
  }
  return { numbers: [...numbers].sort((a, b) => a - b), symbols: [...symbols] };
}
