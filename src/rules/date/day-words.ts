/**
 * date/day-words — a date written with 'tháng' and 'năm'.
 * Reads: 'ngày 3 tháng 9 năm 2025', 'sáng ngày 2 tháng 9', 'ngày 19 tháng 5'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { DAY, MONTH, WORD_END, WORD_START, YEAR, caseless, dateParts, sentenceMatches, wordsSource, HAS_DIGIT, gateOf, MONTH_WORD_GATE, MONTH_WORDS } from './calendar.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { DAY_FRAMES } from '../../lexicon/time.js';
import { dateDraft } from './shared.js';
import { copyDraft } from '../../extract/draft.js';

/** Rule id. */
const ID = 'date/day-words';

/** '[sáng] ngày 3 tháng 9 [năm 2025]'. */
const DAY_WORDS = new RegExp(
  `${WORD_START}(?:(?:${wordsSource(DAY_FRAMES)})\\s+)?${caseless('ngày')}\\s+(?<d>${DAY})\\s+${caseless('tháng')}\\s+(?<m>${MONTH})` +
    `(?:\\s+${caseless('năm')}\\s+(?<y>${YEAR}))?${WORD_END}`,
  'gu',
);

/** Plain pieces every match of DAY_WORDS contains (see sentenceMatches). */
const DAY_WORDS_GATES = [HAS_DIGIT, MONTH_WORD_GATE, gateOf(`\\d\\s+${caseless('tháng')}\\s+\\d`)];

/** The dates in words of a sentence. */
export const readDayWords = perSentence((ctx): DraftOf<'date'>[] => {
  const drafts: DraftOf<'date'>[] = [];
  for (const m of sentenceMatches(ctx, DAY_WORDS, DAY_WORDS_GATES)) {
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
  apply: (ctx) => readDayWords(ctx).map((d) => copyDraft(d)),
};
