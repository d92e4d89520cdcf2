/**
 * date/month-year — a month, with its year when written.
 * Reads: 'tháng 9/2025', 'tháng 9 năm 2025', 'tháng 6-2025', 'trong tháng 9'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { MONTH, WORD_END, WORD_START, YEAR, dateParts, firstCharacterOf, overlapsAny, sentenceMatches, wordsSource, HAS_DIGIT, gateOf, MONTH_WORD_GATE, MONTH_WORDS, sentenceHasDigit, MONTH_WORD_PATTERN, YEAR_WORD_PATTERN } from './calendar.js';
import { DATE_PART_FRAMES, MONTH_WORD } from '../../lexicon/time.js';
import { perSentence } from '../../extract/sentence-memo.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { addWordStarts, digitWordAfter, firstWordNumbersOf, matchesAt, mostWordsOf, startsAround, stickyOf } from './anchored.js';
import { dateDraft } from './shared.js';
import { readDayWords } from './day-words.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'date/month-year';

/**
 * 'tháng 9/2025', 'tháng 9 năm 2025', 'tháng 9' (not 'ngày 3 tháng 9', not '3 tháng'); a match opens
 * with a frame word of the lexicon (DATE_PART_FRAMES: 'đầu', 'cuối', 'giữa') or 'tháng'.
 */
const MONTH_YEAR = new RegExp(
  `${firstCharacterOf([...DATE_PART_FRAMES, MONTH_WORD])}${WORD_START}(?<!\\d\\s?)(?:(?:${wordsSource(DATE_PART_FRAMES)})\\s+)?${MONTH_WORD_PATTERN}\\s+(?<m>${MONTH})` +
    `(?:\\s?[/-]\\s?(?<y>${YEAR})|\\s+${YEAR_WORD_PATTERN}\\s+(?<y2>${YEAR}))?${WORD_END}(?!\\s?[/.,-]\\s?\\d|\\s+${YEAR_WORD_PATTERN}${WORD_END})`,
  'gu',
);

/** Plain pieces every match of MONTH_YEAR contains (see sentenceMatches). */
const MONTH_YEAR_GATES = [HAS_DIGIT, MONTH_WORD_GATE, gateOf(`${MONTH_WORD_PATTERN}\\s+\\d`)];

/** {@link MONTH_YEAR}, tried only where a month may start. */
const MONTH_YEAR_AT = stickyOf(MONTH_YEAR);

/** The first words of the frames, and their most words. */
const FRAME_FIRSTS = firstWordNumbersOf(DATE_PART_FRAMES);
/** See {@link FRAME_FIRSTS}. */
const FRAME_WORDS = mostWordsOf(DATE_PART_FRAMES);

/**
 * The matches of MONTH_YEAR in the sentence: each holds the word 'tháng' followed by the month's
 * digits, and starts at it or at a frame word before it, where the pattern is tried, found
 * through the block's word index; without one, it scans a sentence that passes MONTH_YEAR_GATES.
 */
function monthYearMatches(ctx: SentenceContext): RegExpExecArray[] {
  if (!sentenceHasDigit(ctx)) return [];
  const starts = startsAround(ctx, MONTH_WORD_GATE.wordsIn(ctx), (k, sentence, found) => {
    if (!digitWordAfter(sentence, k)) return;
    addWordStarts(sentence, k - FRAME_WORDS, k - 1, found, FRAME_FIRSTS);
    addWordStarts(sentence, k, k, found);
  });
  return starts ? matchesAt(ctx, MONTH_YEAR_AT, starts) : sentenceMatches(ctx, MONTH_YEAR, MONTH_YEAR_GATES);
}

/** The months of a sentence. */
export const readMonthYear = perSentence((ctx): DraftOf<'date'>[] => {
  const drafts: DraftOf<'date'>[] = [];
  const matches = monthYearMatches(ctx);
  const days = matches.length > 0 ? readDayWords(ctx) : [];
  for (const m of matches) {
    const g = m.groups ?? {};
    const year = g.y ?? g.y2;
    const date = dateParts({ month: g.m, ...(year ? { year } : {}) });
    if (!date) continue;
    const end = m.index + m[0].length;
    if (overlapsAny(days, m.index, end)) continue;
    const draft = dateDraft(ctx, ID, m.index, end, date);
    if (draft) drafts.push(draft);
  }
  return drafts;
});

/** 'tháng <m>[/<y>]'. */
export const dateMonthYear: Rule = {
  id: ID,
  kind: 'date',
  examples: ['tháng 9/2025', 'tháng 9 năm 2025', 'tháng 6-2025'],
  trigger: { digit: true, words: [MONTH_WORDS] },
  apply: (ctx) => handOut(ctx, readMonthYear(ctx)),
};
