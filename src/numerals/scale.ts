/**
 * Whole numerals: small numbers joined by scale words ('2 triệu 500 nghìn', '1.200 tỷ',
 * 'hai tỷ ba trăm triệu', 'một nghìn tỷ'), half a scale ('một tỷ rưỡi'), decimal points in
 * words ('hai mươi chấm tư', 'âm chín chín chấm chín lăm tỷ') and signs ('âm', 'trừ').
 * Scales move the decimal point of an exact value; nothing is multiplied as floats.
 * @module
 */
import { DECIMAL_POINT_WORDS, HALF_WORDS, HUNDRED_WORD } from '../lexicon/numerals.js';
import { type Exact, ZERO, add, exactFromDigits, exactFromInt, negate, shift } from './exact.js';
import { scaleBlockersOf, scaleOf } from './number-words.js';
import type { TokenStream } from './tokens.js';
import { readDecimalWords, readSmall } from './words.js';

/** A numeral read from a token stream. */
export interface Numeral {
  /** Its exact value. */
  readonly value: Exact;
  /** Index of the first token after it. */
  readonly next: number;
  /** The scale applied to the whole numeral when it is one figure times scale words ('3 triệu' → 6), else undefined. */
  readonly tailScale?: number;
  /** Number of small-number terms read. */
  readonly terms: number;
  /** True when any scale word was used. */
  readonly scaled: boolean;
  /** True when it is one digit token and nothing else. */
  readonly singleDigits: boolean;
  /** True when it is a single number word with no scale ('ba', 'mười'). */
  readonly loneWord: boolean;
  /** True when it is the lone word 'năm'. */
  readonly loneFive: boolean;
  /** True when it is only the digit-pair shorthand ('bốn ba'). */
  readonly onlyPair: boolean;
  /** True when a decimal point (digit or word) was read. */
  readonly fractional: boolean;
  /** True when a sign word ('âm', 'trừ') opened it. */
  readonly negative: boolean;
  /**
   * The power of ten of the scale word it ends on ('tỷ' → 9 in 'hai tỷ'), which a half word read
   * after a unit halves ('hai tỷ đồng rưỡi' = 2,5 tỷ); undefined when it ends on anything else.
   */
  readonly endScale?: number;
}

/** Options of {@link readNumeral}. */
export interface NumeralOptions {
  /** Sign words accepted before the numeral ('âm', and 'trừ' only in whole expressions). */
  readonly negativeWords: ReadonlySet<string>;
  /** Read the numeral as a denominator ('ba phần tư'). */
  readonly denominator?: boolean;
}

/** No sign word at all. */
const NO_SIGN_WORDS: ReadonlySet<string> = new Set();

/** Options of a numeral that takes no sign word: the upper end of a range ('80' in '60 - 80'). */
export const UNSIGNED: NumeralOptions = { negativeWords: NO_SIGN_WORDS };

/** Options of a denominator ('tư' in 'ba phần tư') or the number of an ordinal ('13' in 'thứ 13'): no sign word. */
export const DENOMINATOR: NumeralOptions = { negativeWords: NO_SIGN_WORDS, denominator: true };

/** The scale power of the word at `k`; 'trăm' counts as a scale only after a digit token ('5 trăm'). */
function scaleAt(ts: TokenStream, k: number, afterDigits: boolean): number | undefined {
  const w = ts.word(k);
  if (w === undefined) return undefined;
  if (afterDigits && w === HUNDRED_WORD) return 2;
  const blockers = scaleBlockersOf(w);
  if (blockers) {
    const next = ts.word(k + 1);
    if (next !== undefined && blockers.includes(next)) return undefined;
  }
  return scaleOf(w);
}

/** Reads the fraction after a decimal-point word at `k` (returns undefined when none follows). */
function readPoint(ts: TokenStream, k: number, first: number): { fraction: Exact; next: number } | undefined {
  const w = ts.word(k);
  if (w === undefined || !DECIMAL_POINT_WORDS.has(w)) return undefined;
  const d = readDecimalWords(ts, k + 1, first);
  if (!d) return undefined;
  return { fraction: exactFromDigits('0', d.digits), next: d.next };
}

/**
 * Reads the longest numeral starting at token `i` (digits, number words, scale words, mixed).
 * Returns undefined when none starts there. A later term whose scale is not smaller than the
 * one before ends the numeral ('5 triệu 3 triệu' is two numerals).
 */
export function readNumeral(ts: TokenStream, i: number, options: NumeralOptions): Numeral | undefined {
  let k = i;
  let negative = false;
  const sign = ts.word(k);
  if (sign !== undefined && options.negativeWords.has(sign)) {
    negative = true;
    k++;
  }
  const first = k;
  let total: Exact = ZERO;
  let largest = -1;
  let lastTerm = Number.POSITIVE_INFINITY;
  let prevScale: number | undefined;
  let terms = 0;
  let tail: number | undefined;
  let scaled = false;
  let loneWord = false;
  let loneFive = false;
  let onlyPair = false;
  let fractional = false;
  let singleDigits = false;
  let endedOnScale = false;
  for (;;) {
    const termStart = k;
    const small = readSmall(ts, k, first, { atStart: terms === 0, afterScale: prevScale, denominator: options.denominator === true && terms === 0 });
    if (!small) {
      const w = ts.word(k);
      if (prevScale !== undefined && w !== undefined && HALF_WORDS.has(w)) {
        total = add(total, shift(exactFromInt(5), prevScale - 1));
        tail = undefined;
        k++;
        endedOnScale = false;
        break;
      }
      const compound = prevScale !== undefined ? scaleAt(ts, k, false) : undefined;
      if (compound !== undefined && compound >= largest) {
        total = shift(total, compound);
        largest = compound + (largest > 0 ? largest : 0);
        lastTerm = largest;
        if (tail !== undefined) tail += compound;
        prevScale = compound;
        k++;
        continue;
      }
      break;
    }
    const tok = ts.at(termStart);
    const digitToken = tok?.type === 'number' ? tok : undefined;
    let current = small.value;
    k = small.next;
    if (small.elliptic) {
      total = add(total, current);
      tail = undefined;
      terms++;
      endedOnScale = false;
      break;
    }
    if (terms === 0) {
      loneWord = !small.digits && small.next === termStart + 1;
      loneFive = small.loneFive === true;
      onlyPair = small.pair === true;
      singleDigits = small.digits;
      fractional = digitToken?.number.hasFraction === true;
    }
    if (digitToken && (digitToken.glued || digitToken.number.suffix !== undefined)) {
      total = add(total, current);
      terms++;
      if (terms === 1) tail = 0;
      break;
    }
    const point = !small.digits ? readPoint(ts, k, first) : undefined;
    if (point) {
      current = add(current, point.fraction);
      k = point.next;
      fractional = true;
      loneWord = false;
      loneFive = false;
    }
    const sc = scaleAt(ts, k, small.digits);
    if (sc !== undefined) {
      if (terms === 0 || sc > largest) {
        total = shift(add(total, current), sc);
        largest = sc;
        lastTerm = sc;
        tail = terms === 0 ? sc : undefined;
      } else if (sc < lastTerm) {
        total = add(total, shift(current, sc));
        lastTerm = sc;
        tail = undefined;
      } else {
        k = termStart;
        break;
      }
      terms++;
      scaled = true;
      loneWord = false;
      loneFive = false;
      onlyPair = false;
      singleDigits = false;
      prevScale = sc;
      endedOnScale = true;
      k++;
      continue;
    }
    if (terms > 0 && lastTerm <= 0) {
      k = termStart;
      break;
    }
    total = add(total, current);
    terms++;
    tail = terms === 1 ? 0 : undefined;
    if (terms > 1) {
      loneWord = false;
      singleDigits = false;
      onlyPair = false;
    }
    endedOnScale = false;
    break;
  }
  if (terms === 0) return undefined;
  let endScale = endedOnScale ? prevScale : undefined;
  if (endedOnScale) {
    const point = readPoint(ts, k, first);
    if (point) {
      total = add(total, point.fraction);
      k = point.next;
      fractional = true;
      tail = undefined;
      endScale = undefined;
    }
  }
  return {
    value: negative ? negate(total) : total,
    next: k,
    tailScale: tail,
    terms,
    scaled,
    singleDigits,
    loneWord: loneWord && terms === 1 && !scaled,
    loneFive,
    onlyPair,
    fractional,
    negative,
    endScale,
  };
}
