/**
 * toWords: an integer in Vietnamese words, in the style of NeMo's normalizer: 'linh' for a zero
 * tens digit (never 'lẻ'), 'mốt'/'tư'/'lăm' after a tens word, 'mười bốn', 'mười lăm', no
 * 'không trăm' in a group after a scale ('một triệu năm mươi nghìn linh ba'), and 'âm' for minus.
 * @module
 */
import { SolieuError } from '../errors.js';
import { WRITTEN_NUMBER_WORDS as W } from '../lexicon/numerals.js';

/** The number given to {@link toWords} cannot be written: not a number, not an integer, or beyond Number.MAX_SAFE_INTEGER. */
export class NumberRangeError extends SolieuError {
  /** The rejected value. */
  readonly value: unknown;

  /** Makes the error for `value`, saying why it cannot be written. */
  constructor(fn: string, value: unknown, why: string) {
    super('number-out-of-range', `${fn}: ${why}, got ${typeof value === 'number' ? String(value) : typeof value}`);
    this.name = 'NumberRangeError';
    this.value = value;
  }
}

/** Digit words for writing. */
const DIGITS = W.digits;

/** The word for a units digit after a tens word ('mốt', 'tư', 'lăm'); after 'mười' only 5 changes. */
function unitAfterTens(d: number, tensDigit: number): string {
  if (d === 5) return W.fiveAfterTens;
  if (tensDigit >= 2 && d === 1) return W.oneAfterTwenty;
  if (tensDigit >= 2 && d === 4) return W.fourAfterTwenty;
  return DIGITS[d] as string;
}

/** 1–99 in words. */
function belowHundred(n: number): string {
  if (n < 10) return DIGITS[n] as string;
  const t = Math.floor(n / 10);
  const u = n % 10;
  const head = t === 1 ? W.ten : `${DIGITS[t]} ${W.tens}`;
  return u === 0 ? head : `${head} ${unitAfterTens(u, t)}`;
}

/** 1–999 in words; `inner` for the last (units) group when a larger group comes before it: a lone units digit then takes 'linh'. */
function belowThousand(n: number, inner: boolean): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  const parts: string[] = [];
  if (h > 0) parts.push(`${DIGITS[h]} ${W.hundred}`);
  if (r > 0) {
    if (r < 10 && (h > 0 || inner)) parts.push(`${W.zeroTens} ${DIGITS[r]}`);
    else parts.push(belowHundred(r));
  }
  return parts.join(' ');
}

/** 1 … 999 999 999 in words, with 'triệu' and 'nghìn'; `inner` as in {@link belowThousand}. */
function belowBillion(n: number, inner: boolean): string {
  const groups: Array<[number, string]> = [
    [Math.floor(n / 1_000_000), W.million],
    [Math.floor(n / 1000) % 1000, W.thousand],
    [n % 1000, ''],
  ];
  const parts: string[] = [];
  let seen = inner;
  for (const [g, scale] of groups) {
    if (g === 0) continue;
    const words = belowThousand(g, seen && scale === '');
    parts.push(scale ? `${words} ${scale}` : words);
    seen = true;
  }
  return parts.join(' ');
}

/** A positive safe integer in words: the part above a billion is written as its own number before 'tỷ'. */
function positive(n: number): string {
  const high = Math.floor(n / 1_000_000_000);
  const low = n % 1_000_000_000;
  if (high === 0) return belowBillion(low, false);
  const head = `${positive(high)} ${W.billion}`;
  return low === 0 ? head : `${head} ${belowBillion(low, true)}`;
}

/**
 * An integer written in Vietnamese words: toWords(105) === 'một trăm linh năm',
 * toWords(24) === 'hai mươi tư', toWords(-25) === 'âm hai mươi lăm'.
 * Throws {@link NumberRangeError} for a non-number, non-integer, non-finite value or one beyond
 * ±Number.MAX_SAFE_INTEGER.
 */
export function toWords(n: number): string {
  if (typeof n !== 'number') throw new NumberRangeError('toWords', n, 'expected a number');
  if (!Number.isFinite(n)) throw new NumberRangeError('toWords', n, 'expected a finite number');
  if (!Number.isInteger(n)) throw new NumberRangeError('toWords', n, 'expected an integer');
  if (Math.abs(n) > Number.MAX_SAFE_INTEGER) throw new NumberRangeError('toWords', n, 'expected an integer within ±Number.MAX_SAFE_INTEGER');
  if (n === 0) return DIGITS[0];
  return n < 0 ? `${W.minus} ${positive(-n)}` : positive(n);
}
