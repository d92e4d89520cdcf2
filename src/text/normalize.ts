/**
 * The normalized view: a copy of the input that matching runs on (NFC, one tone-mark placement,
 * look-alike letters, quotes, dashes and spaces folded, invisible characters dropped), with a map
 * from every normalized offset back to the original input.
 * @module
 */
import type { Span } from '../types.js';
import { CHARACTER_FOLDS, INVISIBLE_CHARACTERS, TONE_PLACEMENT_FOLDS } from '../lexicon/characters.js';
import { isWordCharacter } from './boundaries.js';
import { WORD_CHARACTER, characterClasses } from './character-classes.js';

/** A normalized copy of a string and the way back to the original. */
export interface NormalizedText {
  /** The original input. */
  readonly original: string;
  /** The normalized copy. */
  readonly text: string;
  /** Original index where normalized character `i` starts (length `text.length`); absent when the copy is the original. */
  readonly starts?: Int32Array;
  /** Original index just past normalized character `i` (length `text.length`); absent when the copy is the original. */
  readonly ends?: Int32Array;
}

/** Flag: a combining mark, which attaches to the character before it. */
const COMBINING = 1;
/** Flag: a character the view folds or drops. */
const FOLDED = 2;
/** Flag: a character NFC changes on its own (singletons, conjoining jamo). */
const UNSTABLE = 4;
/** Flag: a vowel that ends a newer-style toned pair of the first family (oà, oẻ …: à, ẻ …). */
const TONED_FIRST_FAMILY = 8;
/** Flag: a vowel that opens a newer-style toned pair of the first family (o, O); one bit above {@link TONED_FIRST_FAMILY}. */
const OPENS_FIRST_FAMILY = 16;
/** Flag: a vowel that ends a newer-style toned pair of the other families (uỷ …: ỷ …). */
const TONED_OTHER_FAMILY = 32;
/** Flag: a vowel that opens a newer-style toned pair of the other families (u, U); one bit above {@link TONED_OTHER_FAMILY}. */
const OPENS_OTHER_FAMILY = 64;
/** Flag: a vowel whose tone mark may stand in the newer place (à, ẻ, ỷ …). */
const TONED = TONED_FIRST_FAMILY | TONED_OTHER_FAMILY;
/** Flag: a character the view replaces with exactly one other character (a look-alike letter, quote, dash, space). */
const REPLACED = 512;
/** Flag: half of a surrogate pair (a character outside the BMP). */
const SURROGATE = 128;
/** Flag: the first half of a surrogate pair. */
const HIGH_SURROGATE = 256;
/**
 * Flags: no letter, mark or digit, so a toned pair before it ends its syllable; {@link TONED}
 * eight bits up. A surrogate half has them too (the exact test decides for those).
 */
const ENDS_SYLLABLE = TONED << 8;
/** Flags: not 'q' or 'Q', so a toned pair after the next character may be newer-style; {@link TONED} nine bits up. */
const NOT_Q = TONED << 9;

/**
 * True when every character fold keeps the flags that find newer-style toned pairs (so the pairs
 * of a text folded one for one are those its own flags find); set with the flags table.
 */
let foldsKeepTonePairs = false;

/** Per-character flags for the Basic Multilingual Plane, built on first use. */
let flagTable: Uint16Array | undefined;

/** The flags table: the flags above for each BMP code unit. */
function flags(): Uint16Array {
  if (flagTable) return flagTable;
  const table = new Uint16Array(0x10000);
  const mark = /\p{M}/u;
  const classes = characterClasses();
  for (let code = 0; code < 0x10000; code++) {
    if (((classes[code] as number) & WORD_CHARACTER) === 0) table[code]! |= ENDS_SYLLABLE;
    if (code !== 0x71 && code !== 0x51) table[code]! |= NOT_Q;
  }
  for (let code = 0x80; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      table[code]! |= code <= 0xdbff ? SURROGATE | HIGH_SURROGATE : SURROGATE;
      continue;
    }
    const c = String.fromCharCode(code);
    if (mark.test(c)) table[code]! |= COMBINING;
    else if (c.normalize('NFC') !== c) table[code]! |= UNSTABLE;
  }
  for (let code = 0x1100; code <= 0x11ff; code++) table[code]! |= UNSTABLE;
  for (const c of [...Object.keys(CHARACTER_FOLDS), ...INVISIBLE_CHARACTERS]) table[c.charCodeAt(0)]! |= FOLDED;
  for (const [c, fold] of Object.entries(CHARACTER_FOLDS)) {
    if (c.length === 1 && fold.length === 1 && !INVISIBLE_CHARACTERS.has(c)) table[c.charCodeAt(0)]! |= REPLACED;
  }
  const families = [...new Set(Object.keys(TONE_PLACEMENT_FOLDS).map((pair) => pair.charAt(0).toLowerCase()))];
  for (const pair of Object.keys(TONE_PLACEMENT_FOLDS)) {
    const first = families.indexOf(pair.charAt(0).toLowerCase()) === 0;
    table[pair.charCodeAt(0)]! |= first ? OPENS_FIRST_FAMILY : OPENS_OTHER_FAMILY;
    table[pair.charCodeAt(1)]! |= first ? TONED_FIRST_FAMILY : TONED_OTHER_FAMILY;
  }
  const pairFlags = ENDS_SYLLABLE | NOT_Q | TONED | (TONED << 1);
  foldsKeepTonePairs = Object.entries(CHARACTER_FOLDS).every(
    ([c, fold]) => ((table[c.charCodeAt(0)] as number) & pairFlags) === ((table[fold.charCodeAt(0)] as number) & pairFlags),
  );
  flagTable = table;
  return table;
}

/**
 * Makes the normalized view of `input`. Linear in the input; returns the input itself with no
 * map when nothing changes.
 */
export function normalizeView(input: string): NormalizedText {
  const table = flags();
  if (!changesSomething(input, table)) return { original: input, text: input };
  const n = input.length;
  let starts: Int32Array = new Int32Array(n + 8);
  let ends: Int32Array = new Int32Array(n + 8);
  const parts: string[] = [];
  let k = 0;
  let run = 0;
  let seen = 0;
  let composed = false;
  let i = 0;
  let f = n > 0 ? (table[input.charCodeAt(0)] as number) : 0;
  while (i < n) {
    const next = i + 1 < n ? (table[input.charCodeAt(i + 1)] as number) : 0;
    seen |= f;
    if (!(f & (FOLDED | UNSTABLE | COMBINING | HIGH_SURROGATE)) && !(next & COMBINING)) {
      starts[k] = i;
      ends[k] = i + 1;
      k++;
      i++;
      f = next;
      continue;
    }
    const astral = (f & HIGH_SURROGATE) !== 0;
    if (run < i) parts.push(input.slice(run, i));
    let j = i + 1;
    if (astral && j < n) {
      const low = input.charCodeAt(j);
      if (low >= 0xdc00 && low <= 0xdfff) j++;
    }
    while (j < n && isCombining(input, j, table)) j++;
    if (j > i + 1) composed = true; // a composed vowel may carry a tone in the newer place
    const piece = foldSegment(input.slice(i, j));
    if (k + piece.length > starts.length) {
      starts = grow(starts, k + piece.length);
      ends = grow(ends, k + piece.length);
    }
    for (let p = 0; p < piece.length; p++) {
      starts[k] = i;
      ends[k] = j;
      k++;
    }
    parts.push(piece);
    i = j;
    run = j;
    f = j < n ? (table[input.charCodeAt(j)] as number) : 0;
  }
  if (run < n) parts.push(input.slice(run, n));
  const joined = parts.join('');
  const toned = composed || (seen & TONED) !== 0;
  const text = toned && hasNewerTonePlacement(joined, table) ? fixTonePlacement(joined) : joined;
  return { original: input, text, starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/**
 * The normalized text of `input` when the view keeps every character as exactly one character
 * (nothing dropped, split or composed; replaced characters and moved tone marks only), so that
 * character `i` of the text stands for character `i` of the input; `input` itself when nothing
 * changes; undefined when the view changes the length of any character (then only
 * {@link normalizeView} has the map).
 */
export function normalizeInPlace(input: string): string | undefined {
  return normalizeSliceInPlace(input, 0, input.length, input);
}

/**
 * {@link normalizeInPlace} of `text`, which is `input.slice(from, to)`, read in `input` (reading a
 * sliced string character by character costs more): `text` itself when nothing changes.
 */
export function normalizeSliceInPlace(input: string, from: number, to: number, text: string): string | undefined {
  const table = flags();
  const seen = scanFlags(input, from, to, table);
  return changesFlagged(input, from, to, seen, table) ? foldOneForOne(text, table, (seen & MAY_HOLD_PAIRS) !== 0) : text;
}

/**
 * The normalized text of `input`, which the view changes, when it keeps every character as one;
 * else undefined. Tone marks are looked at again only when the flags of `input` found a newer-style
 * toned pair (`flaggedPairs`, see {@link scanFlags}; replaced characters keep those flags).
 */
function foldOneForOne(input: string, table: Uint16Array, flaggedPairs: boolean): string | undefined {
  const n = input.length;
  let text = '';
  let run = 0;
  for (let i = 0; i < n; i++) {
    const f = table[input.charCodeAt(i)] as number;
    if (!(f & (FOLDED | UNSTABLE | COMBINING | SURROGATE))) continue;
    if (!(f & REPLACED) || f & (UNSTABLE | COMBINING | SURROGATE)) return undefined;
    text += input.slice(run, i) + (CHARACTER_FOLDS[input.charAt(i)] as string);
    run = i + 1;
  }
  if (run < n) text += input.slice(run, n);
  const mayHavePairs = flaggedPairs || !foldsKeepTonePairs;
  return mayHavePairs && hasNewerTonePlacement(text, table) ? fixTonePlacement(text) : text;
}

/** A copy of `array` with room for at least `size` entries. */
function grow(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * True when the view changes something in `input`. One pass without branches gathers the flags
 * of all characters, and finds newer-style toned pairs the way {@link NEWER_TONE_PAIR} does: an
 * opening vowel, a toned vowel of its family, no 'q' before them and no letter, mark or digit
 * after them (the flags of neighbouring characters, shifted onto the TONED bits). Only text
 * holding such a pair or a character outside the BMP is looked at again, by {@link firstChange}.
 */
function changesSomething(input: string, table: Uint16Array): boolean {
  return changesFlagged(input, 0, input.length, scanFlags(input, 0, input.length, table), table);
}

/** Set in what {@link scanFlags} returns when `input` may hold a newer-style toned pair (past the table's 16 bits). */
const MAY_HOLD_PAIRS = 1 << 16;

/**
 * The flags of all characters of `input.slice(from, to)` (read in place) together, with
 * {@link MAY_HOLD_PAIRS} set when the flags of neighbouring characters find a newer-style toned
 * pair (see {@link changesSomething}).
 */
function scanFlags(input: string, from: number, to: number, table: Uint16Array): number {
  let all = 0;
  let pairs = 0;
  let pending = 0;
  let opener = 0;
  let notQ2 = TONED;
  let notQ1 = TONED;
  for (let i = from; i < to; i++) {
    const f = table[input.charCodeAt(i)] as number;
    all |= f;
    pairs |= pending & (f >> 8);
    pending = opener & notQ2 & f & TONED;
    opener = f >> 1;
    notQ2 = notQ1;
    notQ1 = f >> 9;
  }
  pairs |= pending;
  return (pairs & TONED) !== 0 ? all | MAY_HOLD_PAIRS : all;
}

/** {@link changesSomething} for `input.slice(from, to)`, whose characters' flags are `seen` ({@link scanFlags}). */
function changesFlagged(input: string, from: number, to: number, seen: number, table: Uint16Array): boolean {
  if (seen & (COMBINING | FOLDED | UNSTABLE)) return true;
  if ((seen & MAY_HOLD_PAIRS) === 0 && (seen & SURROGATE) === 0) return false;
  return firstChange(input.slice(from, to), table) >= 0;
}

/** Index of the first character the view changes, or -1 when it changes nothing. */
function firstChange(input: string, table: Uint16Array): number {
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const f = table[code] as number;
    if (f & (COMBINING | FOLDED | UNSTABLE)) return i;
    if (f & TONED && endsNewerTonePair(input, i)) return i - 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      const pair = input.slice(i, i + 2);
      if (pair.normalize('NFC') !== pair) return i;
    }
  }
  return -1;
}

/**
 * True when `text` (or its part `[from, to)`) is certainly NFC already (so `text.normalize('NFC')`
 * would return it as it is): no combining mark, no character NFC changes on its own, nothing outside the BMP. False
 * means only that NFC has to be asked.
 */
export function isStableNfc(text: string, from = 0, to = text.length): boolean {
  const table = flags();
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((table[code] as number) & (COMBINING | UNSTABLE | SURROGATE)) return false;
  }
  return true;
}

/** True when the character at `index` is a combining mark. */
function isCombining(input: string, index: number, table: Uint16Array): boolean {
  return ((table[input.charCodeAt(index)] as number) & COMBINING) !== 0;
}

/** One segment (a character and its marks) to its normalized form: NFC, folded, or dropped. */
function foldSegment(segment: string): string {
  if (segment.length === 1) {
    if (INVISIBLE_CHARACTERS.has(segment)) return '';
    const folded = CHARACTER_FOLDS[segment];
    if (folded !== undefined) return folded;
  }
  const nfc = segment.normalize('NFC');
  // a character NFC turns into a folded or dropped one (Greek oxia U+1FFD into the acute accent
  // U+00B4) is folded or dropped as that one, so that the view of the view is the view itself
  if (nfc.length === 1) return INVISIBLE_CHARACTERS.has(nfc) ? '' : (CHARACTER_FOLDS[nfc] ?? nfc);
  return nfc;
}

/** Pattern of a newer-style toned pair (oà, oẻ, uỷ …) ending a syllable, not after q. */
const NEWER_TONE_PAIR = new RegExp(
  `(?<![qQ])(?:${Object.keys(TONE_PLACEMENT_FOLDS).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'gu',
);

/** The newer-style toned pairs (oà, oẻ, uỷ …), for look-up by their two characters. */
const NEWER_TONE_PAIRS: ReadonlySet<string> = new Set(Object.keys(TONE_PLACEMENT_FOLDS));

/** Code units of the first vowel of the newer-style toned pairs (o, O, u, U), a cheap test before the pair look-up. */
const NEWER_TONE_FIRSTS: ReadonlySet<number> = new Set(Object.keys(TONE_PLACEMENT_FOLDS).map((pair) => pair.charCodeAt(0)));

/**
 * True when the character at `index` (one the flags mark TONED) ends a newer-style toned pair
 * that {@link NEWER_TONE_PAIR} matches: the pair is a key of TONE_PLACEMENT_FOLDS, no 'q' or 'Q'
 * stands before it, and no letter, mark or digit follows it.
 */
function endsNewerTonePair(text: string, index: number): boolean {
  if (index < 1 || !NEWER_TONE_FIRSTS.has(text.charCodeAt(index - 1)) || !NEWER_TONE_PAIRS.has(text.slice(index - 1, index + 1))) return false;
  const before = index >= 2 ? text.charCodeAt(index - 2) : 0;
  return before !== 0x71 && before !== 0x51 && !isWordCharacter(text, index + 1);
}

/** True when `text` holds a newer-style toned pair that the view rewrites (the test of {@link NEWER_TONE_PAIR}, by scan). */
function hasNewerTonePlacement(text: string, table: Uint16Array): boolean {
  for (let i = 1; i < text.length; i++) {
    if ((table[text.charCodeAt(i)] as number) & TONED && endsNewerTonePair(text, i)) return true;
  }
  return false;
}

/** Moves the tone mark of syllable-final oa/oe/uy pairs to the first vowel; length is kept. */
function fixTonePlacement(text: string): string {
  NEWER_TONE_PAIR.lastIndex = 0;
  return text.replace(NEWER_TONE_PAIR, (pair) => TONE_PLACEMENT_FOLDS[pair] ?? pair);
}

/** Original index where the normalized character at `index` starts (`index` may equal the length). */
export function originalStart(view: NormalizedText, index: number): number {
  if (!view.starts) return index;
  if (index >= view.text.length) return view.original.length;
  return view.starts[index] as number;
}

/** Original index just past the normalized character before `index` (`index` 0 gives 0). */
export function originalEnd(view: NormalizedText, index: number): number {
  if (!view.ends) return index;
  if (index <= 0) return view.starts ? (view.text.length === 0 ? 0 : (view.starts[0] as number)) : 0;
  return view.ends[Math.min(index, view.text.length) - 1] as number;
}

/** The span of the original input behind the normalized range `[start, end)`. */
export function originalSpan(view: NormalizedText, start: number, end: number): Span {
  const s = originalStart(view, start);
  const e = end <= start ? s : Math.max(s, originalEnd(view, end));
  return { start: s, end: e, text: view.original.slice(s, e) };
}

/** NFC and the other folds of the view, for a short string such as a lexicon entry or a field value. */
export function normalizeString(text: string): string {
  return normalizeView(text).text;
}
