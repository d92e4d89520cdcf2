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
import { normalizeString } from '../text/normalize.js';

/** An ASCII digit, searched for from a given place. */
const ASCII_DIGIT = /[0-9]/g;

/** Word characters, as the word index parts words. */
const WORD_RUNS = /[\p{L}\p{M}\p{N}]+/gu;

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
  /** The bits of the word sets needed (each set one bit). */
  readonly words: number;
}

/** Most word sets told apart (bits of a 32-bit integer); the sets past them hold everywhere. */
const MAX_WORD_SETS = 31;

/** What one window holds, as the triggers ask. */
export interface WindowHolds {
  /** Number of mentions in it. */
  figures: number;
  /** True when it holds an ASCII digit. */
  digit: boolean;
  /** Bit `b` set when it holds a word of word set `b` (every bit when the index cannot tell). */
  words: number;
}

/** The triggers of an extractor's rules, compiled, and the block being read. */
export class RuleTriggers {
  /** For each rule (by position), its condition, or undefined when it always runs. */
  private readonly conditions: (Condition | undefined)[];
  /** For each known word's number, the bits of the word sets it is in. */
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
  private readonly symbolSets: { readonly bit: number; readonly symbols: readonly string[] }[] = [];
  /** For each symbol of a set, its next position at or after the last window's start, as {@link nextDigit}. */
  private readonly nextSymbol = new Map<string, number>();

  /** Compiles the triggers of `rules`, reading lexicon-made word sets from `lexicon`. */
  constructor(rules: readonly Rule[], lexicon: Lexicon) {
    const bitOfSet = new Map<string, number>();
    const sets: (readonly number[])[] = [];
    this.conditions = rules.map((rule) => {
      const trigger = rule.trigger;
      if (!trigger) return undefined;
      let words = 0;
      for (const set of trigger.words ?? []) {
        const compiled = compileSet(typeof set === 'function' ? set(lexicon) : set);
        if (!compiled) continue;
        const key = `${compiled.numbers.join(' ')}|${compiled.symbols.join(' ')}`;
        let bit = bitOfSet.get(key);
        if (bit === undefined && sets.length < MAX_WORD_SETS) {
          bit = sets.length;
          sets.push(compiled.numbers);
          bitOfSet.set(key, bit);
          if (compiled.symbols.length > 0) this.symbolSets.push({ bit, symbols: compiled.symbols });
        }
        if (bit !== undefined) words |= 1 << bit;
      }
      return { figures: trigger.figures ?? 0, digit: trigger.digit === true, words };
    });
    let size = 0;
    for (const numbers of sets) for (const n of numbers) size = Math.max(size, n + 1);
    this.member = new Int32Array(size);
    sets.forEach((numbers, bit) => {
      for (const n of numbers) this.member[n] = (this.member[n] as number) | (1 << bit);
    });
  }

  /** Starts reading a block: its words are looked up through its word index, which is returned (undefined when it has none). */
  startBlock(text: string): WordIndex | undefined {
    this.text = text;
    this.index = indexBlock(text);
    this.nextWord = 0;
    this.nextDigit = -1;
    this.nextSymbol.clear();
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
      into.words = -1;
      return into;
    }
    const words = this.wordsIn(this.index, start, end);
    into.words = this.symbolSets.length > 0 ? this.withSymbols(words, start, end) : words;
    return into;
  }

  /** True when rule number `r` may find something in a window holding `holds`. */
  mayRun(r: number, holds: WindowHolds): boolean {
    const c = this.conditions[r];
    return !c || (holds.figures >= c.figures && (holds.digit || !c.digit) && (holds.words & c.words) === c.words);
  }

  /** The bits of the word sets with a word in `[start, end)`. */
  private wordsIn(index: WordIndex, start: number, end: number): number {
    const { known, starts } = index;
    const { member } = this;
    const size = member.length;
    let k = firstWordFrom(index, start, this.nextWord);
    let bits = 0;
    for (; k < starts.length && (starts[k] as number) < end; k++) {
      const w = known[k] as number;
      if (w >= 0 && w < size) bits |= member[w] as number;
    }
    this.nextWord = k;
    return bits;
  }

  /** `bits` with the bit of each word set holding a symbol that stands in `[start, end)` set too. */
  private withSymbols(bits: number, start: number, end: number): number {
    let out = bits;
    for (const { bit, symbols } of this.symbolSets) {
      if ((out & (1 << bit)) !== 0) continue;
      for (const symbol of symbols) {
        if (this.symbolAt(symbol, start) < end) {
          out |= 1 << bit;
          break;
        }
      }
    }
    return out;
  }

  /** Position of the next `symbol` at or after `start` (the text's length when none); windows are asked in order. */
  private symbolAt(symbol: string, start: number): number {
    const known = this.nextSymbol.get(symbol);
    if (known !== undefined && known >= start) return known;
    const found = this.text.indexOf(symbol, start);
    const at = found < 0 ? this.text.length : found;
    this.nextSymbol.set(symbol, at);
    return at;
  }

  /** True when an ASCII digit stands in `[start, end)`; each character of the block is read at most once. */
  private digitIn(start: number, end: number): boolean {
    if (this.nextDigit < start) {
      // the regular expression engine's scan, several times a loop's pace over long digitless text
      ASCII_DIGIT.lastIndex = start;
      const found = ASCII_DIGIT.exec(this.text);
      this.nextDigit = found ? found.index : this.text.length;
    }
    return this.nextDigit < end;
  }
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
    if (lower.length === 1 && !WORD_CHARACTER_PATTERN.test(lower) && lower.trim() !== '') {
      symbols.add(lower);
      continue;
    }
    const runs = lower.match(WORD_RUNS);
    if (!runs || runs.length !== 1 || runs[0] !== lower) return undefined;
    numbers.add(numberWord(lower));
  }
  return { numbers: [...numbers].sort((a, b) => a - b), symbols: [...symbols] };
}

/** A letter, mark or digit. */
const WORD_CHARACTER_PATTERN = /[\p{L}\p{M}\p{N}]/u;
