/**
 * Where a document type written before a reference's number may start, read through the block's
 * word index: a superset of the places, where the reference patterns are then tried (see
 * date/anchored).
 * @module
 */
import type { IndexedSentence } from '../date/word-gate.js';
import { firstWordNumbersOf, isDigit, mostWordsOf } from '../date/anchored.js';
import { numberWord } from '../../tagging/vocabulary.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { DOCUMENT_TYPES, NUMBER_MARKER } from '../../lexicon/documents.js';

/** Most words of a document type ('Chương trình hành động'). */
const TYPE_WORDS = mostWordsOf(DOCUMENT_TYPES);

/** The first words of the document types. */
const TYPE_FIRSTS = firstWordNumbersOf(DOCUMENT_TYPES);

/** The last words of the document types. */
const TYPE_LASTS: ReadonlySet<number> = new Set(lastWordsOf(DOCUMENT_TYPES).map((w) => numberWord(w)));

/** The known-word number of the number marker, which may stand between a type and its number ('Luật số 12'). */
const SO = numberWord(NUMBER_MARKER);

/**
 * Adds to `starts` (ascending, see date/anchored) where a document type may start when it is
 * written, whole words parted by spaces, before number word `k`, with or without 'số' between:
 * when the word before them is a type's last word or opens with digits: the words of a type's
 * first word up to {@link TYPE_WORDS} words back, and in a word that opens with digits, the
 * letter after them (a type glued to a figure: '5Luật 12').
 */
export function addTypeStarts(sentence: IndexedSentence, k: number, starts: number[]): void {
  const { text, known, starts: wordStarts, ends } = sentence.index;
  const last = k - (known[k - 1] === SO ? 2 : 1);
  // a type ends on its last word, whole, or on a word glued to digits ('5Luật')
  if (last < sentence.first || (!TYPE_LASTS.has(known[last] as number) && !isDigit(text.charCodeAt(wordStarts[last] as number)))) return;
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
