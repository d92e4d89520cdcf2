/**
 * Where the words of the sentence being read start, found once per sentence: readers that look
 * for something at word starts (organization and place names) step from word to word instead of
 * testing every character.
 * @module
 */
import type { SentenceContext } from './sentence-context.js';
import { perSentence } from './sentence-memo.js';
import { firstWordFrom, wordIndexOf } from '../tagging/word-index.js';
import { isWordCharacter } from '../text/boundaries.js';

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
