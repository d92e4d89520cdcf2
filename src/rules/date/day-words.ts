/**
 * date/day-words — a date written with 'tháng' and 'năm'.
 * Reads: 'ngày 3 tháng 9 năm 2025', 'sáng ngày 2 tháng 9', 'ngày 19 tháng 5'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { DAY, MONTH, WORD_END, WORD_START, YEAR, dateParts, sentenceMatches, wordsSource, HAS_DIGIT, gateOf, MONTH_WORD_GATE, MONTH_WORDS, DAY_WORD_GATE, sentenceHasDigit, DAY_WORD_PATTERN, MONTH_WORD_PATTERN, YEAR_WORD_PATTERN } from './calendar.js';
import { perSentence } from '../../extract/sentence-memo.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { addWordStarts, digitWordAfter, firstWordNumbersOf, matchesAt, mostWordsOf, startsAround, stickyOf } from './anchored.js';
import { DAY_FRAMES } from '../../lexicon/time.js';
import { dateDraft } from './shared.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'date/day-words';

/** '[sáng] ngày 3 tháng 9 [năm 2025]'. */
const DAY_WORDS = new RegExp(
  `${WORD_START}(?:(?:${wordsSource(DAY_FRAMES)})\\s+)?${DAY_WORD_PATTERN}\\s+(?<d>${DAY})\\s+${MONTH_WORD_PATTERN}\\s+(?<m>${MONTH})` +
    `(?:\\s+${YEAR_WORD_PATTERN}\\s+(?<y>${YEAR}))?${WORD_END}`,
  'gu',
);

/** Plain pieces every match of DAY_WORDS contains (see sentenceMatches). */
const DAY_WORDS_GATES = [HAS_DIGIT, MONTH_WORD_GATE, gateOf(`\\d\\s+${MONTH_WORD_PATTERN}\\s+\\d`)];

/** {@link DAY_WORDS}, tried only where a date may start. */
const DAY_WORDS_AT = stickyOf(DAY_WORDS);

/** The known-word numbers of the month words (see MONTH_WORDS). */
const MONTH_WORD_NUMBERS = firstWordNumbersOf(MONTH_WORDS);

/** The first words of the frames, and their most words. */
const FRAME_FIRSTS = firstWordNumbersOf(DAY_FRAMES);
/** See {@link FRAME_FIRSTS}. */
const FRAME_WORDS = mostWordsOf(DAY_FRAMES);

/**
 * The matches of DAY_WORDS in the sentence: each holds the word 'ngày', the day's digits and the
 * word 'tháng', and starts at that 'ngày' or at a frame word before it, where the pattern is
 * tried, found through the block's word index; without one, it scans a sentence that passes
 * DAY_WORDS_GATES.
 */
function dayWordsMatches(ctx: SentenceContext): RegExpExecArray[] {
  if (!sentenceHasDigit(ctx)) return [];
  const starts = startsAround(ctx, DAY_WORD_GATE.wordsIn(ctx), (k, sentence, found) => {
    if (k + 2 >= sentence.end || !MONTH_WORD_NUMBERS.has(sentence.index.known[k + 2] as number) || !digitWordAfter(sentence, k)) return;
    addWordStarts(sentence, k - FRAME_WORDS, k - 1, found, FRAME_FIRSTS);
    addWordStarts(sentence, k, k, found);
  });
  return starts ? matchesAt(ctx, DAY_WORDS_AT, starts) : sentenceMatches(ctx, DAY_WORDS, DAY_WORDS_GATES);
}

/** The dates in words of a sentence. */
export const readDayWords = perSentence((ctx): DraftOf<'date'>[] => {
  const drafts: DraftOf<'date'>[] = [];
  for (const m of dayWordsMatches(ctx)) {
    const g = m.groups ?? {};
    const date = dateParts({ day: g.d, month: g.m, ...(g.y ? { year: g.y } : {}) });
    if (!date) continue;
    const draft = dateDraft(ctx, ID, m.index, m.index + m[0].length, date);
    if (draft) drafts.push(draft);
  }
  return drafts;
});

/** 'ngày <d> tháng <m> [năm <y>]'. */
export const dateDayWords: Rule = {
  id: ID,
  kind: 'date',
  examples: ['ngày 3 tháng 9 năm 2025', 'ngày 19 tháng 5'],
  trigger: { digit: true, words: [MONTH_WORDS] },
  apply: (ctx) => handOut(ctx, readDayWords(ctx)),
};
