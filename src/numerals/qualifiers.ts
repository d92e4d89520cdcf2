/**
 * Looking left of a numeral: the words right before it (for qualifiers such as 'hơn', 'khoảng',
 * 'ít nhất', and for context words such as 'năm', 'khóa', 'sáng'). Only words separated by
 * spaces are read, at most a few, so each look is bounded.
 * @module
 */
import type { Approx } from '../types.js';
import { QUALIFIERS } from '../lexicon/qualifiers.js';
import { isLetterAt, lowerCase } from './letters.js';

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

/** Up to `n` words right before `index`, nearest first, each separated by spaces only. */
export function wordsBefore(text: string, index: number, n: number): WordBefore[] {
  const out: WordBefore[] = [];
  let j = index;
  for (let k = 0; k < n; k++) {
    const word = wordBefore(text, j);
    if (!word) break;
    out.push(word);
    j = word.start;
    if (j > 0 && text.charCodeAt(j - 1) !== 0x20) break;
  }
  return out;
}

/** The word right before `index` after one to three spaces, or undefined (the first of {@link wordsBefore}). */
function wordBefore(text: string, index: number): WordBefore | undefined {
  let s = index;
  while (s > 0 && s > index - 4 && text.charCodeAt(s - 1) === 0x20) s--;
  if (s === index || s === 0) return undefined;
  let w = s;
  while (w > 0 && s - w < MAX_WORD && isLetterAt(text, w - 1)) w--;
  if (w === s || (w > 0 && isLetterAt(text, w - 1))) return undefined;
  const word = text.slice(w, s);
  return { lower: lowerCase(word), text: word, start: w };
}

/**
 * The words before a position, read on first use: the nearest word alone (what most numerals
 * ask for), the three nearest words (nearest first) and their phrases only when a phrase table
 * may hold a phrase ending with the nearest word.
 */
export class Before {
  /** The normalized text. */
  private readonly text: string;
  /** The position the words are read before. */
  private readonly index: number;
  /** The nearest word alone once read (null when there is none): most numerals ask for no more, and a list of one costs more than the word. */
  private nearestOnly: WordBefore | null | undefined;
  /** Up to three words, nearest first, once read. */
  private all: readonly WordBefore[] | undefined;
  /** phrases[k - 1] is the phrase of the k nearest words, in reading order, once built. */
  private phrases: string[] | undefined;

  /** The words before `index` of `text`. */
  constructor(text: string, index: number) {
    this.text = text;
    this.index = index;
  }

  /** The nearest word (separated by spaces only), or undefined. */
  get nearest(): WordBefore | undefined {
    if (this.all) return this.all[0];
    if (this.nearestOnly === undefined) this.nearestOnly = wordBefore(this.text, this.index) ?? null;
    return this.nearestOnly ?? undefined;
  }

  /** Up to three words, nearest first. */
  get words(): readonly WordBefore[] {
    this.all ??= wordsBefore(this.text, this.index, 3);
    return this.all;
  }

  /** The phrase of the `k` nearest words (1 ≤ k ≤ words.length), in reading order: 'chưa đến'. */
  phrase(k: number): string {
    if (k === 1) return (this.words[0] as WordBefore).lower;
    if (!this.phrases) {
      const phrases: string[] = [];
      let phrase = '';
      for (const w of this.words) {
        phrase = phrase === '' ? w.lower : `${w.lower} ${phrase}`;
        phrases.push(phrase);
      }
      this.phrases = phrases;
    }
    return this.phrases[k - 1] as string;
  }
}

/** The {@link Before} context of `index`: up to three words, read on first use. */
export function beforeAt(text: string, index: number): Before {
  return new Before(text, index);
}

/** A phrase table compiled for look-ups before a numeral: its entries and the last word of each. */
export interface PhraseTable<T> {
  /** Phrase (lower case, words joined by one space) to value. */
  readonly entries: ReadonlyMap<string, T>;
  /** The last word of every phrase: no phrase can match before a numeral whose nearest word is not one. */
  readonly lastWords: ReadonlySet<string>;
}

/** Compiles a lexicon table (a set of phrases, or phrases with values) for {@link phraseBefore}. */
export function phraseTable<T = true>(table: ReadonlySet<string> | Readonly<Record<string, T>>): PhraseTable<T> {
  const entries = new Map<string, T>(
    table instanceof Set ? [...table].map((p): [string, T] => [p, true as T]) : Object.entries(table as Readonly<Record<string, T>>),
  );
  const lastWords = new Set([...entries.keys()].map((p) => p.slice(p.lastIndexOf(' ') + 1)));
  return { entries, lastWords };
}

/** The qualifier phrases, compiled once. */
const QUALIFIER_PHRASES: PhraseTable<Approx> = phraseTable(QUALIFIERS);

/** The longest phrase of up to 3 words before a numeral found in `table`, with where it starts. */
export function phraseBefore<T>(before: Before, table: PhraseTable<T>): { value: T; start: number; words: number } | undefined {
  const nearest = before.nearest;
  if (nearest === undefined || !table.lastWords.has(nearest.lower)) return undefined;
  const words = before.words;
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const hit = table.entries.get(before.phrase(k));
    if (hit !== undefined) return { value: hit, start: (words[k - 1] as WordBefore).start, words: k };
  }
  return undefined;
}

/** True when a phrase of up to 3 words before a numeral is in `table` (any length; the shortest is tried first, it costs no concatenation). */
export function hasPhraseBefore<T>(before: Before, table: PhraseTable<T>): boolean {
  const nearest = before.nearest;
  if (nearest === undefined || !table.lastWords.has(nearest.lower)) return false;
  if (table.entries.has(nearest.lower)) return true;
  const words = before.words;
  for (let k = 2; k <= Math.min(3, words.length); k++) if (table.entries.has(before.phrase(k))) return true;
  return false;
}

/** The qualifier right before a numeral ('hơn', 'khoảng', 'ít nhất' …) and where it starts. */
export function qualifierBefore(before: Before): { approx: Approx; start: number } | undefined {
  const hit = phraseBefore(before, QUALIFIER_PHRASES);
  if (!hit) return undefined;
  return { approx: hit.value, start: hit.start };
}
