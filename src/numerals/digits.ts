/**
 * The digit-string grammar: Vietnamese '.' thousands and ',' decimals ('1.250.000', '2,5',
 * '1.250,75'), English-style input where it is unambiguous ('1,250,000', '2.5'), zero padding
 * ('07'), a bare decimal fraction (',77'), and glued scale suffixes ('100K', '1,2M', '1tr2',
 * '2t3'). Values are exact: the suffix moves the decimal point, nothing is multiplied as floats.
 * @module
 */
import XRegExp from 'xregexp';
import { DIGIT_SUFFIX_SCALES } from '../lexicon/numerals.js';
import { type Exact, exactFromDigits, shift } from './exact.js';

/** Vietnamese grouping, first group not zero: '4.568', '1.250.000', '1.250,75'. */
const VN_GROUPED = /[1-9]\d{0,2}(?:\.\d{3}){1,7}(?:,\d{1,15})?/;
/** English grouping with two or more groups, or one group and a decimal point: '1,250,000', '1,250.5'. */
const EN_GROUPED = /[1-9]\d{0,2}(?:,\d{3}){2,7}(?:\.\d{1,15})?|[1-9]\d{0,2},\d{3}\.\d{1,15}/;
/** Vietnamese decimal comma: '2,5', '0,5', '452,125', '01,10'. */
const VN_DECIMAL = /\d{1,18},\d{1,15}/;
/** English decimal point where it cannot be a thousands dot: '2.5', '0.500', '1234.5'. */
const EN_DECIMAL = /\d{1,18}\.\d{1,15}/;
/** Plain digits, zero padding kept: '07', '2016', '100000'. */
const PLAIN = /\d{1,18}/;
/** A bare fraction: ',77', ',0012'. */
const BARE_FRACTION = /,\d{1,15}/;

/**
 * One digit numeral at a position, composed with XRegExp from the named parts above; each part
 * has its own capture group so the reader knows which convention matched. The trailing guard
 * refuses a match that a further separator and digit would extend ('1.2.3' is no number).
 */
const DIGIT_NUMBER = new RegExp(
  XRegExp.build(
    '(?:({{vnGrouped}})|({{enGrouped}})|({{vnDecimal}})|({{enDecimal}})|({{plain}})|({{bareFraction}}))(?![.,]?\\d)',
    { vnGrouped: VN_GROUPED, enGrouped: EN_GROUPED, vnDecimal: VN_DECIMAL, enDecimal: EN_DECIMAL, plain: PLAIN, bareFraction: BARE_FRACTION },
  ).source,
  'y',
);

/** A glued scale suffix with optional decimal digits after it, then no letter or digit: 'K', 'tr', 'tr2', 't3', 'M', 'G'. */
const SUFFIX = /(tr|[kKMG]|t)(\d{1,3})?(?![\p{L}\p{M}\p{N}])/uy;

/** The first letters of the glued suffixes ({@link SUFFIX}). */
const SUFFIX_START = 'tkKMG';

/** The longest plain digit run {@link PLAIN} reads. */
const MAX_PLAIN_DIGITS = 18;

/** True when the code unit `c` is a digit 0–9. */
function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Length of the digit run at `index` when it can only be read as plain digits: 1 to 18 digits
 * not followed by '.' or ',' and a digit (no grouping, no decimal part). 0 otherwise: the run
 * is then read by {@link DIGIT_NUMBER}, which gives the same answer for a plain run.
 */
function plainDigitsAt(text: string, index: number): number {
  let j = index;
  while (isDigitCode(text.charCodeAt(j))) j++;
  const length = j - index;
  if (length === 0 || length > MAX_PLAIN_DIGITS) return 0;
  const next = text.charCodeAt(j);
  if ((next === 0x2e || next === 0x2c) && isDigitCode(text.charCodeAt(j + 1))) return 0;
  return length;
}

/** A run of digits and separators, skipped whole when it is not one number ('1.2.3,4'). */
const DIGIT_RUN = /[\d.,]*/y;

/** What {@link readDigits} found. */
export interface DigitNumber {
  /** The exact value, suffix scale applied. */
  readonly value: Exact;
  /** Index just past the numeral (suffix included). */
  readonly end: number;
  /** The digit string as written, without the suffix. */
  readonly raw: string;
  /** True when written with a decimal part. */
  readonly hasFraction: boolean;
  /** True when written with thousands separators. */
  readonly grouped: boolean;
  /** The glued suffix, if any ('K', 'tr', 't'); undefined when there is none. */
  readonly suffix: string | undefined;
}

/**
 * Reads the digit numeral starting at `index` of `text` (a digit, or ',' before a digit).
 * Returns undefined when the run there is not one well-formed number; `skipTo` then says
 * where the malformed run ends. `suffixes` limits which glued scale suffixes count.
 */
export function readDigits(
  text: string,
  index: number,
  suffixes?: ReadonlySet<string>,
): { number: DigitNumber | undefined; skipTo: number } {
  const plain = plainDigitsAt(text, index);
  DIGIT_NUMBER.lastIndex = index;
  const m = plain > 0 ? null : DIGIT_NUMBER.exec(text);
  if (plain === 0 && !m) {
    DIGIT_RUN.lastIndex = index;
    DIGIT_RUN.exec(text);
    return { number: undefined, skipTo: Math.max(index + 1, DIGIT_RUN.lastIndex) };
  }
  const raw = m ? m[0] : text.slice(index, index + plain);
  let integer: string;
  let fraction = '';
  let grouped = false;
  if (!m) {
    integer = raw;
  } else if (m[1] !== undefined) {
    const [i, f = ''] = raw.split(',');
    integer = (i as string).replace(/\./g, '');
    fraction = f;
    grouped = true;
  } else if (m[2] !== undefined) {
    const [i, f = ''] = raw.split('.');
    integer = (i as string).replace(/,/g, '');
    fraction = f;
    grouped = true;
  } else if (m[3] !== undefined || m[6] !== undefined) {
    const [i = '', f = ''] = raw.split(',');
    integer = i === '' ? '0' : i;
    fraction = f;
  } else if (m[4] !== undefined) {
    const [i, f = ''] = raw.split('.');
    integer = i as string;
    fraction = f;
  } else {
    integer = raw;
  }
  let value = exactFromDigits(integer, fraction);
  let end = index + raw.length;
  let suffix: string | undefined;
  SUFFIX.lastIndex = end;
  const s = SUFFIX_START.includes(text.charAt(end) || ' ') ? SUFFIX.exec(text) : null;
  if (s) {
    const name = s[1] as string;
    const extra = s[2];
    const allowed = !suffixes || suffixes.has(name);
    const decimalsAllowed = (name === 'tr' || name === 't') && fraction === '' && !grouped;
    const bareT = name === 't' && extra === undefined;
    if (allowed && (extra === undefined || decimalsAllowed) && !(bareT && suffixes)) {
      const places = DIGIT_SUFFIX_SCALES[name] as number;
      if (extra !== undefined) value = exactFromDigits(integer, extra);
      value = shift(value, places);
      end = s.index + s[0].length;
      suffix = name;
    }
  }
  // one shape whether or not a suffix is glued (the numeral readers read these in their hot loops)
  const number: DigitNumber = { value, end, raw, hasFraction: fraction !== '', grouped, suffix };
  return { number, skipTo: end };
}
