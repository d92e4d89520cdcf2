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
