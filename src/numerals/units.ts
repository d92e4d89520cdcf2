/**
 * Units, currencies and per-cent signs right after a figure ('3,5 tỷ đồng', '50.000đ', '15 ha',
 * '25,3 %', 'hai mươi lăm phần trăm'), and currency symbols right before one ('$5').
 * Patterns are composed from the lexicon tables with XRegExp.union (escaped, longest first).
 * @module
 */
import XRegExp from 'xregexp';
import { type CurrencyEntry, CURRENCIES, CURRENCY_PREFIXES, UNIT_BLOCKERS, UNITS } from '../lexicon/units.js';
import { PERCENT_WORDS } from '../lexicon/numerals.js';
import { WORD_END } from '../text/boundaries.js';

/** What follows a figure. */
export interface UnitMatch {
  /** The unit reported ('%', 'đồng', 'USD', 'ha' …). */
  readonly unit: string;
  /** ISO 4217 code when it is a currency. */
  readonly currency?: string;
  /** True for '%' and 'phần trăm'. */
  readonly percent: boolean;
  /** Where the unit ends in the normalized text. */
  readonly end: number;
}

/** Table keys, longest first so that 'đô la Mỹ' wins over 'đô' and 'km2' over 'km'. */
function longestFirst(keys: readonly string[]): string[] {
  return [...keys].sort((a, b) => b.length - a.length);
}

/**
 * A unit after at most two spaces: '%', 'phần trăm', a currency or a measured unit, then a word
 * end. XRegExp.union escapes the surfaces; the Unicode word end is appended as native source
 * (XRegExp rewrites `\p{…}` into BMP-only classes, so boundaries stay native).
 */
const UNIT_AFTER = new RegExp(
  ` {0,2}(?:(%)|(${XRegExp.union(longestFirst(PERCENT_WORDS)).source})${WORD_END}|(${
    XRegExp.union(longestFirst([...Object.keys(CURRENCIES), ...Object.keys(UNITS)])).source
  })(?:${WORD_END}|(?<=[^\\p{L}\\p{M}\\p{N}])))`,
  'uy',
);

/** A currency symbol right before a figure: '$', 'US$', '€'. */
const CURRENCY_BEFORE = new RegExp(`(?:${XRegExp.union(longestFirst(Object.keys(CURRENCY_PREFIXES))).source}) ?$`, 'u');

/** A unit whose exponent is written apart ('m 2'): the base unit and the digit. */
const APART_EXPONENT = /^(.+) (\d)$/u;

/** A decimal or thousands part right after a digit ('2,5'). */
const DECIMAL_AFTER = /^[.,]\d/;

/** The next word after a unit (for blockers such as 'đồng chí'). */
const NEXT_WORD = / +([\p{L}\p{M}]+)/uy;

/** The first code unit of every surface {@link UNIT_AFTER} reads: '%', per-cent words, currencies and units. */
const UNIT_FIRST: ReadonlySet<number> = new Set(['%', ...PERCENT_WORDS, ...Object.keys(CURRENCIES), ...Object.keys(UNITS)].map((u) => u.charCodeAt(0)));

/** The unit, currency or per-cent sign right after `index`, or undefined. */
export function unitAfter(text: string, index: number): UnitMatch | undefined {
  // at most two spaces, then the first character of some unit: most figures have none
  let first = index;
  while (first < index + 2 && text.charCodeAt(first) === 0x20) first++;
  if (!UNIT_FIRST.has(text.charCodeAt(first))) return undefined;
  UNIT_AFTER.lastIndex = index;
  const m = UNIT_AFTER.exec(text);
  if (!m) return undefined;
  const end = index + m[0].length;
  if (m[1] !== undefined || m[2] !== undefined) return { unit: '%', percent: true, end };
  const surface = m[3] as string;
  const blockers = UNIT_BLOCKERS[surface];
  if (blockers && blockers.length > 0) {
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(text)?.[1]?.toLowerCase();
    if (next !== undefined && blockers.includes(next)) return undefined;
  }
  const money: CurrencyEntry | undefined = CURRENCIES[surface];
  if (money) return { unit: money.unit, currency: money.iso, percent: false, end };
  const apart = APART_EXPONENT.exec(surface);
  if (apart && DECIMAL_AFTER.test(text.slice(end, end + 2))) {
    // 'cao 3 m 2,5 m': the digit after the unit starts the next figure, not an exponent
    const base = apart[1] as string;
    return { unit: UNITS[base] as string, percent: false, end: end - (surface.length - base.length) };
  }
  return { unit: UNITS[surface] as string, percent: false, end };
}

/** The currency symbol written right before `index` ('$5', 'US$ 2 triệu'), with where it starts. */
export function currencyBefore(text: string, index: number): { entry: CurrencyEntry; start: number } | undefined {
  const from = Math.max(0, index - 4);
  const m = CURRENCY_BEFORE.exec(text.slice(from, index));
  if (!m) return undefined;
  const symbol = m[0].trim();
  const entry = CURRENCY_PREFIXES[symbol];
  if (!entry) return undefined;
  return { entry, start: from + m.index };
}
