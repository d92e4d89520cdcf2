/**
 * A lazy token stream over the normalized text, read forward from one position: digit numerals
 * (through {@link readDigits}), words (lower-cased for lookup, original case kept) and single
 * symbols. Tokens are only read as far as the numeral grammar asks, and never more than
 * {@link MAX_TOKENS}, so every scan stays linear.
 * @module
 */
import { type DigitNumber, readDigits } from './digits.js';

/** The most tokens one numeral may span. */
export const MAX_TOKENS = 64;

/** One token of the stream. */
export type Token =
  | { readonly type: 'number'; readonly start: number; readonly end: number; readonly spaced: boolean; readonly number: DigitNumber; readonly glued: boolean }
  | { readonly type: 'word'; readonly start: number; readonly end: number; readonly spaced: boolean; readonly text: string; readonly lower: string; readonly capitalized: boolean }
  | { readonly type: 'symbol'; readonly start: number; readonly end: number; readonly spaced: boolean; readonly text: string };

/** Spaces, then a digit, a bare fraction, a word or one other character. */
const NEXT = /( *)(?:(\d|,\d)|([\p{L}\p{M}]+)|([^ ]))/uy;

/** A letter or digit right after a numeral: the numeral is glued to a word or code. */
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** Uppercase first letter. */
const UPPER_START = /^\p{Lu}/u;

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

  /** Reads one more token. */
  private readOne(): void {
    if (this.tokens.length >= MAX_TOKENS) {
      this.done = true;
      return;
    }
    NEXT.lastIndex = this.position;
    const m = NEXT.exec(this.text);
    if (!m) {
      this.done = true;
      return;
    }
    const spaced = (m[1] as string).length > 0;
    const start = m.index + (m[1] as string).length;
    if (m[2] !== undefined) {
      const { number, skipTo } = readDigits(this.text, start, this.suffixes);
      if (!number) {
        this.tokens.push({ type: 'symbol', start, end: skipTo, spaced, text: this.text.slice(start, skipTo) });
        this.position = skipTo;
        return;
      }
      const next = this.text[number.end];
      const glued = next !== undefined && LETTER_OR_DIGIT.test(next);
      this.tokens.push({ type: 'number', start, end: number.end, spaced, number, glued });
      this.position = number.end;
      return;
    }
    if (m[3] !== undefined) {
      const text = m[3];
      const end = start + text.length;
      this.tokens.push({ type: 'word', start, end, spaced, text, lower: text.toLowerCase(), capitalized: UPPER_START.test(text) });
      this.position = end;
      return;
    }
    const text = m[4] as string;
    this.tokens.push({ type: 'symbol', start, end: start + text.length, spaced, text });
    this.position = start + text.length;
  }
}
