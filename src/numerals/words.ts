/**
 * Number words below a thousand, standard and colloquial: 'hai mươi mốt', 'hai mốt' (21),
 * 'bốn ba' (43), 'một trăm linh năm' (105), 'một trăm hai' (120), 'năm trăm tư' (540),
 * 'tám trăm rưỡi' (850), and the digit read after a scale word ('một ngàn chín' = 1900,
 * 'một triệu hai' = 1 200 000). Works on a {@link TokenStream}; returns the value and where it ends.
 * @module
 */
import {
  AMBIGUOUS_FIVE_WORD,
  DECIMAL_POINT_WORDS,
  ELLIPTIC_DIGIT_WORDS,
  HALF_WORDS,
  HUNDRED_WORD,
  LEADING_DIGIT_WORDS,
  TEN_WORD,
  TENS_MARKER_WORDS,
  TENS_WORD,
  UNIT_AFTER_TENS_WORDS,
  UNITS_AFTER_TWENTY_ONLY,
  ZERO_TENS_WORDS,
} from '../lexicon/numerals.js';
import { type Exact, exactFromInt, shift } from './exact.js';
import { digitOf, scaleOf } from './number-words.js';
import type { TokenStream } from './tokens.js';

/** Where a small number is read. */
export interface SmallContext {
  /** True at the very start of the numeral: lone 'năm', 'không', 'trăm' may stand alone there. */
  readonly atStart: boolean;
  /** The power of ten of the scale word right before, when there is one. */
  readonly afterScale?: number;
  /** True for the denominator of 'ba phần tư': lone 'tư', 'năm' are digits there. */
  readonly denominator?: boolean;
}

/** A small number read from the stream. */
export interface SmallNumber {
  /** Its exact value (already scaled when `elliptic`). */
  readonly value: Exact;
  /** Index of the token after it. */
  readonly next: number;
  /** True when it came from one digit token. */
  readonly digits: boolean;
  /** True for a lone digit after a scale word, worth a tenth of that scale ('một triệu hai'). */
  readonly elliptic?: boolean;
  /** True for the bare digit-pair shorthand ('bốn ba' = 43). */
  readonly pair?: boolean;
  /** True when it is the lone word 'năm', which is often 'year'. */
  readonly loneFive?: boolean;
}

/** The value of a digit word, or undefined. */
function digitValue(word: string | undefined): number | undefined {
  return digitOf(word);
}

/** True when `word` is a scale word ('nghìn', 'triệu' …); 'tỷ lệ' is checked where the stream is known. */
export function isScaleWord(word: string | undefined): boolean {
  return scaleOf(word) !== undefined;
}

/** True when the word at `k` would continue a numeral (a number word, a scale word, a point). */
function continuesNumeral(ts: TokenStream, k: number): boolean {
  const w = ts.word(k);
  if (w === undefined) {
    const t = ts.at(k);
    return t?.type === 'number' && t.spaced;
  }
  return (
    digitOf(w) !== undefined ||
    TENS_MARKER_WORDS.has(w) ||
    w === HUNDRED_WORD ||
    w === TEN_WORD ||
    isScaleWord(w) ||
    ZERO_TENS_WORDS.has(w) ||
    DECIMAL_POINT_WORDS.has(w)
  );
}

/** True when the word at `k` is a continuation word in the wrong case (a capitalized word inside a lower-case numeral: 'hai Bà Trưng'). */
function wrongCase(ts: TokenStream, k: number, first: number): boolean {
  const t = ts.at(k);
  const f = ts.at(first);
  return t?.type === 'word' && f?.type === 'word' && t.capitalized && !f.capitalized;
}

/** The word at `k` if it may continue a numeral opened at `first` (spaced and in the same case). */
function wordAt(ts: TokenStream, k: number, first: number): string | undefined {
  if (k !== first && wrongCase(ts, k, first)) return undefined;
  return ts.word(k);
}

/** Tens forms at `j`: 'mười', 'mười lăm', 'hai mươi', 'hai mươi mốt', 'hai chục'. */
function readTens(ts: TokenStream, j: number, first: number): { value: number; next: number } | undefined {
  const a = wordAt(ts, j, first);
  if (a === undefined) return undefined;
  if (a === TEN_WORD) {
    const c = wordAt(ts, j + 1, first);
    if (c !== undefined && UNIT_AFTER_TENS_WORDS.has(c) && !UNITS_AFTER_TWENTY_ONLY.has(c)) return { value: 10 + (digitOf(c) as number), next: j + 2 };
    if (c === AMBIGUOUS_FIVE_WORD && isScaleWord(wordAt(ts, j + 2, first))) return { value: 15, next: j + 2 };
    return { value: 10, next: j + 1 };
  }
  const d = digitValue(a);
  if (d === undefined || !LEADING_DIGIT_WORDS.has(a) || d === 0) return undefined;
  const marker = wordAt(ts, j + 1, first);
  if (marker === undefined || !TENS_MARKER_WORDS.has(marker)) return undefined;
  if (marker !== TENS_WORD) return { value: d * 10, next: j + 2 };
  if (d === 1) return undefined;
  const c = wordAt(ts, j + 2, first);
  if (c !== undefined && UNIT_AFTER_TENS_WORDS.has(c)) return { value: d * 10 + (digitOf(c) as number), next: j + 3 };
  if (c === AMBIGUOUS_FIVE_WORD && isScaleWord(wordAt(ts, j + 3, first))) return { value: d * 10 + 5, next: j + 3 };
  return { value: d * 10, next: j + 2 };
}

/** The digit-pair shorthand at `j`: 'bốn ba' = 43, 'hai mốt' = 21 (the second word is never 'năm', which reads as 'year'). */
function readPair(ts: TokenStream, j: number, first: number): { value: number; next: number } | undefined {
  const a = wordAt(ts, j, first);
  const c = wordAt(ts, j + 1, first);
  if (a === undefined || c === undefined) return undefined;
  const d = digitValue(a);
  if (d === undefined || d < 2 || !LEADING_DIGIT_WORDS.has(a) || !UNIT_AFTER_TENS_WORDS.has(c)) return undefined;
  const after = wordAt(ts, j + 2, first);
  if (after !== undefined && (after === HUNDRED_WORD || TENS_MARKER_WORDS.has(after))) return undefined;
  return { value: d * 10 + (digitOf(c) as number), next: j + 2 };
}

/** What follows a hundreds word at `j`: 'linh năm', 'hai mươi', 'bốn bảy', a lone tens digit, 'rưỡi', or nothing. */
function readAfterHundred(ts: TokenStream, j: number, first: number): { value: number; next: number } {
  const b = wordAt(ts, j, first);
  if (b === undefined) return { value: 0, next: j };
  if (ZERO_TENS_WORDS.has(b)) {
    const c = wordAt(ts, j + 1, first);
    const d = digitValue(c);
    if (d !== undefined && d > 0) return { value: d, next: j + 2 };
    return { value: 0, next: j };
  }
  const tens = readTens(ts, j, first);
  if (tens) return tens;
  const pair = readPair(ts, j, first);
  if (pair) return pair;
  const d = digitValue(b);
  if (d !== undefined && (ELLIPTIC_DIGIT_WORDS.has(b) || (b === AMBIGUOUS_FIVE_WORD && isScaleWord(wordAt(ts, j + 1, first))))) {
    const after = wordAt(ts, j + 1, first);
    if (after === undefined || !(digitOf(after) !== undefined || TENS_MARKER_WORDS.has(after) || after === HUNDRED_WORD)) {
      return { value: d * 10, next: j + 1 };
    }
  }
  if (HALF_WORDS.has(b)) return { value: 50, next: j + 1 };
  return { value: 0, next: j };
}

/**
 * Reads a number below a thousand (or one digit token) at token `i`; `first` is the numeral's
 * first token (for the case check). Returns undefined when no small number starts there.
 */
export function readSmall(ts: TokenStream, i: number, first: number, ctx: SmallContext): SmallNumber | undefined {
  const t = ts.at(i);
  if (t === undefined) return undefined;
  if (t.type === 'number') {
    if (i !== first && !t.spaced) return undefined;
    return { value: t.number.value, next: i + 1, digits: true };
  }
  const a = wordAt(ts, i, first);
  if (a === undefined) return undefined;
  const d = digitValue(a);
  const second = wordAt(ts, i + 1, first);
  if (d !== undefined && LEADING_DIGIT_WORDS.has(a) && second === HUNDRED_WORD) {
    const rest = readAfterHundred(ts, i + 2, first);
    return { value: exactFromInt(d * 100 + rest.value), next: rest.next, digits: false };
  }
  if (a === HUNDRED_WORD && ctx.atStart) {
    const rest = readAfterHundred(ts, i + 1, first);
    return { value: exactFromInt(100 + rest.value), next: rest.next, digits: false };
  }
  if (ZERO_TENS_WORDS.has(a) && ctx.afterScale !== undefined) {
    const u = digitValue(wordAt(ts, i + 1, first));
    if (u !== undefined && u > 0) return { value: exactFromInt(u), next: i + 2, digits: false };
    return undefined;
  }
  const tens = readTens(ts, i, first);
  if (tens) return { value: exactFromInt(tens.value), next: tens.next, digits: false };
  if (d === undefined) return undefined;
  if (ctx.denominator && d > 0) return { value: exactFromInt(d), next: i + 1, digits: false };
  const pair = readPair(ts, i, first);
  if (pair) return { value: exactFromInt(pair.value), next: pair.next, digits: false, pair: true };
  if (ctx.afterScale !== undefined && ctx.afterScale >= 3 && ELLIPTIC_DIGIT_WORDS.has(a) && !continuesNumeral(ts, i + 1)) {
    return { value: shift(exactFromInt(d), ctx.afterScale - 1), next: i + 1, digits: false, elliptic: true };
  }
  if (a === AMBIGUOUS_FIVE_WORD) {
    if (isScaleWord(second)) return { value: exactFromInt(5), next: i + 1, digits: false };
    if (ctx.atStart) return { value: exactFromInt(5), next: i + 1, digits: false, loneFive: true };
    return undefined;
  }
  if (!LEADING_DIGIT_WORDS.has(a)) return undefined;
  if (d === 0 && !ctx.atStart) return undefined;
  return { value: exactFromInt(d), next: i + 1, digits: false };
}

/**
 * Reads the digits after a decimal-point word, starting at token `k`: digit by digit
 * ('chín lăm' = ,95; 'không không một' = ,001) or as one number ('hai mươi lăm' = ,25).
 */
export function readDecimalWords(ts: TokenStream, k: number, first: number): { digits: string; next: number } | undefined {
  const a = wordAt(ts, k, first);
  if (a === undefined) return undefined;
  const b = wordAt(ts, k + 1, first);
  if (a === TEN_WORD || (digitValue(a) !== undefined && b !== undefined && (TENS_MARKER_WORDS.has(b) || b === HUNDRED_WORD))) {
    const small = readSmall(ts, k, first, { atStart: false });
    if (!small || small.digits) return undefined;
    return { digits: String(small.value.mantissa), next: small.next };
  }
  let digits = '';
  let j = k;
  for (;;) {
    const w = wordAt(ts, j, first);
    const d = digitValue(w);
    if (d === undefined) break;
    digits += String(d);
    j++;
  }
  if (digits === '') return undefined;
  return { digits, next: j };
}
