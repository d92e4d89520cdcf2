/**
 * Datelines and outlet codes at the opening of a title or lead. A dateline is a place of one to
 * four capitalized words ending in ':' or ' -' / ' –' at the very start ('Điện Biên:',
 * 'ĐIỆN BIÊN -', 'TP HCM -'); an outlet code in brackets ('(NLĐ)-', '(TTXVN)', '(Chinhphu.vn) -')
 * is never one.
 * @module
 */
import { NOT_DATELINE_WORDS, OUTLET_CODES } from '../lexicon/outlets.js';
import { normalizeString } from '../text/normalize.js';

/** Outlet codes, folded and upper-cased. */
const OUTLETS: ReadonlySet<string> = new Set(OUTLET_CODES.map((c) => normalizeString(c).toUpperCase()));

/**
 * A dateline on folded text: capitalized words (dots allowed, 'TP.HCM'), then ':' or a spaced
 * dash, then a space. Matches 'Điện Biên: ', 'ĐIỆN BIÊN - ', 'TP HCM - ', 'TP. Hồ Chí Minh: '.
 */
const DATELINE = /^(\p{Lu}[\p{L}\p{M}.'’]*(?: \p{Lu}[\p{L}\p{M}.'’]*){0,3})(?: ?:| [-–—])(?=\s)/u;

/** First words that make a 'Name:' opening something other than a place, folded. */
const NOT_PLACES: ReadonlySet<string> = new Set(NOT_DATELINE_WORDS.map((w) => normalizeString(w)));

/** An outlet code in brackets followed by a dash or colon: '(NLĐ)-', '(TTXVN) - ', '(Chinhphu.vn) -'. */
const OUTLET_MARK = /\(([^()\n]{2,24})\)\s*[-–—:]\s*/gu;

/**
 * The length of the dateline opening clean text `text` (NFC or not), or 0 when there is none.
 * A colon dateline may be in any case ('Điện Biên:'); a dash dateline must be in capitals
 * ('ĐIỆN BIÊN -', 'TP HCM -') unless `mixedCaseDash` (a lead), since titles such as
 * 'Luang Prabang - nơi sắc vàng …' use the dash otherwise. A first word that names a person or a
 * time ('Ông …:', 'Sáng:') and outlet codes are not places.
 */
export function datelineLength(text: string, mixedCaseDash = false): number {
  const m = DATELINE.exec(text);
  if (!m) return 0;
  const place = m[1] as string;
  const words = place.split(' ');
  if (words.some((w) => isOutletCode(w))) return 0;
  if (NOT_PLACES.has(normalizeString(words[0] as string))) return 0;
  const dash = !m[0].endsWith(':');
  if (dash && !mixedCaseDash && /\p{Ll}/u.test(place)) return 0;
  return m[0].length;
}

/** True when `code` (without brackets) is an outlet code: a known one, or a '.vn' site name. */
export function isOutletCode(code: string): boolean {
  const c = normalizeString(code.trim()).toUpperCase();
  return OUTLETS.has(c) || /\.VN$/u.test(c);
}

/** Where an outlet mark sits in clean text: `[start, end)` of '(NLĐ)- ' (trailing space included). */
export interface OutletMark {
  /** Index of the opening bracket. */
  start: number;
  /** Index just past the dash and the space after it. */
  end: number;
}

/**
 * The first outlet mark in the first `limit` characters of clean text, such as the '(NLĐ)-'
 * that joins title and lead on one line in Người Lao Động files; undefined when there is none.
 */
export function findOutletMark(text: string, limit = 400): OutletMark | undefined {
  OUTLET_MARK.lastIndex = 0;
  const head = text.slice(0, limit);
  for (let m = OUTLET_MARK.exec(head); m; m = OUTLET_MARK.exec(head)) {
    if (isOutletCode(m[1] as string)) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
