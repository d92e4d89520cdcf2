/**
 * period/part-of-year — the first or last months of a year.
 * Reads: '9 tháng đầu năm 2025', '6 tháng đầu năm', '6 tháng cuối năm'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { NUMBER_WORD, WORD_END, WORD_START, YEAR, firstCharacterOf, isGoal, mentionsWithin, sentenceMatches, smallNumber, wordsSource, HAS_DIGIT, gateOf, MONTH_WORD_GATE, MONTH_WORDS, sentenceHasDigit, MONTH_WORD_PATTERN, YEAR_WORD_PATTERN } from '../date/calendar.js';
import { perSentence } from '../../extract/sentence-memo.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { addWordStarts, matchesAt, mostWordsOf, startsAround, stickyOf } from '../date/anchored.js';
import { DURATION_NUMBER_WORDS, YEAR_PARTS } from '../../lexicon/time.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'period/part-of-year';

/** '9 tháng đầu năm 2025', 'sáu tháng cuối năm'; a match opens with a figure or a number word. */
const PART_OF_YEAR = new RegExp(
  `${firstCharacterOf(Object.keys(DURATION_NUMBER_WORDS), true)}${WORD_START}(?<n>\\d{1,2}|${NUMBER_WORD})\\s+${MONTH_WORD_PATTERN}\\s+(?:(?<part>${wordsSource(Object.keys(YEAR_PARTS))})` +
    `(?:\\s+(?<year>${YEAR}))?|${YEAR_WORD_PATTERN}\\s+(?<year2>${YEAR}))${WORD_END}`,
  'gu',
);

/** Plain pieces every match of PART_OF_YEAR contains (see sentenceMatches). */
const PART_OF_YEAR_GATES = [HAS_DIGIT, MONTH_WORD_GATE, gateOf(`\\s${MONTH_WORD_PATTERN}\\s`)];

/** {@link PART_OF_YEAR}, tried only where a part of a year may start. */
const PART_OF_YEAR_AT = stickyOf(PART_OF_YEAR);

/** Most words of a count: a number word ('mười hai') or a figure. */
const COUNT_WORDS = mostWordsOf(Object.keys(DURATION_NUMBER_WORDS));

/**
 * The matches of PART_OF_YEAR in the sentence: each holds the word 'tháng' after a count of at
 * most {@link COUNT_WORDS} words, where the pattern is tried, found through the block's word
 * index; without one, it scans a sentence that passes PART_OF_YEAR_GATES.
 */
function partOfYearMatches(ctx: SentenceContext): RegExpExecArray[] {
  if (!sentenceHasDigit(ctx)) return [];
  const starts = startsAround(ctx, MONTH_WORD_GATE.wordsIn(ctx), (k, sentence, found) => addWordStarts(sentence, k - COUNT_WORDS, k - 1, found));
  return starts ? matchesAt(ctx, PART_OF_YEAR_AT, starts) : sentenceMatches(ctx, PART_OF_YEAR, PART_OF_YEAR_GATES);
}

/** The parts of a year in a sentence. */
export const readPartOfYear = perSentence((ctx): DraftOf<'period'>[] => {
  const drafts: DraftOf<'period'>[] = [];
  for (const m of partOfYearMatches(ctx)) {
    const g = m.groups ?? {};
    const n = smallNumber(g.n ?? '');
    if (n === undefined || n < 1 || n > 12) continue;
    const part = g.part ? YEAR_PARTS[g.part.toLowerCase().replace(/\s+/g, ' ')] : 'start';
    const written = g.year ?? g.year2;
    const year = written ? Number(written) : undefined;
    const first = part === 'end' ? 13 - n : 1;
    const last = part === 'end' ? 12 : n;
    const end = m.index + m[0].length;
    const draft: DraftOf<'period'> = {
      kind: 'period',
      rule: ID,
      span: spanOf(ctx.text, m.index, end),
      from: year === undefined ? { month: first } : { year, month: first },
      to: year === undefined ? { month: last } : { year, month: last },
      duration: { value: n, unit: 'tháng' },
      uses: mentionsWithin(ctx, m.index, end),
    };
    if (isGoal(ctx, m.index, end, false)) draft.target = true;
    drafts.push(draft);
  }
  return drafts;
});

/** '<n> tháng đầu/cuối năm [<year>]'. */
export const periodPartOfYear: Rule = {
  id: ID,
  kind: 'period',
  examples: ['9 tháng đầu năm 2025', '6 tháng đầu năm', '6 tháng cuối năm', '9 tháng năm 2025'],
  trigger: { digit: true, words: [MONTH_WORDS] },
  apply: (ctx) => handOut(ctx, readPartOfYear(ctx)),
};
