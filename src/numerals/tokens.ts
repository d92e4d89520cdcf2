/**
 * A lazy token stream over the normalized text, read forward from one position: digit numerals
 * (through {@link readDigits}), words (lower-cased for lookup, original case kept) and single
 * symbols. Tokens are only read as far as the numeral grammar asks, and never more than
 * {@link MAX_TOKENS}, so every scan stays linear.
 * @module
 */
import { LETTER, LOWER_CASING_CHANGES, SURROGATE_HALF, UPPER_LETTER, WORD_CHARACTER, characterClasses } from '../text/character-classes.js';
import { type DigitNumber, readDigits } from './digits.js';
import { isLetterUnit, lowerCase, startsUpperCase } from './letters.js';

/** The most tokens one numeral may span. */
export const MAX_TOKENS = 64;

/** One token of the stream. */
export type Token =
  | { readonly type: 'number'; readonly start: number; readonly end: number; readonly spaced: boolean; readonly number: DigitNumber; readonly glued: boolean }
  | { readonly type: 'word'; readonly start: number; readonly end: number; readonly spaced: boolean; readonly text: string; readonly lower: string; readonly capitalized: boolean }
  | { readonly type: 'symbol'; readonly start: number; readonly end: number; readonly spaced: boolean; readonly text: string };

/**
 * Every field any token has: tokens are made with all of them (undefined or false where the type
 * has none), so that they are of one shape at run time and the numeral readers read `type`,
 * `start` and `end` at one place whatever the token.
 */
interface TokenFields {
  readonly type: Token['type'];
  readonly start: number;
  readonly end: number;
  readonly spaced: boolean;
  readonly text: string | undefined;
  readonly lower: string | undefined;
  readonly capitalized: boolean;
  readonly number: DigitNumber | undefined;
  readonly glued: boolean;
}

/** A word token (see {@link TokenFields}). */
function wordTokenOf(start: number, end: number, spaced: boolean, text: string, lower: string, capitalized: boolean): WordToken {
  const token: TokenFields = { type: 'word', start, end, spaced, text, lower, capitalized, number: undefined, glued: false };
  return token as WordToken;
}

/** A number token (see {@link TokenFields}). */
function numberTokenOf(start: number, end: number, spaced: boolean, number: DigitNumber, glued: boolean): Token {
  const token: TokenFields = { type: 'number', start, end, spaced, text: undefined, lower: undefined, capitalized: false, number, glued };
  return token as Token;
}

/** A symbol token (see {@link TokenFields}). */
function symbolTokenOf(start: number, end: number, spaced: boolean, text: string): Token {
  const token: TokenFields = { type: 'symbol', start, end, spaced, text, lower: undefined, capitalized: false, number: undefined, glued: false };
  return token as Token;
}

/** A character that opens a word token: a letter or mark (a surrogate pair is tested whole). */
function isWordStartAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return isLetterUnit(text, i) || isLetterPair(text, i);
  return isLetterUnit(text, i);
}

/** A letter or mark outside the Basic Multilingual Plane, as one surrogate pair: '𝐀', '𠀀'. */
const LETTER_PAIR = /^[\p{L}\p{M}]$/u;

/** True when a high and a low surrogate at `i` together make a letter or mark. */
function isLetterPair(text: string, i: number): boolean {
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff && LETTER_PAIR.test(text.slice(i, i + 2));
}

/** Code units of the character at `i`: 2 for a surrogate pair, else 1. */
function characterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** Where the run of letters and marks starting at `i` ends (surrogate pairs read whole). */
function wordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c !== c) return j;
    if (c >= 0xd800 && c <= 0xdbff) {
      if (!isLetterPair(text, j)) return j;
      j += 2;
    } else if (isLetterUnit(text, j)) j++;
    else return j;
  }
}

/** A word token: the text as written, lower-cased for lookup, and whether it starts upper case. */
type WordToken = Extract<Token, { type: 'word' }>;

/**
 * The word token of the run of letters and marks at `start` (a letter or mark). One pass over its
 * code units finds its end and whether lower-casing changes any of them; a run holding a
 * surrogate half is read code point by code point instead ({@link wordEnd}, {@link lowerCase},
 * {@link startsUpperCase}).
 */
function wordToken(text: string, start: number, spaced: boolean): WordToken {
  const table = characterClasses();
  let seen = 0;
  let j = start;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c !== c) break;
    const flags = table[c] as number;
    if ((flags & SURROGATE_HALF) !== 0) {
      const end = wordEnd(text, start);
      const word = text.slice(start, end);
      return wordTokenOf(start, end, spaced, word, lowerCase(word), startsUpperCase(word));
    }
    if ((flags & LETTER) === 0) break;
    seen |= flags;
    j++;
  }
  const word = text.slice(start, j);
  const lower = (seen & LOWER_CASING_CHANGES) !== 0 ? word.toLowerCase() : word;
  const capitalized = ((table[text.charCodeAt(start)] as number) & UPPER_LETTER) !== 0;
  return wordTokenOf(start, j, spaced, word, lower, capitalized);
}

/** True when the code unit `c` is a digit 0–9. */
function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** True when the single code unit at `i` is a letter, mark or digit (a lone surrogate half is not): a numeral glued to a word or code. */
function isGluedAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === c && ((characterClasses()[c] as number) & WORD_CHARACTER) !== 0;
}

/** Tokens of `text` from one position on, read on demand. */
export class TokenStream {
  /** The normalized text. */
  readonly text: string;
  /** Glued digit suffixes this stream accepts ('K', 'tr' …), or all when undefined. */
  private readonly suffixes: ReadonlySet<string> | undefined;
  /** Tokens read so far. */
  private readonly tokens: Token[] = [];
  /** Where the next token starts. */
  private position: number;
  /** True once the end of text or the token cap is reached. */
  private done = false;

  /** A stream over `text` from `start`. */
  constructor(text: string, start: number, suffixes?: ReadonlySet<string>) {
    this.text = text;
    this.position = start;
    this.suffixes = suffixes;
  }

  /** The `k`-th token from the start, or undefined past the end. */
  at(k: number): Token | undefined {
    while (this.tokens.length <= k && !this.done) this.readOne();
    return this.tokens[k];
  }

  /** The lower-cased word at `k` when it is a word separated from the token before by a space (or is the first token). */
  word(k: number): string | undefined {
    const t = this.at(k);
    if (t?.type !== 'word') return undefined;
    if (k > 0 && !t.spaced) return undefined;
    return t.lower;
  }

  /**
   * Reads one more token: spaces, then a digit numeral (a digit, or ',' before a digit), a run of
   * letters and marks, or any one other character.
   */
  private readOne(): void {
    if (this.tokens.length >= MAX_TOKENS) {
      this.done = true;
      return;
    }
    const text = this.text;
    let start = this.position;
    while (text.charCodeAt(start) === 0x20) start++;
    if (start >= text.length) {
      this.done = true;
      return;
    }
    const spaced = start > this.position;
    const c = text.charCodeAt(start);
    if (isDigitCode(c) || (c === 0x2c && isDigitCode(text.charCodeAt(start + 1)))) {
      const { number, skipTo } = readDigits(text, start, this.suffixes);
      if (!number) {
        this.tokens.push(symbolTokenOf(start, skipTo, spaced, text.slice(start, skipTo)));
        this.position = skipTo;
        return;
      }
      const glued = isGluedAt(text, number.end);
      this.tokens.push(numberTokenOf(start, number.end, spaced, number, glued));
      this.position = number.end;
      return;
    }
    if (isWordStartAt(text, start)) {
      const token = wordToken(text, start, spaced);
      this.tokens.push(token);
      this.position = token.end;
      return;
    }
    const end = start + characterLength(text, start);
    this.tokens.push(symbolTokenOf(start, end, spaced, text.slice(start, end)));
    this.position = end;
  }
}
