/**
 * The normalized view: a copy of the input that matching runs on (NFC, one tone-mark placement,
 * look-alike letters, quotes, dashes and spaces folded, invisible characters dropped), with a map
 * from every normalized offset back to the original input.
 * @module
 */
import type { Span } from '../types.js';
import { CHARACTER_FOLDS, INVISIBLE_CHARACTERS, TONE_PLACEMENT_FOLDS } from '../lexicon/characters.js';

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

/** Combining marks (U+0300–U+036F and other \p{M}): they attach to the character before them. */
const COMBINING_MARK = /\p{M}/u;

/**
 * Makes the normalized view of `input`. Linear in the input; returns the input itself with no
 * map when nothing changes.
 */
export function normalizeView(input: string): NormalizedText {
  if (!needsWork(input)) return { original: input, text: input };
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = input.length;
  let i = 0;
  while (i < n) {
    // A segment is one character and the combining marks after it.
    let j = i + 1;
    const code = input.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && j < n) {
      const next = input.charCodeAt(j);
      if (next >= 0xdc00 && next <= 0xdfff) j++;
    }
    while (j < n && isCombining(input, j)) j++;
    const segment = input.slice(i, j);
    const piece = foldSegment(segment);
    for (let k = 0; k < piece.length; k++) {
      out.push(piece[k] as string);
      starts.push(i);
      ends.push(j);
    }
    i = j;
  }
  const text = fixTonePlacement(out.join(''));
  return { original: input, text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Quick test whether `input` needs any folding at all. */
function needsWork(input: string): boolean {
  if (input.normalize('NFC') !== input) return true;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code < 0x80 && code !== 0x60 && code !== 0x09) continue;
    if (isCombining(input, i)) return true;
    const c = input[i] as string;
    if (c in CHARACTER_FOLDS || INVISIBLE_CHARACTERS.has(c)) return true;
  }
  return hasNewerTonePlacement(input);
}

/** True when the character at `index` is a combining mark. */
function isCombining(input: string, index: number): boolean {
  const code = input.charCodeAt(index);
  if (code < 0x300) return false;
  if (code <= 0x36f) return true;
  return COMBINING_MARK.test(input[index] as string);
}

/** One segment (a character and its marks) to its normalized form: NFC, folded, or dropped. */
function foldSegment(segment: string): string {
  if (segment.length === 1) {
    if (INVISIBLE_CHARACTERS.has(segment)) return '';
    return CHARACTER_FOLDS[segment] ?? segment;
  }
  const nfc = segment.normalize('NFC');
  if (nfc.length === 1) return CHARACTER_FOLDS[nfc] ?? nfc;
  return nfc;
}

/** Pattern of a newer-style toned pair (oà, oẻ, uỷ …) ending a syllable, not after q. */
const NEWER_TONE_PAIR = new RegExp(
  `(?<![qQ])(?:${Object.keys(TONE_PLACEMENT_FOLDS).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'gu',
);

/** True when `text` holds a newer-style toned pair that the view rewrites. */
function hasNewerTonePlacement(text: string): boolean {
  NEWER_TONE_PAIR.lastIndex = 0;
  return NEWER_TONE_PAIR.test(text);
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
