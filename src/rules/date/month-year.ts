/**
 * date/month-year — a month, with its year when written.
 * Reads: 'tháng 9/2025', 'tháng 9 năm 2025', 'tháng 6-2025', 'trong tháng 9'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { MONTH, WORD_END, WORD_START, YEAR, caseless, dateParts, firstCharacterOf, overlapsAny, sentenceMatches, wordsSource, HAS_DIGIT, gateOf, MONTH_WORD_GATE, MONTH_WORDS } from './calendar.js';
import { DATE_PART_FRAMES } from '../../lexicon/time.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { dateDraft } from './shared.js';
import { readDayWords } from './day-words.js';
import { copyDraft } from '../../extract/draft.js';

/** Rule id. */
const ID = 'date/month-year';

/**
 * 'tháng 9/2025', 'tháng 9 năm 2025', 'tháng 9' (not 'ngày 3 tháng 9', not '3 tháng'); a match opens
 * with a frame word of the lexicon (DATE_PART_FRAMES: 'đầu', 'cuối', 'giữa') or 'tháng'.
 */
const MONTH_YEAR = new RegExp(
  `${firstCharacterOf([...DATE_PART_FRAMES, 'tháng'])}${WORD_START}(?<!\\d\\s?)(?:(?:${wordsSource(DATE_PART_FRAMES)})\\s+)?${caseless('tháng')}\\s+(?<m>${MONTH})` +
    `(?:\\s?[/-]\\s?(?<y>${YEAR})|\\s+${caseless('năm')}\\s+(?<y2>${YEAR}))?${WORD_END}(?!\\s?[/.,-]\\s?\\d|\\s+${caseless('năm')}${WORD_END})`,
  'gu',
);

/** Plain pieces every match of MONTH_YEAR contains (see sentenceMatches). */
const MONTH_YEAR_GATES = [HAS_DIGIT, MONTH_WORD_GATE, gateOf(`${caseless('tháng')}\\s+\\d`)];

/** The months of a sentence. */
export const readMonthYear = perSentence((ctx): DraftOf<'date'>[] => {
  const drafts: DraftOf<'date'>[] = [];
  const matches = sentenceMatches(ctx, MONTH_YEAR, MONTH_YEAR_GATES);
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
  apply: (ctx) => readMonthYear(ctx).map((d) => copyDraft(d)),
};
