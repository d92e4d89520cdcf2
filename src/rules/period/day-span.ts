/**
 * period/day-span — consecutive days of one month.
 * Reads: 'hai ngày 18 và 19/8/2025', 'từ ngày 18 đến 20/8', 'ngày 18-19/8'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { DAY, MONTH, NUMBER_WORD, WORD_START, YEAR, dateParts, wordsSource, firstCharacterOf, isGoal, mentionsWithin, sentenceMatches, smallNumber, HAS_DIGIT, gateOf, DAY_WORD_GATE, DAY_WORDS, sentenceHasDigit, DAY_WORD_PATTERN } from '../date/calendar.js';
import { DAY_SPAN_JOINERS, DAY_SPAN_OPENERS, DAY_WORD, DURATION_NUMBER_WORDS } from '../../lexicon/time.js';
import { perSentence } from '../../extract/sentence-memo.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { addWordStarts, digitWordAfter, matchesAt, mostWordsOf, startsAround, stickyOf } from '../date/anchored.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'period/day-span';

/**
 * 'Trong hai ngày 18 và 19/8/2025', 'từ ngày 18 đến 20/8', 'ngày 18-19/8/2025'; a match opens with a
 * count (digits or a number word), 'từ' or 'ngày'.
 */
const DAY_SPAN = new RegExp(
  `${firstCharacterOf([...Object.keys(DURATION_NUMBER_WORDS), ...DAY_SPAN_OPENERS, DAY_WORD], true)}${WORD_START}(?:(?<count>\\d{1,2}|${NUMBER_WORD})\\s+${DAY_WORD_PATTERN}\\s+|(?:(?:${wordsSource(DAY_SPAN_OPENERS)})\\s+)?${DAY_WORD_PATTERN}\\s+)` +
    `(?<d1>${DAY})\\s*(?:-|${wordsSource(DAY_SPAN_JOINERS)})\\s*(?<d2>${DAY})\\s*(?<sep>[/.-])\\s*(?<m>${MONTH})` +
    `(?:\\s*\\k<sep>\\s*(?<y>${YEAR}))?(?![\\p{L}\\p{M}\\p{N}]|\\s*[/.-]\\s*\\d)`,
  'gu',
);

/** Plain pieces every match of DAY_SPAN contains (see sentenceMatches). */
const DAY_SPAN_GATES = [HAS_DIGIT, DAY_WORD_GATE, gateOf(`${DAY_WORD_PATTERN}\\s+\\d`)];

/** {@link DAY_SPAN}, tried only where a span may start. */
const DAY_SPAN_AT = stickyOf(DAY_SPAN);

/** Most words before 'ngày': a count ('mười hai') or 'từ'. */
const WORDS_BEFORE_NGAY = mostWordsOf(Object.keys(DURATION_NUMBER_WORDS));

/**
 * The matches of DAY_SPAN in the sentence. Every match holds the word 'ngày' followed by the first
 * day's digits and starts at most {@link WORDS_BEFORE_NGAY} words before it: the pattern is tried
 * only at those words, found through the block's word index; without one, it scans a sentence
 * that passes DAY_SPAN_GATES.
 */
function daySpanMatches(ctx: SentenceContext): RegExpExecArray[] {
  if (!sentenceHasDigit(ctx)) return [];
  const starts = startsAround(ctx, DAY_WORD_GATE.wordsIn(ctx), (k, sentence, found) => {
    if (digitWordAfter(sentence, k)) addWordStarts(sentence, k - WORDS_BEFORE_NGAY, k, found);
  });
  return starts ? matchesAt(ctx, DAY_SPAN_AT, starts) : sentenceMatches(ctx, DAY_SPAN, DAY_SPAN_GATES);
}

/** The day spans of a sentence. */
export const readDaySpan = perSentence((ctx): DraftOf<'period'>[] => {
  const drafts: DraftOf<'period'>[] = [];
  for (const m of daySpanMatches(ctx)) {
    const g = m.groups ?? {};
    const from = dateParts({ day: g.d1, month: g.m, ...(g.y ? { year: g.y } : {}) });
    const to = dateParts({ day: g.d2, month: g.m, ...(g.y ? { year: g.y } : {}) });
    if (!from || !to || (to.day as number) <= (from.day as number)) continue;
    const end = m.index + m[0].length;
    const draft: DraftOf<'period'> = {
      kind: 'period',
      rule: ID,
      span: spanOf(ctx.text, m.index, end),
      from,
      to,
      uses: mentionsWithin(ctx, m.index, end),
    };
    const count = g.count ? smallNumber(g.count) : undefined;
    draft.duration = { value: count ?? (to.day as number) - (from.day as number) + 1, unit: 'ngày' };
    if (isGoal(ctx, m.index, end, false)) draft.target = true;
    drafts.push(draft);
  }
  return drafts;
});

/** '[n ngày] <d1> và/đến <d2>/<m>[/<y>]'. */
export const periodDaySpan: Rule = {
  id: ID,
  kind: 'period',
  examples: ['hai ngày 18 và 19/8/2025', 'từ ngày 18 đến 20/8', 'ngày 18-19/8/2025'],
  trigger: { digit: true, words: [DAY_WORDS] },
  apply: (ctx) => handOut(ctx, readDaySpan(ctx)),
};
