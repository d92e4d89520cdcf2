/**
 * Looking left of a numeral: the words right before it (for qualifiers such as 'hơn', 'khoảng',
 * 'ít nhất', and for context words such as 'năm', 'khóa', 'sáng'). Only words separated by
 * spaces are read, at most a few, so each look is bounded.
 * @module
 */
import type { Approx } from '../types.js';
import { QUALIFIERS } from '../lexicon/qualifiers.js';

/** A word before a position. */
export interface WordBefore {
  /** Lower-cased word. */
  readonly lower: string;
  /** The word as written. */
  readonly text: string;
  /** Where it starts in the normalized text. */
  readonly start: number;
}

/** Longest word looked at. */
const MAX_WORD = 24;

/** A letter or combining mark. */
const LETTER = /[\p{L}\p{M}]/u;

/** True when the UTF-16 unit at `i` is part of a letter (surrogate halves count as letters). */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x41) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return LETTER.test(text[i] as string);
}

/** Up to `n` words right before `index`, nearest first, each separated by spaces only. */
export function wordsBefore(text: string, index: number, n: number): WordBefore[] {
  const out: WordBefore[] = [];
  let j = index;
  for (let k = 0; k < n; k++) {
    let s = j;
    while (s > 0 && s > j - 4 && text[s - 1] === ' ') s--;
    if (s === j || s === 0) break;
    let w = s;
    while (w > 0 && s - w < MAX_WORD && isLetterAt(text, w - 1)) w--;
    if (w === s || (w > 0 && isLetterAt(text, w - 1))) break;
    const word = text.slice(w, s);
    out.push({ lower: word.toLowerCase(), text: word, start: w });
    j = w;
    if (w > 0 && text[w - 1] !== ' ') break;
  }
  return out;
}

/** The words before a position with their phrases (one, two, three nearest words), computed once. */
export interface Before {
  /** Nearest word first. */
  readonly words: readonly WordBefore[];
  /** phrases[k - 1] is the phrase of the k nearest words, in reading order. */
  readonly phrases: readonly string[];
}

/** The {@link Before} context of `index`: up to three words and their phrases. */
export function beforeAt(text: string, index: number): Before {
  const words = wordsBefore(text, index, 3);
  const phrases: string[] = [];
  let phrase = '';
  for (const w of words) {
    phrase = phrase === '' ? w.lower : `${w.lower} ${phrase}`;
    phrases.push(phrase);
  }
  return { words, phrases };
}

/** The qualifier table as a map: a phrase is looked up among its own entries only, never among an object's built-in properties ('constructor'). */
const QUALIFIER_MAP: ReadonlyMap<string, Approx> = new Map(Object.entries(QUALIFIERS));

/** The longest phrase of up to 3 words before a numeral found in `table`, with where it starts. */
export function phraseBefore<T>(before: Before, table: ReadonlyMap<string, T> | ReadonlySet<string>): { value: T | true; start: number; words: number } | undefined {
  const words = before.words;
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const phrase = before.phrases[k - 1] as string;
    const hit = table instanceof Set ? (table.has(phrase) ? true : undefined) : (table as ReadonlyMap<string, T>).get(phrase);
    if (hit !== undefined) return { value: hit as T | true, start: (words[k - 1] as WordBefore).start, words: k };
  }
  return undefined;
}

/** The qualifier right before a numeral ('hơn', 'khoảng', 'ít nhất' …) and where it starts. */
export function qualifierBefore(before: Before): { approx: Approx; start: number } | undefined {
  const hit = phraseBefore<Approx>(before, QUALIFIER_MAP);
  if (!hit) return undefined;
  return { approx: hit.value as Approx, start: hit.start };
}
