/**
 * Where the capitalized words of the sentence being read start, found once per sentence: names
 * (organizations, provinces, people) start only at a capitalized word, so their readers step
 * from one to the next instead of testing every word.
 * @module
 */
import type { SentenceContext } from '../../extract/sentence-context.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { sentenceWordStarts } from '../../extract/sentence-words.js';
import { isUpperCharacter } from '../../text/boundaries.js';

/** Start offsets (in `ctx.text`) of the sentence's words that open with an upper-case letter, ascending: 'Sở', 'UBND', 'Điện'. */
export const capitalizedWordStarts = perSentence((ctx: SentenceContext): readonly number[] => {
  const { text } = ctx;
  return sentenceWordStarts(ctx).filter((i) => isUpperCharacter(text, i));
});
