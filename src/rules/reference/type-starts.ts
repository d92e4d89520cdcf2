/**
 * Where a reference may start, read through the block's word index: the number words a
 * reference's number may be, and the words a document type written before one may start at.
 * Each is a superset: the reference patterns are then tried there only (see date/anchored).
 * @module
 */
import type { SentenceContext } from '../../extract/sentence-context.js';
import type { IndexedSentence } from '../date/word-gate.js';
import { digitWordsIn, indexedSentence } from '../date/word-gate.js';
import { firstWordsOf, isDigit } from '../date/anchored.js';
import { numberWord } from '../../tagging/vocabulary.js';
import { DOCUMENT_TYPES } from '../../lexicon/documents.js';

/** Most words of a document type ('Chương trình hành động'). */
const TYPE_WORDS = Math.max(...DOCUMENT_TYPES.map((t) => t.trim().split(/\s+/).length));

/** The first words of the document types. */
const TYPE_FIRSTS = firstWordsOf(DOCUMENT_TYPES);

/** The known-word number of 'số', which may stand between a type and its number ('Luật số 12'). */
const SO = numberWord('số');

/**
 * Adds to `starts` (ascending, see date/anchored) where a document type may start when it is
 * written, whole words parted by spaces, before number word `k`, with or without 'số' between:
 * the words of a type's first word up to {@link TYPE_WORDS} words back, and in a word that opens
 * with digits, the letter after them (a type glued to a figure: '5Luật 12').
 */
export function addTypeStarts(sentence: IndexedSentence, k: number, starts: number[]): void {
  const { text, known, starts: wordStarts, ends } = sentence.index;
  const last = k - (known[k - 1] === SO ? 2 : 1);
  let after = starts.length > 0 ? (starts[starts.length - 1] as number) : -1;
  for (let w = Math.max(last - TYPE_WORDS + 1, sentence.first); w <= last; w++) {
    let at = wordStarts[w] as number;
    if (!TYPE_FIRSTS.has(known[w] as number)) {
      const end = ends[w] as number;
      if (!isDigit(text.charCodeAt(at))) continue;
      while (at < end && isDigit(text.charCodeAt(at))) at++;
      if (at === end) continue;
    }
    if (at > after) {
      starts.push(at);
      after = at;
    }
  }
}

/**
 * The sentence's words that open with a digit and are at most `longest` characters long (the
 * numbers a reference may hold), with the sentence's words; undefined when the index cannot tell.
 */
export function numberWordsIn(ctx: SentenceContext, longest: number): { sentence: IndexedSentence; words: number[] } | undefined {
  const digits = digitWordsIn(ctx);
  if (!digits) return undefined;
  const { starts, ends } = digits.index;
  const words: number[] = [];
  for (let c = digits.from; c < digits.to; c++) {
    const k = digits.numbers[c] as number;
    if ((ends[k] as number) - (starts[k] as number) <= longest) words.push(k);
  }
  return { sentence: indexedSentence(ctx) as IndexedSentence, words };
}
