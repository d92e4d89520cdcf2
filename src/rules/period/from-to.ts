/**
 * period/from-to — a period between two points, or from a point to now.
 * Reads: 'Từ năm 2016 đến nay', 'từ năm 2021 đến năm 2025', 'Từ năm 2021 đến hết tháng 6/2025'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { WORD_END, WORD_START, isGoal, mentionsWithin, sentenceMatches, wordsSource, HAS_DIGIT, sentenceHasDigit } from '../date/calendar.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { WordGate } from '../date/word-gate.js';
import { addWordStarts, firstWordNumbersOf, matchesAt, mostWordsOf, startsAround, stickyOf } from '../date/anchored.js';
import { firstWordsOf, lastWordsOf } from '../../extract/trigger.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { DATE_PART_FRAMES, NOW_WORDS, PERIOD_FROM_WORDS, PERIOD_TO_WORDS } from '../../lexicon/time.js';
import { POINT, pointParts } from './points.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'period/from-to';

/** 'Từ năm 2016 đến nay', 'kể từ tháng 3/2020 tới cuối năm 2022', 'từ 2016 đến 2020'. */
const FROM_TO = new RegExp(
  `${WORD_START}(?:${wordsSource(PERIOD_FROM_WORDS)})\\s+(?:${wordsSource(DATE_PART_FRAMES)}\\s+)?(?<from>${POINT})\\s*(?:,\\s*)?(?:${wordsSource(PERIOD_TO_WORDS)})\\s+` +
    `(?:(?<now>${wordsSource(NOW_WORDS)})|(?<to>${POINT}))${WORD_END}`,
  'gu',
);

/** The last words of the opening words ('từ' of 'kể từ'): one of them stands whole in every match. */
const FROM_WORD_GATE = WordGate.ofLastWords(PERIOD_FROM_WORDS);

/** {@link FROM_TO}, tried only where a period may start. */
const FROM_TO_AT = stickyOf(FROM_TO);

/** The first words of the opening words, and their most words. */
const FROM_FIRSTS = firstWordNumbersOf(PERIOD_FROM_WORDS);
/** See {@link FROM_FIRSTS}. */
const FROM_WORDS = mostWordsOf(PERIOD_FROM_WORDS);

/**
 * The matches of FROM_TO in the sentence: each opens with the opening words, which end with a
 * word of FROM_WORD_GATE; the pattern is tried only at their first words, found through the
 * block's word index; without one, it scans a sentence with a digit and such a word.
 */
function fromToMatches(ctx: SentenceContext): RegExpExecArray[] {
  if (!sentenceHasDigit(ctx)) return [];
  const starts = startsAround(ctx, FROM_WORD_GATE.wordsIn(ctx), (k, sentence, found) => addWordStarts(sentence, k - FROM_WORDS + 1, k, found, FROM_FIRSTS));
  return starts ? matchesAt(ctx, FROM_TO_AT, starts) : sentenceMatches(ctx, FROM_TO, [HAS_DIGIT, FROM_WORD_GATE]);
}

/** The from-to periods of a sentence. */
export const readFromTo = perSentence((ctx): DraftOf<'period'>[] => {
  const drafts: DraftOf<'period'>[] = [];
  for (const m of fromToMatches(ctx)) {
    const g = m.groups ?? {};
    const from = pointParts(g.from ?? '');
    if (!from) continue;
    const end = m.index + m[0].length;
    const draft: DraftOf<'period'> = { kind: 'period', rule: ID, span: spanOf(ctx.text, m.index, end), from, uses: mentionsWithin(ctx, m.index, end) };
    if (g.now) draft.to = 'now';
    else {
      const to = pointParts(g.to ?? '');
      if (!to) continue;
      if (to.year === undefined && from.year !== undefined && to.month !== undefined) to.year = from.year;
      if (from.year !== undefined && to.year !== undefined && to.year < from.year) continue;
      draft.to = to;
    }
    if (isGoal(ctx, m.index, end, false)) draft.target = true;
    drafts.push(draft);
  }
  return drafts;
});

/** 'từ <point> đến <point | nay>'. */
export const periodFromTo: Rule = {
  id: ID,
  kind: 'period',
  examples: ['Từ năm 2016 đến nay', 'từ năm 2021 đến năm 2025', 'Từ năm 2021 đến hết tháng 6/2025'],
  // the opening words and the closing ones ('từ' … 'đến'), in the window
  trigger: { digit: true, words: [lastWordsOf(PERIOD_FROM_WORDS), firstWordsOf(PERIOD_TO_WORDS)] },
  apply: (ctx) => handOut(ctx, readFromTo(ctx)),
};
