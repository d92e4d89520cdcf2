/**
 * The anchor scan of findNumbers: where a numeral may open in the normalized text. An anchor is
 * a digit (or ',5', '-5'), a currency sign, a lead number word, 'thứ', an ordinal phrase, or a run
 * of upper-case Roman-numeral letters, at a word start. Most of a text is none of these: the scan
 * steps over each word with a table of character flags, and only a word whose first character,
 * last character and length may be those of an anchor word is compared with the anchor words
 * that start with its character (case sensitive: the three cases of each word are listed), with
 * no pattern run over the text.
 * @module
 */
import { LEADING_DIGIT_WORDS, NEGATIVE_WORDS_IN_TEXT, ORDINAL_MARKER, ORDINAL_PHRASES, TEN_WORD } from '../lexicon/numerals.js';
import { CURRENCY_PREFIXES } from '../lexicon/units.js';
import { isWordCharacter } from '../text/boundaries.js';
import { WORD_CHARACTER, characterClasses } from '../text/character-classes.js';

/** Words that open a word numeral in running text: digits (not 'tư', 'mốt', 'lăm'), 'mười', and 'âm'. */
export const LEAD_WORDS: readonly string[] = [...LEADING_DIGIT_WORDS, TEN_WORD, ...NEGATIVE_WORDS_IN_TEXT];

/** Currency signs that open an anchor ('$5', 'US$ 2 triệu', '€3'): the currency prefixes of the lexicon. */
const CURRENCY_SIGNS: readonly string[] = Object.keys(CURRENCY_PREFIXES);

/** The letters of a Roman numeral, upper case only in running text. */
const ROMAN_LETTERS = 'IVXLCDM';

/** A word as written at a sentence start or in capitals, besides lower case: 'hai', 'Hai', 'HAI'. */
function caseVariants(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]);
}

/** An anchor word or phrase as written in text, with the lexicon word it stands for. */
interface AnchorWord {
  /** As written: 'hai', 'Thứ', 'ĐẦU TIÊN'. */
  readonly surface: string;
  /** Its lower-case lexicon form: 'hai', 'thứ', 'đầu tiên'. */
  readonly lower: string;
  /** The second code unit of the surface, compared before the whole surface. */
  readonly second: number;
}

/** A copy of `s` in one flat piece, so that reading its characters never walks a concatenation. */
function flat(s: string): string {
  return String.fromCharCode(...Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)));
}

/** Every anchor word and phrase in its three cases ('hai', 'Hai', 'HAI'), each with its lexicon form. */
const ANCHOR_WORDS: readonly AnchorWord[] = [...LEAD_WORDS, ORDINAL_MARKER, ...Object.keys(ORDINAL_PHRASES)].flatMap((lower) =>
  [...new Set(caseVariants([lower]))].map((surface) => ({ surface: flat(surface), lower: flat(lower), second: surface.charCodeAt(1) })),
);

/** What opens at an anchor. */
export type AnchorKind = 'digit' | 'currency' | 'word';

/** One anchor: where it starts, what kind it is, and its text. */
export interface Anchor {
  /** Digits ('5', ',5', '-5'), a currency sign ('US$', '€') or a word ('hai', 'Thứ', 'XII'). */
  readonly kind: AnchorKind;
  /** Where it starts in the normalized text. */
  readonly start: number;
  /** Its text as written: one digit (with its ',' or '-'), the currency sign, or the word. */
  readonly text: string;
  /** For a word: the lexicon form ('hai', 'thứ', 'đầu tiên'); for a Roman numeral, its lower case ('xii'). */
  readonly lower: string;
  /** True for a run of Roman-numeral letters ('XII'). */
  readonly roman: boolean;
}

/** Currency signs in the order they are tried ('US$' before '$'). */
const CURRENCY_ORDER: readonly string[] = [...CURRENCY_SIGNS].sort((a, b) => b.length - a.length);

/** The longest Roman numeral read as an anchor. */
const MAX_ROMAN = 15;

/** Per BMP code unit: 1 + the index in {@link WORDS_BY_FIRST} of the anchor words starting with it, or 0. */
const WORD_GROUP: Uint8Array = new Uint8Array(0x10000);

/** Anchor words grouped by their first code unit ('t': 'tám', 'thứ'). */
const WORDS_BY_FIRST: readonly (readonly AnchorWord[])[] = groupByFirst();

/** Groups {@link ANCHOR_WORDS} by first code unit and fills {@link WORD_GROUP}. */
function groupByFirst(): AnchorWord[][] {
  const groups: AnchorWord[][] = [];
  for (const w of ANCHOR_WORDS) {
    const code = w.surface.charCodeAt(0);
    if (WORD_GROUP[code] === 0) {
      groups.push([]);
      WORD_GROUP[code] = groups.length;
    }
    (groups[(WORD_GROUP[code] as number) - 1] as AnchorWord[]).push(w);
  }
  return groups;
}

/** Size of {@link WORD_KEYS}: a power of two, so that a key is masked into it. */
const WORD_KEY_SPACE = 0x10000;

/**
 * The key of a word from its first and last code units and its length, in
 * [0, {@link WORD_KEY_SPACE}): words with different keys are different words.
 */
function wordKey(first: number, last: number, length: number): number {
  return ((first * 31 + last) * 7 + length) & (WORD_KEY_SPACE - 1);
}

/**
 * Per word key: 1 when the word may be an anchor word or the first word of an anchor phrase
 * ('đầu' of 'đầu tiên'). A word whose key is 0 here is none of them, and once the scan has read
 * a word to its end, this one look-up rejects almost every word that merely starts like one
 * ('tháng', 'hành', 'mà').
 */
const WORD_KEYS: Uint8Array = buildWordKeys();

/** Builds {@link WORD_KEYS} from the first word of every anchor word and phrase. */
function buildWordKeys(): Uint8Array {
  const keys = new Uint8Array(WORD_KEY_SPACE);
  for (const w of ANCHOR_WORDS) {
    const first = w.surface.split(' ')[0] as string;
    keys[wordKey(first.charCodeAt(0), first.charCodeAt(first.length - 1), first.length)] = 1;
  }
  return keys;
}

/** Flag of {@link ANCHOR_FIRST}: the character is a digit. */
const FIRST_DIGIT = 1;
/** Flag of {@link ANCHOR_FIRST}: the character is ',' or '-', an anchor when a digit follows. */
const FIRST_SIGN = 2;
/** Flag of {@link ANCHOR_FIRST}: the character opens a currency sign. */
const FIRST_CURRENCY = 4;
/** Flag of {@link ANCHOR_FIRST}: the character opens an anchor word or phrase. */
const FIRST_WORD = 8;
/** Flag of {@link ANCHOR_FIRST}: the character is a Roman-numeral letter. */
const FIRST_ROMAN = 16;

/** Per BMP code unit, which kinds of anchor may start with it (0 for none: most characters). */
const ANCHOR_FIRST: Uint8Array = buildAnchorFirst();

/** Builds {@link ANCHOR_FIRST} from digits, signs, currency signs, anchor words and Roman letters. */
function buildAnchorFirst(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) table[c]! |= FIRST_DIGIT;
  table[0x2c]! |= FIRST_SIGN;
  table[0x2d]! |= FIRST_SIGN;
  for (const s of CURRENCY_SIGNS) table[s.charCodeAt(0)]! |= FIRST_CURRENCY;
  for (const w of ANCHOR_WORDS) table[w.surface.charCodeAt(0)]! |= FIRST_WORD;
  for (const r of ROMAN_LETTERS) table[r.charCodeAt(0)]! |= FIRST_ROMAN;
  return table;
}

/** True when the code unit is a digit 0–9. */
function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The code unit at `i`, or 0 past the end of the text. Code 0 continues no Roman numeral, as an
 * absent character does, and a table is never indexed with NaN (which sends every later look-up
 * of that table down a slow path).
 */
function codeAt(text: string, i: number): number {
  return text.charCodeAt(i) | 0;
}

/** The anchor word or phrase written at `i` and followed by a word end, or undefined. */
function wordAt(text: string, i: number): AnchorWord | undefined {
  const group = WORDS_BY_FIRST[(WORD_GROUP[text.charCodeAt(i)] as number) - 1];
  if (group === undefined) return undefined;
  const second = text.charCodeAt(i + 1);
  for (let k = 0; k < group.length; k++) {
    const w = group[k] as AnchorWord;
    if (w.second === second && text.startsWith(w.surface, i) && !isWordCharacter(text, i + w.surface.length)) return w;
  }
  return undefined;
}

/** Length of the Roman-numeral word at `i` (1 to {@link MAX_ROMAN} letters, then a word end), or 0. */
function romanLengthAt(text: string, i: number): number {
  let j = i;
  while (j - i <= MAX_ROMAN && ((ANCHOR_FIRST[codeAt(text, j)] as number) & FIRST_ROMAN) !== 0) j++;
  if (j - i > MAX_ROMAN || isWordCharacter(text, j)) return 0;
  return j - i;
}

/**
 * True when an anchor may open at the word `[start, end)` (letters, marks or digits, `first` its
 * first code unit with the anchor flags `flags`): a cheap test, read once the scan is at the
 * word's end, that lets through every word where {@link anchorAt} finds an anchor.
 */
function mayOpenWord(text: string, start: number, end: number, first: number, flags: number): boolean {
  if (flags & FIRST_CURRENCY) return true;
  if (flags & FIRST_WORD && WORD_KEYS[wordKey(first, text.charCodeAt(end - 1), end - start)] !== 0) return true;
  if ((flags & FIRST_ROMAN) === 0) return false;
  return end - start === 1 || ((ANCHOR_FIRST[text.charCodeAt(start + 1)] as number) & FIRST_ROMAN) !== 0;
}

/** The anchor opening at `i` (a word start) whose first code unit has the anchor flags `first`, or undefined. */
function anchorAt(text: string, i: number, first: number): Anchor | undefined {
  if (first & FIRST_DIGIT) return { kind: 'digit', start: i, text: text[i] as string, lower: '', roman: false };
  if (first & FIRST_SIGN) {
    if (!isDigitCode(text.charCodeAt(i + 1))) return undefined;
    return { kind: 'digit', start: i, text: text.slice(i, i + 2), lower: '', roman: false };
  }
  if (first & FIRST_CURRENCY) {
    for (const sign of CURRENCY_ORDER) if (text.startsWith(sign, i)) return { kind: 'currency', start: i, text: sign, lower: '', roman: false };
  }
  if (first & FIRST_WORD) {
    const w = wordAt(text, i);
    if (w) return { kind: 'word', start: i, text: w.surface, lower: w.lower, roman: false };
  }
  if (first & FIRST_ROMAN) {
    const length = romanLengthAt(text, i);
    if (length > 0) {
      const word = text.slice(i, i + length);
      return { kind: 'word', start: i, text: word, lower: word.toLowerCase(), roman: true };
    }
  }
  return undefined;
}

/** Flag of {@link scanTable}: the code unit is a letter, mark or digit. */
const IN_WORD = 32;
/** Flag of {@link scanTable}: the code unit is half of a surrogate pair (tested with isWordCharacter). */
const SURROGATE = 64;

/** {@link ANCHOR_FIRST} with the word-character and surrogate flags added, built on first use. */
let scanFlags: Uint8Array | undefined;

/** The table the scan reads once per code unit: anchor flags, IN_WORD and SURROGATE. */
function scanTable(): Uint8Array {
  if (scanFlags) return scanFlags;
  const table = Uint8Array.from(ANCHOR_FIRST);
  const classes = characterClasses();
  for (let code = 0; code < 0x10000; code++) if (((classes[code] as number) & WORD_CHARACTER) !== 0) table[code]! |= IN_WORD;
  for (let code = 0xd800; code <= 0xdfff; code++) table[code]! |= SURROGATE;
  scanFlags = table;
  return table;
}

/** Mask of the anchor flags in {@link scanTable}. */
const ANCHOR_FLAGS = FIRST_DIGIT | FIRST_SIGN | FIRST_CURRENCY | FIRST_WORD | FIRST_ROMAN;

/** True when the code unit at `i`, whose scan flags are `flags`, is part of a letter, mark or digit. */
function isWordAt(text: string, i: number, flags: number): boolean {
  return (flags & IN_WORD) !== 0 || ((flags & SURROGATE) !== 0 && isWordCharacter(text, i));
}

/**
 * The next anchor at or after `from`, or undefined at the end of the text. An anchor only opens
 * at a word start: never right after a letter, mark or digit. The scan reads each word to its
 * end and then asks whether the word may open one (a digit opens one at once), so that the test
 * looks at the whole word; a character that is not part of a word is tested where it stands.
 */
export function nextAnchor(text: string, from: number): Anchor | undefined {
  const table = scanTable();
  const n = text.length;
  let i = from;
  if (isWordCharacter(text, i - 1)) {
    while (i < n && isWordAt(text, i, table[text.charCodeAt(i)] as number)) i++;
    i++; // the character ending the word opens nothing
  }
  while (i < n) {
    // here `i` is at a word start (or a character that is not part of a word)
    const first = text.charCodeAt(i);
    const flags = table[first] as number;
    if (!isWordAt(text, i, flags)) {
      if ((flags & ANCHOR_FLAGS) !== 0) {
        const anchor = anchorAt(text, i, flags);
        if (anchor) return anchor;
      }
      i++;
      continue;
    }
    if ((flags & FIRST_DIGIT) !== 0) return anchorAt(text, i, flags);
    const start = i;
    i++;
    while (i < n && isWordAt(text, i, table[text.charCodeAt(i)] as number)) i++;
    if ((flags & ANCHOR_FLAGS) !== 0 && mayOpenWord(text, start, i, first, flags)) {
      const anchor = anchorAt(text, start, flags);
      if (anchor) return anchor;
    }
    i++; // the character ending the word opens nothing
  }
  return undefined;
}

/** The runs of letters, marks and digits of a text, as a word index lists them: starts and ends (exclusive), ascending. */
export interface WordRuns {
  /** Where each run starts. */
  readonly starts: readonly number[];
  /** Where each run ends. */
  readonly ends: readonly number[];
}

/** Where a scan over a text's word runs stands: the first run it has not passed. */
export interface RunCursor {
  /** Number of the run. */
  run: number;
}

/**
 * {@link nextAnchor} over a text whose word runs are known (`runs`, from its word index): the same
 * anchor, with each word taken whole from the runs instead of read character by character; only
 * the characters between words are read one at a time. `cursor` carries the scan's place from one
 * call to the next (calls come with `from` ascending, starting at run 0).
 */
export function nextAnchorInRuns(text: string, from: number, runs: WordRuns, cursor: RunCursor): Anchor | undefined {
  const table = scanTable();
  const { starts, ends } = runs;
  const count = starts.length;
  let k = cursor.run;
  while (k < count && (ends[k] as number) <= from) k++;
  let i = from;
  if (k < count && (starts[k] as number) < from) {
    // inside a word: no anchor opens before its end, nor at the character ending it
    i = (ends[k] as number) + 1;
    k++;
  } else if (k > 0 && ends[k - 1] === from) {
    i = from + 1; // the character ending a word opens nothing
  }
  for (;;) {
    const wordStart = k < count ? (starts[k] as number) : text.length;
    for (; i < wordStart; i++) {
      const flags = table[text.charCodeAt(i)] as number;
      if ((flags & ANCHOR_FLAGS) === 0) continue;
      const anchor = anchorAt(text, i, flags);
      if (anchor) {
        cursor.run = k;
        return anchor;
      }
    }
    if (k >= count) break;
    const first = text.charCodeAt(wordStart);
    const flags = table[first] as number;
    cursor.run = k;
    if ((flags & FIRST_DIGIT) !== 0) return anchorAt(text, wordStart, flags);
    const end = ends[k] as number;
    if ((flags & ANCHOR_FLAGS) !== 0 && mayOpenWord(text, wordStart, end, first, flags)) {
      const anchor = anchorAt(text, wordStart, flags);
      if (anchor) return anchor;
    }
    i = end + 1; // the character ending the word opens nothing
    k++;
  }
  cursor.run = k;
  return undefined;
}
