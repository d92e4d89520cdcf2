/**
 * parseNumber and parseOrdinal: a whole standalone expression to its value, or undefined.
 * @module
 */
import { assertInput } from '../errors.js';
import {
  FRACTION_WORD,
  FRACTION_WORDS_STANDALONE,
  HUNDRED_WORD,
  NEGATIVE_WORDS,
  ORDINAL_MARKER,
} from '../lexicon/numerals.js';
import { normalizeString } from '../text/normalize.js';
import { isInteger, negate, toNumber } from './exact.js';
import { ordinalPhraseOf, ordinalWordOf } from './number-words.js';
import { parseRoman } from './roman.js';
import { DENOMINATOR, readNumeral } from './scale.js';
import { TokenStream } from './tokens.js';
import { unitAfter } from './units.js';

/** Whitespace runs, folded to one space. */
const SPACES = /\s+/g;

/** The input normalized (NFC, folds), trimmed, spaces folded. */
function clean(text: string): string {
  return normalizeString(text).replace(SPACES, ' ').trim();
}

/**
 * A standalone Vietnamese numeral expression to its value, or undefined if it is not one:
 * parseNumber('4.568') === 4568; parseNumber('2,5') === 2.5; parseNumber('1,2 triệu') === 1_200_000;
 * parseNumber('hai mươi mốt') === 21; parseNumber('25,3%') === 25.3; parseNumber('XII') === 12.
 * Accepts a trailing per-cent sign, unit or currency (the value is returned without it), a
 * fraction ('1/3', 'ba phần tư'), glued scale suffixes ('100K', '1,2M', ',0012G', '1tr2', '2t3')
 * and signs ('-5', '- 1.200.000', 'âm 5', 'trừ năm'). Throws InvalidInputError for a non-string.
 */
export function parseNumber(text: string): number | undefined {
  assertInput('parseNumber', text);
  const s = clean(text);
  if (s === '') return undefined;
  if (/^[IVXLCDM]+$/.test(s)) return parseRoman(s);
  const ts = new TokenStream(s, 0);
  let k = 0;
  let negative = false;
  const t0 = ts.at(0);
  if (t0?.type === 'symbol' && (t0.text === '-' || t0.text === '+') && ts.at(1)?.type === 'number') {
    negative = t0.text === '-';
    k = 1;
  }
  const n = readNumeral(ts, k, { negativeWords: NEGATIVE_WORDS });
  if (!n) return undefined;
  let value = toNumber(negative ? negate(n.value) : n.value);
  let next = n.next;
  const after = ts.at(next);
  if (after?.type === 'symbol' && after.text === '/' && n.singleDigits) {
    const den = ts.at(next + 1);
    if (den?.type !== 'number' || den.glued) return undefined;
    const d = toNumber(den.number.value);
    if (d === 0) return undefined;
    value /= d;
    next += 2;
  } else if (after?.type === 'word' && FRACTION_WORDS_STANDALONE.has(after.lower) && !(after.lower === FRACTION_WORD && ts.word(next + 1) === HUNDRED_WORD && ts.at(next + 2) === undefined)) {
    const den = readNumeral(ts, next + 1, DENOMINATOR);
    if (!den) return undefined;
    const d = toNumber(den.value);
    if (d === 0) return undefined;
    value /= d;
    next = den.next;
  }
  const last = ts.at(next - 1);
  if (!last) return undefined;
  if (ts.at(next) === undefined) return value;
  const unit = unitAfter(s, last.end);
  if (unit && unit.end === s.length) return value;
  return undefined;
}

/**
 * An ordinal expression to its number, or undefined: 'thứ nhất', 'thứ nhì', 'thứ 1', 'thứ tư',
 * 'thứ mười ba', 'thứ XII', 'đầu tiên'. Throws InvalidInputError for a non-string.
 */
export function parseOrdinal(text: string): number | undefined {
  assertInput('parseOrdinal', text);
  const s = clean(text);
  const lower = s.toLowerCase();
  const phrase = ordinalPhraseOf(lower);
  if (phrase !== undefined) return phrase;
  const ts = new TokenStream(s, 0);
  if (ts.word(0) !== ORDINAL_MARKER) return undefined;
  const t1 = ts.at(1);
  if (t1?.type === 'word') {
    const special = ordinalWordOf(t1.lower);
    if (special !== undefined) return ts.at(2) === undefined ? special : undefined;
    if (/^[IVXLCDM]+$/.test(t1.text) && ts.at(2) === undefined) return parseRoman(t1.text);
  }
  const n = readNumeral(ts, 1, DENOMINATOR);
  if (!n || ts.at(n.next) !== undefined || !isInteger(n.value) || n.value.mantissa <= 0n) return undefined;
  return toNumber(n.value);
}
