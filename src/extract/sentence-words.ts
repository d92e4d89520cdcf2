/**
 * Where the words of the sentence being read start, found once per sentence: readers that look
 * for something at word starts (organization and place names) step from word to word instead of
 * testing every character; names (organizations, provinces, people) start only at a capitalized
 * word, so their readers step from one capitalized word to the next.
 * @module
 */
import type { SentenceContext } from './sentence-context.js';
import { perSentence } from './sentence-memo.js';
import { firstWordFrom, wordIndexOf } from '../tagging/word-index.js';
import type { WordIndex } from '../tagging/word-index.js';
import { isUpperCharacter, isWordCharacter } from '../text/boundaries.js';
import { lowerBound } from '../text/sorted.js';

/**
 * Start offsets (in `ctx.text`) of the words of the sentence, ascending: every position inside
 * the sentence holding a letter, mark or digit with none just before it in the text.
 */
export const sentenceWordStarts = perSentence((ctx: SentenceContext): readonly number[] => {
  const { text, start, end } = ctx;
  const starts: number[] = [];
  const index = wordIndexOf(text);
  if (index) {
    for (let k = firstWordFrom(index, start); k < index.starts.length && (index.starts[k] as number) < end; k++) starts.push(index.starts[k] as number);
    return starts;
  }
  for (let i = start; i < end; i++) if (isWordCharacter(text, i) && (i === 0 || !isWordCharacter(text, i - 1))) starts.push(i);
  return starts;
});

/** The block whose capitalized words were last listed (by its word index), and their starts, ascending. */
let listed: { index: WordIndex; starts: readonly number[] } | undefined;

/** Start offsets of the words of `text` (indexed by `index`) that open with an upper-case letter, listed once per block. */
function blockCapitalizedStarts(text: string, index: WordIndex): readonly number[] {
  if (listed?.index === index) return listed.starts;
  const starts = index.starts.filter((i) => isUpperCharacter(text, i));
  listed = { index, starts };
  return starts;
}

/**
 * Start offsets (in `ctx.text`) of the sentence's words that open with an upper-case letter, ascending: 'Sở', 'UBND', 'Điện'.
 * Through the block's word index, the block's capitalized words are listed once and each sentence
 * takes its own with two binary searches.
 */
export const capitalizedWordStarts = perSentence((ctx: SentenceContext): readonly number[] => {
  const { text, start, end } = ctx;
  const index = wordIndexOf(text);
  if (index) {
    const starts = blockCapitalizedStarts(text, index);
    const from = lowerBound(starts, start);
    return starts.slice(from, lowerBound(starts, end, from));
  }
  return sentenceWordStarts(ctx).filter((i) => isUpperCharacter(text, i));
});

/**
 * True when two capitalized words of the sentence follow each other with only spaces between
 * them ('Lò Văn', "H'Nơ Niê"): the least a name of two capitalized syllables needs, so readers of
 * such names (people, places after a preposition) can pass over a sentence without one.
 */
export const hasCapitalizedPair = perSentence((ctx: SentenceContext): boolean => {
  const { text } = ctx;
  const starts = capitalizedWordStarts(ctx);
  for (let k = 1; k < starts.length; k++) {
    const previous = starts[k - 1] as number;
    const start = starts[k] as number;
    if (text[start - 1] !== ' ') continue;
    let gap = start - 1;
    while (gap > previous && text[gap - 1] === ' ') gap--;
    // nothing but the one run of spaces between the two words' starts
    if (text.indexOf(' ', previous) === gap) return true;
  }
  return false;
});
