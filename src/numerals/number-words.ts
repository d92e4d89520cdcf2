/**
 * The number-word tables of the lexicon compiled into Maps, once: a word read from the text is
 * looked up among the table's own entries only (a plain object would also answer for
 * 'constructor' and its other built-in properties), and a Map look-up with a word sliced from the
 * text costs no string internalization.
 * @module
 */
import { DIGIT_WORDS, ORDINAL_PHRASES, ORDINAL_WORDS, SCALE_BLOCKERS, SCALE_WORDS } from '../lexicon/numerals.js';

/** A lexicon record as a Map of its own entries. */
function lookupTable<T>(record: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(record));
}

/** Digit words and their values ('bốn' 4, 'lăm' 5). */
const DIGITS = lookupTable(DIGIT_WORDS);

/** Scale words and their powers of ten ('nghìn' 3, 'tỷ' 9). */
const SCALES = lookupTable(SCALE_WORDS);

/** Words after a scale word that make it part of another word ('tỷ lệ'). */
const BLOCKERS = lookupTable(SCALE_BLOCKERS);

/** Ordinal words after 'thứ' ('nhất' 1, 'nhì' 2). */
const ORDINALS = lookupTable(ORDINAL_WORDS);

/** Whole ordinal phrases ('đầu tiên' 1). */
const PHRASES = lookupTable(ORDINAL_PHRASES);

/** The value of a digit word ('hai' → 2), or undefined. */
export function digitOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : DIGITS.get(word);
}

/** The power of ten of a scale word ('triệu' → 6), or undefined. */
export function scaleOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : SCALES.get(word);
}

/** The words that stop `word` from being a scale word when they follow it ('tỷ' → 'lệ', 'số' …), or undefined. */
export function scaleBlockersOf(word: string): readonly string[] | undefined {
  return BLOCKERS.get(word);
}

/** The value of an ordinal word after 'thứ' ('nhất' → 1), or undefined. */
export function ordinalWordOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : ORDINALS.get(word);
}

/** The value of a whole ordinal phrase ('đầu tiên' → 1), or undefined. */
export function ordinalPhraseOf(phrase: string): number | undefined {
  return PHRASES.get(phrase);
}
