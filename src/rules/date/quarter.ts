/**
 * date/quarter — a quarter of a year.
 * Reads: 'quý III/2025', 'quý I năm 2024', 'quý IV', 'quý 2/2024'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { ROMAN, WORD_END, WORD_START, YEAR, dateParts, sentenceMatches, HAS_DIGIT, gateOf, QUARTER_WORD_GATE, QUARTER_WORDS, sentenceHasDigit, QUARTER_WORD_PATTERN, YEAR_WORD_PATTERN } from './calendar.js';
import { perSentence } from '../../extract/sentence-memo.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { addWordStarts, matchesAt, startsAround, stickyOf } from './anchored.js';
import { dateDraft } from './shared.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'date/quarter';

/** 'quý III/2025', 'quý I năm 2024', 'quý IV'. */
const QUARTER = new RegExp(
  `${WORD_START}${QUARTER_WORD_PATTERN}\\s+(?<q>(?=[IV])${ROMAN}|[1-4])(?:\\s?[/-]\\s?(?<y>${YEAR})|\\s+${YEAR_WORD_PATTERN}\\s+(?<y2>${YEAR}))?` +
    `${WORD_END}(?!\\s?[/.,-]\\s?\\d)`,
  'gu',
);

/** Plain pieces every match of QUARTER contains (see sentenceMatches). */
const QUARTER_GATES = [HAS_DIGIT, QUARTER_WORD_GATE, gateOf(QUARTER_WORD_PATTERN)];

/** {@link QUARTER}, tried only where a quarter may start. */
const QUARTER_AT = stickyOf(QUARTER);

/**
 * The matches of QUARTER in the sentence (one with a digit only): each opens with the word
 * 'quý', where the pattern is tried, found through the block's word index; without one, it scans
 * a sentence that passes QUARTER_GATES.
 */
function quarterMatches(ctx: SentenceContext): RegExpExecArray[] {
  if (!sentenceHasDigit(ctx)) return [];
  const starts = startsAround(ctx, QUARTER_WORD_GATE.wordsIn(ctx), (k, sentence, found) => addWordStarts(sentence, k, k, found));
  return starts ? matchesAt(ctx, QUARTER_AT, starts) : sentenceMatches(ctx, QUARTER, QUARTER_GATES);
}

/** The quarters of a sentence. */
export const readQuarter = perSentence((ctx): DraftOf<'date'>[] => {
  const drafts: DraftOf<'date'>[] = [];
  for (const m of quarterMatches(ctx)) {
    const g = m.groups ?? {};
    const year = g.y ?? g.y2;
    const date = dateParts({ quarter: g.q, ...(year ? { year } : {}) });
    if (!date) continue;
    const draft = dateDraft(ctx, ID, m.index, m.index + m[0].length, date);
    if (draft) drafts.push(draft);
  }
  return drafts;
});

/** 'quý <q>[/<y>]'. */
export const dateQuarter: Rule = {
  id: ID,
  kind: 'date',
  examples: ['quý III/2025', 'quý I năm 2024', 'quý IV'],
  trigger: { digit: true, words: [QUARTER_WORDS] },
  apply: (ctx) => handOut(ctx, readQuarter(ctx)),
};
