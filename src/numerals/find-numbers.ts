/**
 * findNumbers: every numeral mention of a text, in order, with its kind, value, qualifier, unit
 * and an exact span into the ORIGINAL input. One global scan over the normalized view finds
 * anchors (a digit, a number word, 'thứ', a Roman numeral, a currency sign); each anchor is read
 * forward over a bounded token stream and checked against its left context, so the whole pass
 * is linear in the input.
 *
 * What is not a mention: dates ('16/10', '15/3/2019', 'sáng 5.3', 'tối 23-9', 'ngày 5 tháng 8
 * năm 2020', the year of a full date included), clock times ('8h30', '14:30', 'lúc 14 giờ',
 * '8 giờ 30'; a bare '24 giờ' stays a number), phone numbers, document codes ('04-NQ/TU',
 * '123/NĐ-CP'), digits glued to letters ('H5N1', 'COVID-19', 'QL1A'), weekdays ('thứ Hai',
 * 'sáng thứ hai'), number words inside proper names ('Ba Đình', 'Năm Căn'), and lone number words
 * that do not count a noun ('một số', 'ba tôi', 'mười phần').
 * @module
 */
import XRegExp from 'xregexp';
import { assertInput } from '../errors.js';
import {
  COUNTED_NOUN_HINTS,
  DATE_JOINER_WORDS,
  DIGIT_SUFFIXES_IN_TEXT,
  FIVE_NOT_BEFORE,
  FIVE_NOT_AFTER,
  FRACTION_WORD,
  HUNDRED_WORD,
  NEGATIVE_WORDS_IN_TEXT,
  NOT_A_COUNT_AFTER,
  ORDINAL_MARKER,
  ROMAN_CONTEXT_WORDS,
  TEN_WORD,
  WEEKDAY_AFTER_WORDS,
  WEEKDAY_BEFORE_WORDS,
  WEEKDAY_NUMBERS,
  YEAR_CONTEXT_WORDS,
  YEAR_JOINERS,
  ZERO_WORD,
  DECIMAL_POINT_WORDS,
  AMBIGUOUS_FIVE_WORD,
  HALF_WORDS,
} from '../lexicon/numerals.js';
import { OPEN_BOUND_CLOSERS, RANGE_JOINERS, RANGE_OPENER } from '../lexicon/qualifiers.js';
import { WORD_END } from '../text/boundaries.js';
import { type NormalizedText, normalizeView, originalSpan } from '../text/normalize.js';
import type { Approx, NumberKind, NumberMention } from '../types.js';
import { skipClockTime, skipDate, skipPhoneTimeOrCode } from './dates-and-codes.js';
import { type Exact, add, compare, exactFromDigits, exactFromInt, isInteger, negate, shift, toNumber } from './exact.js';
import { type Before, beforeAt, hasPhraseBefore, phraseTable, qualifierBefore } from './qualifiers.js';
import { type Anchor, type RunCursor, type WordRuns, LEAD_WORDS, nextAnchor, nextAnchorInRuns } from './anchors.js';
import { ordinalPhraseOf, ordinalWordOf } from './number-words.js';
import { parseRoman } from './roman.js';
import { DENOMINATOR, type Numeral, type NumeralOptions, UNSIGNED, readNumeral } from './scale.js';
import { TokenStream } from './tokens.js';
import { isLetterUnit, lowerCase } from './letters.js';
import { type UnitMatch, currencyBefore, unitAfter } from './units.js';

/** A mention found by {@link findNumbers}; `currency` is the ISO 4217 code of a money figure. */
export interface FoundNumber extends NumberMention {
  /** ISO 4217 code for kind 'money' (and money ranges): 'VND', 'USD' … */
  currency?: string;
}

/** A mention in normalized coordinates, before its span is mapped back. */
interface Draft {
  kind: NumberKind;
  value: number;
  start: number;
  end: number;
  max?: number;
  approx?: Approx;
  unit?: string;
  currency?: string;
  numerator?: number;
  denominator?: number;
}

/**
 * A draft with every optional field present (undefined until set): drafts of one shape are read
 * at one place by the scan and the mappings, where literals of each kind and fields added later
 * made many shapes.
 */
function numeralDraft(kind: NumberKind, value: number, start: number, end: number): Draft {
  return { kind, value, start, end, max: undefined, approx: undefined, unit: undefined, currency: undefined, numerator: undefined, denominator: undefined };
}

/** What one anchor gave: mentions (maybe none) and where the scan resumes. */
interface Step {
  readonly drafts: readonly Draft[];
  readonly resume: number;
}

/** How a numeral is read in running text: the sign words of text ('âm') may open it. */
const IN_TEXT: NumeralOptions = { negativeWords: NEGATIVE_WORDS_IN_TEXT };

/** The words that open a Roman numeral ('khóa XII', 'Đại hội XIII'), compiled once. */
const ROMAN_CONTEXT_PHRASES = phraseTable(ROMAN_CONTEXT_WORDS);

/** The words after which four digits are a year ('năm 2016', 'giai đoạn 2016-2020'), compiled once. */
const YEAR_CONTEXT_PHRASES = phraseTable(YEAR_CONTEXT_WORDS);

/** A range joiner between two figures: '60 - 80', '5-6', '10 đến 15'. */
const RANGE_JOINER = new RegExp(
  ` *(?:${XRegExp.union([...RANGE_JOINERS].filter((j) => !/\p{L}/u.test(j))).source}) *| +(?:${
    XRegExp.union([...RANGE_JOINERS].filter((j) => /\p{L}/u.test(j))).source
  }) +`,
  'uy',
);

/** Words that close an open bound after 'từ <n>': up to three words, then 'trở lên' / 'trở xuống'. */
const OPEN_BOUND = new RegExp(`((?: +[\\p{L}\\p{M}]+){0,3}) +(${XRegExp.union(Object.keys(OPEN_BOUND_CLOSERS)).source})${WORD_END}`, 'uy');

/** A joiner between two years: '2016-2020', '2016 – 2020', '2016 đến 2020'. */
const YEAR_JOINER = new RegExp(
  ` *(?:${XRegExp.union([...YEAR_JOINERS].filter((j) => !/\p{L}/u.test(j))).source}) *| +(?:${
    XRegExp.union([...YEAR_JOINERS].filter((j) => /\p{L}/u.test(j))).source
  }) +`,
  'uy',
);

/** The first code unit of every range joiner ('-', '~', 'đ', 't'). */
const RANGE_JOINER_FIRST: ReadonlySet<number> = new Set([...RANGE_JOINERS].map((j) => j.charCodeAt(0)));

/** True when a range joiner may follow `end`: after any spaces, the first character of one ({@link RANGE_JOINER} needs it). */
function mayJoinRange(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 0x20) i++;
  return RANGE_JOINER_FIRST.has(text.charCodeAt(i));
}

/** A decimal-point word ('phẩy', 'chấm'), any case. */
const DECIMAL_POINT_AHEAD = new RegExp(XRegExp.union([...DECIMAL_POINT_WORDS]).source, 'iu');

/** How far after 'không' (characters) a decimal-point word is looked for ('không trăm linh năm phẩy …'). */
const ZERO_LOOKAHEAD = 48;

/** True when one space and a digit follow `i`. */
function isDigitAfterSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i + 1);
  return text[i] === ' ' && c >= 48 && c <= 57;
}

/** Characters that join digits to a word or code before them ('COVID-19', 'số 12/BC', 'A.5'): the digits after them are part of it. */
const CODE_JOINERS = '-/.,';

/** The code units of {@link CODE_JOINERS}. */
const CODE_JOINER_CODES: ReadonlySet<number> = new Set([...CODE_JOINERS].map((c) => c.charCodeAt(0)));

/** Only a joiner between the end of a date and the next figure: ' - ', ', ', ' đến ' ('từ 5/8 đến 10/8'). */
const DATE_JOINER = new RegExp(`^(?: *[-,] *| +(?:${DATE_JOINER_WORDS.join('|')}) +)$`, 'u');

/** The characters a {@link DATE_JOINER} can start with. */
const DATE_JOINER_START = ' -,';

/** A four-digit year candidate. */
const FOUR_DIGITS = /\d{4}(?![\d\p{L}]|[.,]\d)/uy;

/** A run of letters, digits and code punctuation, skipped when digits are glued to letters. */
const GLUED_RUN = /[\p{L}\p{M}\p{N}]*/uy;

/** The rest of a mid-sentence capitalized word check: sentence punctuation before. */
const SENTENCE_START_BEFORE = /(?:^|[.!?:;\n"'(\-•*>]\s*|\s{2,})$/u;

/** A capitalized word right after a slash number: a street address ('36/9 Nguyễn Khuyến'). */
const ADDRESS_AFTER = /^ \p{Lu}/u;

/** A half word ('rưỡi', and a half) after a currency unit of a word numeral: 'hai tỷ đồng rưỡi'. */
const HALF_AFTER = new RegExp(` +(?:${[...HALF_WORDS].join('|')})(?![\\p{L}\\p{M}])`, 'uy');

/** Half a unit, added for a half word after a numeral that ends on no scale word ('hai đồng rưỡi'). */
const HALF_UNIT: Exact = exactFromDigits('0', '5');

/** Where the scan stands: the last mention's end, the last date's and year's end. */
interface ScanState {
  lastEnd: number;
  lastDateEnd: number;
  lastYearEnd: number;
}

/**
 * Every numeral mention in `input`, in order, never overlapping. Throws InvalidInputError when
 * `input` is not a string, and InputTooLargeError when it is longer than DEFAULT_MAX_LENGTH
 * (64 MiB worth of UTF-16 code units).
 */
export function findNumbers(input: string): FoundNumber[] {
  assertInput('findNumbers', input);
  const view = normalizeView(input);
  return scanDrafts(view.text).map((d) => toMention(view, d));
}

/**
 * {@link findNumbers} over a text that is already normalized, one that `normalizeView` leaves as
 * it is (a block of a parsed document, whose text is a normalized view): the same mentions (the
 * same JSON; each carries every optional field, see toBlockMention), without looking over the
 * text for characters to normalize. On a text that is not normalized,
 * the mentions are those of the text as it is, not of its normalized view. `runs`, when given,
 * are the text's word runs (its word index), over which the scan for where numerals open steps.
 */
export function findNumbersInNormalized(text: string, runs?: WordRuns): FoundNumber[] {
  assertInput('findNumbers', text);
  const view: NormalizedText = { original: text, text };
  return scanDrafts(text, runs).map((d) => toBlockMention(view, d));
}

/**
 * The mentions of the normalized `text`, in order, never overlapping, in its coordinates; `runs`,
 * when given, are the text's word runs (from its word index), which the anchor scan steps over.
 */
function scanDrafts(text: string, runs?: WordRuns): Draft[] {
  const drafts: Draft[] = [];
  const state: ScanState = { lastEnd: 0, lastDateEnd: -10, lastYearEnd: -10 };
  const cursor: RunCursor = { run: 0 };
  let from = 0;
  for (;;) {
    const anchor = runs ? nextAnchorInRuns(text, from, runs, cursor) : nextAnchor(text, from);
    if (!anchor) break;
    const at = anchor.start;
    const step = readAnchor(text, at, anchor, state);
    for (const d of step.drafts) {
      if (d.start < state.lastEnd) continue;
      drafts.push(d);
      state.lastEnd = d.end;
    }
    from = Math.max(step.resume, at + 1);
  }
  return drafts;
}

/** Maps a draft to a public mention with its span in the original input. */
function toMention(view: NormalizedText, d: Draft): FoundNumber {
  const out: FoundNumber = { kind: d.kind, value: d.value, span: originalSpan(view, d.start, d.end) };
  if (d.max !== undefined) out.max = d.max;
  if (d.approx !== undefined) out.approx = d.approx;
  if (d.unit !== undefined) out.unit = d.unit;
  if (d.currency !== undefined) out.currency = d.currency;
  if (d.numerator !== undefined) out.numerator = d.numerator;
  if (d.denominator !== undefined) out.denominator = d.denominator;
  return out;
}

/**
 * A draft as a mention of a normalized block, in the block's coordinates, with every optional
 * field present (undefined when the figure has none): the rules read the mentions of every block
 * over and over, and mentions of one shape are read at one place each time, where fields added
 * only when present made fourteen shapes of them. Such a mention is for reading, not for output
 * (its JSON is the same).
 */
function toBlockMention(view: NormalizedText, d: Draft): FoundNumber {
  return {
    kind: d.kind,
    value: d.value,
    span: originalSpan(view, d.start, d.end),
    max: d.max,
    approx: d.approx,
    unit: d.unit,
    currency: d.currency,
    numerator: d.numerator,
    denominator: d.denominator,
  };
}

/** The mentions of a step that found none, shared by all such steps. */
const NO_DRAFTS: readonly Draft[] = [];

/** A step that found no mention and resumes the scan at `resume`. */
function nothingUntil(resume: number): Step {
  return { drafts: NO_DRAFTS, resume };
}

/** Reads the anchor at `at`. */
function readAnchor(text: string, at: number, anchor: Anchor, state: ScanState): Step {
  const word = anchor.kind === 'word' ? anchor.text : undefined;
  // 'không' mostly means 'not': as a numeral it opens only a decimal ('không phẩy năm'), so
  // without a decimal-point word just ahead it is dropped before anything else is read
  if (word !== undefined && anchor.lower === ZERO_WORD) {
    DECIMAL_POINT_AHEAD.lastIndex = 0;
    if (!DECIMAL_POINT_AHEAD.test(text.slice(at, at + ZERO_LOOKAHEAD))) return nothingUntil(at + word.length);
  }
  // 'năm 2020': the word 'year' before a figure, never the number five
  if (word !== undefined && anchor.lower === AMBIGUOUS_FIVE_WORD && isDigitAfterSpace(text, at + word.length)) return nothingUntil(at + word.length);
  const before = beforeAt(text, at);
  if (word !== undefined) {
    const lower = anchor.lower;
    if (lower === ORDINAL_MARKER) return readOrdinal(text, at, before);
    const phrase = ordinalPhraseOf(lower);
    if (phrase !== undefined) return { drafts: [numeralDraft('ordinal', phrase, at, at + word.length)], resume: at + word.length };
    if (anchor.roman) return readRomanInContext(text, at, word, before);
    return readWordNumeral(text, at, before, state);
  }
  if (anchor.kind === 'currency') {
    const start = at + anchor.text.length;
    const next = text[start] === ' ' ? start + 1 : start;
    if (!/\d/.test(text[next] ?? '')) return nothingUntil(start);
    return readDigitNumeral(text, next, before, state, at);
  }
  return readDigitNumeral(text, at, before, state);
}

/** An ordinal after 'thứ' at `at': 'thứ nhất', 'thứ 13', 'lần thứ chín', 'thứ XII'; weekdays are skipped. */
function readOrdinal(text: string, at: number, before: Before): Step {
  const ts = new TokenStream(text, at, DIGIT_SUFFIXES_IN_TEXT);
  const markerEnd = (ts.at(0) as { end: number }).end;
  const t1 = ts.at(1);
  if (!t1 || !t1.spaced) return nothingUntil(markerEnd);
  if (t1.type === 'word') {
    const special = ordinalWordOf(t1.lower);
    if (special !== undefined) return { drafts: [numeralDraft('ordinal', special, at, t1.end)], resume: t1.end };
    const roman = /^[IVXLCDM]+$/.test(t1.text) ? parseRoman(t1.text) : undefined;
    if (roman !== undefined) return { drafts: [numeralDraft('roman', roman, at, t1.end)], resume: t1.end };
  }
  if (t1.type === 'number' && (t1.glued || t1.number.hasFraction || t1.number.grouped)) return nothingUntil(markerEnd);
  const n = readNumeral(ts, 1, DENOMINATOR);
  if (!n || !isInteger(n.value) || n.negative) return nothingUntil(markerEnd);
  const value = toNumber(n.value);
  const last = ts.at(n.next - 1) as { end: number };
  if (WEEKDAY_NUMBERS.has(value) && n.terms === 1 && !n.scaled && isWeekday(text, ts, n, before)) {
    return nothingUntil(last.end);
  }
  return { drafts: [numeralDraft('ordinal', value, at, last.end)], resume: last.end };
}

/** True when 'thứ hai' … 'thứ bảy' (or 'thứ 2' …) at the start of `ts` names a weekday. */
function isWeekday(text: string, ts: TokenStream, n: Numeral, before: Before): boolean {
  const t1 = ts.at(1);
  if (t1?.type === 'word' && t1.capitalized) return true;
  const prev = before.nearest?.lower;
  if (prev !== undefined && WEEKDAY_BEFORE_WORDS.has(prev)) return true;
  const after = ts.at(n.next);
  if (!after) return false;
  if (after.type === 'symbol' && (after.text === ',' || after.text === '(')) {
    const next = ts.at(n.next + 1);
    if (next?.type === 'number') return true;
    if (next?.type === 'word' && WEEKDAY_AFTER_WORDS.has(next.lower)) return true;
  }
  if (after.type === 'number' && after.spaced) return /^\d{1,2}[/.-]\d/.test(text.slice(after.start, after.start + 6));
  if (after.type === 'word' && after.spaced && WEEKDAY_AFTER_WORDS.has(after.lower)) return true;
  const marker = ts.at(0);
  return marker?.type === 'word' && marker.capitalized && after.type === 'symbol' && after.text === ',';
}

/** An upper-case Roman numeral at `at`, read only after a Roman-numeral context word ('khóa XII', 'Đại hội XIII'); lower-case ones are not read in running text. */
function readRomanInContext(text: string, at: number, word: string, before: Before): Step {
  const end = at + word.length;
  const value = parseRoman(word);
  if (value === undefined) return nothingUntil(end);
  if (!hasPhraseBefore(before, ROMAN_CONTEXT_PHRASES)) return nothingUntil(end);
  return { drafts: [numeralDraft('roman', value, at, end)], resume: end };
}

/** True when `at` opens a sentence (start of text, after sentence punctuation or a line break). */
function atSentenceStart(text: string, at: number): boolean {
  return SENTENCE_START_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}

/** True when `word` has more than one letter and is written in capitals ('HAI'). */
function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

/** A numeral that opens with a number word at `at`. */
function readWordNumeral(text: string, at: number, before: Before, state: ScanState): Step {
  const ts = new TokenStream(text, at, DIGIT_SUFFIXES_IN_TEXT);
  const first = ts.at(0);
  const firstEnd = first?.end ?? at + 1;
  if (first?.type !== 'word') return nothingUntil(firstEnd);
  const n = readNumeral(ts, 0, IN_TEXT);
  if (!n) return nothingUntil(firstEnd);
  const startTok = n.negative ? ts.at(1) : first;
  if (startTok?.type !== 'word') {
    // 'âm 5': a sign word before digits
    if (startTok?.type === 'number' && n.negative) return finishNumeral(text, at, ts, n, before, state, undefined);
    return nothingUntil(firstEnd);
  }
  if (startTok.capitalized && !isAllCaps(startTok.text)) {
    const nextTok = ts.at(n.negative ? 2 : 1);
    const nameLike = nextTok?.type === 'word' && nextTok.spaced && nextTok.capitalized;
    if (!atSentenceStart(text, startTok.start) || nameLike) return nothingUntil(firstEnd);
  }
  if (startTok.lower === ZERO_WORD && !n.fractional) return nothingUntil(firstEnd);
  return finishNumeral(text, at, ts, n, before, state, undefined, firstEnd);
}

/** A numeral that opens with a digit at `at` (or a sign, or after a currency symbol at `symbolStart`). */
function readDigitNumeral(text: string, at: number, before: Before, state: ScanState, symbolStart?: number): Step {
  let digitsAt = at;
  let negative = false;
  if (text.charCodeAt(at) === 0x2d) {
    // '-'
    const prevChar = text[at - 1];
    if (prevChar !== undefined && !/[ (\n]/.test(prevChar)) return nothingUntil(at + 1);
    negative = true;
    digitsAt = at + 1;
  }
  if (!negative && CODE_JOINER_CODES.has(text.charCodeAt(digitsAt - 1)) && digitsAt >= 2 && /[\p{L}\p{N}]/u.test(text[digitsAt - 2] as string)) {
    GLUED_RUN.lastIndex = digitsAt;
    GLUED_RUN.exec(text);
    return nothingUntil(Math.max(GLUED_RUN.lastIndex, digitsAt + 1));
  }
  const skip = skipPhoneTimeOrCode(text, digitsAt);
  if (skip !== undefined) return nothingUntil(skip);
  const prev = before.nearest?.lower;
  const afterDate = state.lastDateEnd >= 0 && state.lastDateEnd < digitsAt && DATE_JOINER_START.includes(text[state.lastDateEnd] as string) && DATE_JOINER.test(text.slice(state.lastDateEnd, digitsAt));
  const date = skipDate(text, digitsAt, prev, afterDate);
  if (date !== undefined) {
    state.lastDateEnd = date;
    return nothingUntil(date);
  }
  const clock = skipClockTime(text, digitsAt, prev);
  if (clock !== undefined) return nothingUntil(clock);
  const ts = new TokenStream(text, digitsAt, DIGIT_SUFFIXES_IN_TEXT);
  const first = ts.at(0);
  if (first?.type !== 'number') return nothingUntil(first?.end ?? digitsAt + 1);
  const year = readYears(text, digitsAt, first.end, before, state);
  if (year) return year;
  const n = readNumeral(ts, 0, IN_TEXT);
  if (!n) return nothingUntil(first.end);
  const currency = symbolStart !== undefined ? currencyBefore(text, digitsAt) : undefined;
  return finishNumeral(text, negative ? at : symbolStart ?? at, ts, n, before, state, currency?.entry, undefined, negative);
}

/** Years: 'năm 2016', 'giai đoạn 2016-2020' (each year its own mention), '2016 – 2020'. */
function readYears(text: string, at: number, end: number, before: Before, state: ScanState): Step | undefined {
  if (end - at !== 4) return undefined; // a year is one run of four digits, nothing glued
  FOUR_DIGITS.lastIndex = at;
  if (!FOUR_DIGITS.exec(text)) return undefined;
  const value = Number(text.slice(at, at + 4));
  const inContext = hasPhraseBefore(before, YEAR_CONTEXT_PHRASES) && value >= 1000 && value <= 2999;
  const chained = state.lastYearEnd >= 0 && isYearJoiner(text, state.lastYearEnd, at) && value >= 1000 && value <= 2999;
  YEAR_JOINER.lastIndex = end;
  const j = YEAR_JOINER.exec(text);
  let second: Draft | undefined;
  if (j) {
    const s = end + j[0].length;
    FOUR_DIGITS.lastIndex = s;
    if (FOUR_DIGITS.exec(text)) {
      const v2 = Number(text.slice(s, s + 4));
      if (v2 > value && v2 - value <= 100 && (inContext || chained || (value >= 1900 && v2 <= 2100))) {
        second = numeralDraft('year', v2, s, s + 4);
      }
    }
  }
  if (!inContext && !chained && !second) return undefined;
  const drafts: Draft[] = [numeralDraft('year', value, at, end)];
  if (second) drafts.push(second);
  const last = drafts[drafts.length - 1] as Draft;
  state.lastYearEnd = last.end;
  return { drafts, resume: last.end };
}

/** True when only a year joiner lies between `from` and `to`. */
function isYearJoiner(text: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  YEAR_JOINER.lastIndex = from;
  const j = YEAR_JOINER.exec(text);
  return j !== null && from + j[0].length === to;
}

/** The normalized end of the numeral's last token. */
function numeralEnd(ts: TokenStream, n: Numeral): number {
  return (ts.at(n.next - 1) as { end: number }).end;
}

/** Lower-cased word just before `start` (one space between), or ''. */
function previousWord(text: string, start: number): string {
  let end = start;
  while (end > 0 && text[end - 1] === ' ') end--;
  if (end === start) return '';
  let i = end;
  while (i > 0 && isLetterUnit(text, i - 1)) i--;
  return lowerCase(text.slice(i, end));
}

/** True when a lone number word is followed by something it counts ('ba xã', 'hai đồng chí'). */
function countsSomething(ts: TokenStream, n: Numeral, unit: UnitMatch | undefined): boolean {
  if (unit) return true;
  const next = ts.at(n.next);
  if (next?.type !== 'word' || !next.spaced) return false;
  if (NOT_A_COUNT_AFTER.has(next.lower)) return false;
  if (n.loneFive && FIVE_NOT_BEFORE.has(next.lower)) return false;
  if (n.loneFive && FIVE_NOT_AFTER.has(previousWord(ts.text, (ts.at(n.next - 1) as { start: number }).start))) return false; // 'mỗi năm nhà nước …'
  return COUNTED_NOUN_HINTS.has(next.lower);
}

/** Reads what follows a numeral (unit, range, fraction, open bound) and what precedes it (qualifier, 'từ'). */
function finishNumeral(
  text: string,
  start: number,
  ts: TokenStream,
  n: Numeral,
  before: Before,
  state: ScanState,
  prefixCurrency: { unit: string; iso: string } | undefined,
  rejectResume?: number,
  negativeSign = false,
): Step {
  const firstTok = ts.at(0) as { end: number };
  let value: Exact = negativeSign ? { mantissa: -n.value.mantissa, exponent: n.value.exponent } : n.value;
  let end = numeralEnd(ts, n);
  const lastTok = ts.at(n.next - 1);
  let unit = unitAfter(text, end);
  if (lastTok?.type === 'number' && lastTok.glued && (!unit || text[end] === ' ')) {
    GLUED_RUN.lastIndex = end;
    GLUED_RUN.exec(text);
    return nothingUntil(Math.max(GLUED_RUN.lastIndex, end + 1));
  }
  const wordNumeral = ts.at(0)?.type === 'word' && !(n.negative && ts.at(1)?.type === 'number');
  // fraction: '1/3', '412/430', 'ba phần tư'
  const fraction = readFraction(text, ts, n);
  if (wordNumeral && !fraction) {
    if ((n.loneWord || n.loneFive) && !countsSomething(ts, n, unit)) return nothingUntil(rejectResume ?? firstTok.end);
    if (n.onlyPair && !unit) return nothingUntil(rejectResume ?? firstTok.end);
  }
  if (fraction && ts.at(0)?.type === 'number' && (toNumber(value) > fraction.denominator || ADDRESS_AFTER.test(text.slice(fraction.end, fraction.end + 3)))) {
    // '36/9 Nguyễn Khuyến', '135/47 Trần Hưng Đạo': a house number, not a fraction
    return nothingUntil(fraction.end);
  }
  if (fraction) {
    const draft = numeralDraft('fraction', toNumber(value) / fraction.denominator, start, fraction.end);
    draft.numerator = toNumber(value);
    draft.denominator = fraction.denominator;
    return { drafts: [withQualifier(text, draft, before, state)], resume: fraction.end };
  }
  let currency = prefixCurrency;
  if (unit) {
    end = unit.end;
    if (unit.currency !== undefined) currency = { unit: unit.unit, iso: unit.currency };
    HALF_AFTER.lastIndex = end;
    if (unit.currency !== undefined && wordNumeral && HALF_AFTER.exec(text)) {
      // half of the scale the numeral ends on ('hai tỷ đồng rưỡi' = 2,5 tỷ), else half a unit
      const half = n.endScale !== undefined ? shift(exactFromInt(5), n.endScale - 1) : HALF_UNIT;
      value = add(value, n.negative ? negate(half) : half);
      end = HALF_AFTER.lastIndex;
    }
  }
  // range: '60 - 80', '5-6%', 'từ 10 đến 15', '2-3 triệu đồng'
  RANGE_JOINER.lastIndex = end;
  const joiner = mayJoinRange(text, end) ? RANGE_JOINER.exec(text) : null;
  if (joiner) {
    const range = readRangeEnd(text, end + joiner[0].length, joiner[0], value, n, unit);
    if (range) {
      const draft = numeralDraft('range', toNumber(range.low), start, range.end);
      draft.max = toNumber(range.high);
      const u = range.unit ?? unit;
      if (u) draft.unit = u.unit;
      const cur = u?.currency !== undefined ? u.currency : currency?.iso;
      if (cur !== undefined) {
        draft.currency = cur;
        if (!u && currency) draft.unit = currency.unit;
      }
      return { drafts: [withQualifier(text, draft, before, state)], resume: range.end };
    }
  }
  const draft = numeralDraft('cardinal', toNumber(value), start, end);
  if (currency) {
    draft.kind = 'money';
    draft.unit = currency.unit;
    draft.currency = currency.iso;
  } else if (unit?.percent) {
    draft.kind = 'percent';
    draft.unit = '%';
  } else {
    if (unit) draft.unit = unit.unit;
    draft.kind = isInteger(value) ? 'cardinal' : 'decimal';
  }
  return { drafts: [withQualifier(text, draft, before, state)], resume: draft.end };
}

/** The denominator after a numeral: '/430' right after digits, or 'phần tư' after words (not 'phần trăm'). */
function readFraction(text: string, ts: TokenStream, n: Numeral): { denominator: number; end: number } | undefined {
  const next = ts.at(n.next);
  if (!next) return undefined;
  if (next.type === 'symbol' && next.text === '/' && !next.spaced && n.singleDigits && !n.fractional) {
    const den = ts.at(n.next + 1);
    if (den?.type !== 'number' || den.spaced || den.glued || den.number.hasFraction || den.number.suffix !== undefined) return undefined;
    const d = toNumber(den.number.value);
    if (d === 0 || text[den.end] === '/') return undefined;
    return { denominator: d, end: den.end };
  }
  if (next.type === 'word' && next.spaced && next.lower === FRACTION_WORD && ts.at(0)?.type === 'word') {
    const w = ts.word(n.next + 1);
    if (w === HUNDRED_WORD && ts.word(n.next + 2) === undefined) return undefined;
    if (w === HUNDRED_WORD) {
      const after = ts.word(n.next + 2);
      if (after === undefined || ordinalWordOf(after) === undefined) {
        const probe = readNumeral(ts, n.next + 1, DENOMINATOR);
        if (!probe || probe.next === n.next + 2) return undefined;
      }
    }
    const den = readNumeral(ts, n.next + 1, DENOMINATOR);
    if (!den || ts.at(n.next + 1)?.type !== 'word') return undefined;
    const d = toNumber(den.value);
    if (d === 0) return undefined;
    return { denominator: d, end: numeralEnd(ts, den) };
  }
  return undefined;
}

/** The upper end of a range starting at `from` (after the joiner), or undefined when it is not a range. */
function readRangeEnd(
  text: string,
  from: number,
  joiner: string,
  low: Exact,
  n: Numeral,
  lowUnit: UnitMatch | undefined,
): { low: Exact; high: Exact; end: number; unit?: UnitMatch } | undefined {
  const ts2 = new TokenStream(text, from, DIGIT_SUFFIXES_IN_TEXT);
  const t = ts2.at(0);
  if (!t) return undefined;
  if (t.type === 'number' && skipPhoneTimeOrCode(text, t.start) !== undefined) return undefined;
  if (t.type === 'word' && !(LEAD_WORDS.includes(t.lower) || t.lower === TEN_WORD)) return undefined;
  const hi = readNumeral(ts2, 0, UNSIGNED);
  if (!hi) return undefined;
  const lastTok = ts2.at(hi.next - 1);
  if (lastTok?.type === 'number' && lastTok.glued && !unitAfter(text, lastTok.end)) return undefined;
  let high = hi.value;
  let end = numeralEnd(ts2, hi);
  const unit = unitAfter(text, end);
  if (unit) end = unit.end;
  if (lowUnit && unit && lowUnit.unit !== unit.unit) return undefined;
  let lowScaled = low;
  if (!n.scaled && hi.tailScale !== undefined && hi.tailScale > 0 && !lowUnit) {
    const candidate = shift(low, hi.tailScale);
    if (compare(candidate, high) <= 0) lowScaled = candidate;
  }
  if (compare(lowScaled, high) >= 0) return undefined;
  if (/^ *- *$/.test(joiner) && lowScaled.mantissa < 0n) return undefined;
  return { low: lowScaled, high, end, ...(unit ? { unit } : {}) };
}

/** Adds the qualifier (or 'từ … trở lên') before a draft, extending its span, never into the mention before. */
function withQualifier(text: string, d: Draft, before: Before, state: ScanState): Draft {
  const q = qualifierBefore(before);
  if (q && q.start >= state.lastEnd) {
    d.approx = q.approx;
    d.start = q.start;
    return d;
  }
  const opener = before.nearest;
  if (opener?.lower === RANGE_OPENER && opener.start >= state.lastEnd) {
    if (d.kind === 'range') {
      d.start = opener.start;
      return d;
    }
    OPEN_BOUND.lastIndex = d.end;
    const ob = OPEN_BOUND.exec(text);
    if (ob) {
      d.approx = OPEN_BOUND_CLOSERS[ob[2] as string] as Approx;
      d.start = opener.start;
      if ((ob[1] as string).length === 0) d.end = OPEN_BOUND.lastIndex;
    }
  }
  return d;
}
