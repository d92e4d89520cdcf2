/**
 * date/day-month — a day and month in figures, after a word that frames a day.
 * Reads: 'ngày 5/8/2020', 'ngày 05-8-2020', 'sáng 22/7', 'chiều 3/12', 'sáng 5.3', 'tối 23-9', '31/12/2025'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { firstWordFrom } from '../../tagging/word-index.js';
import { DAY, MONTH, WORD_START, YEAR, dateParts, firstCharacterOf, sentenceHasDigit, sentenceMatches, sentenceText, wordsSource, gateOf } from './calendar.js';
import { indexedSentence, startWordsBefore } from './word-gate.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { DAY_FRAMES, TIME_OF_DAY_FRAMES } from '../../lexicon/time.js';
import { dateDraft } from './shared.js';
import { copyDraft } from '../../extract/draft.js';

/** Rule id. */
const ID = 'date/day-month';

/** Frames that may stand before 'd.m' and 'd-m' (times of day, 'ngày'), lower case. */
const LOOSE_FRAMES = new Set(TIME_OF_DAY_FRAMES.map((w) => w.toLowerCase()));

/**
 * 'ngày 5/8/2020', 'Sáng 24/9', 'tối 23-9', 'sáng 5.3', and a bare '5/8/2020'. A match opens with a
 * frame word or the day's digit, looked at before the lookbehinds.
 */
const DAY_MONTH = new RegExp(
  `${firstCharacterOf(DAY_FRAMES, true)}${WORD_START}(?<![\\d/.,-])(?:(?<frame>${wordsSource(DAY_FRAMES)})\\s+(?:(?:${wordsSource(['ngày'])})\\s+)?)?` +
    `(?<d>${DAY})\\s?(?<sep>[/.-])\\s?(?<m>${MONTH})(?:\\s?\\k<sep>\\s?(?<y>${YEAR}))?` +
    `(?![\\p{L}\\p{M}\\p{N}%]|[.,]\\d|\\s?[/.-]\\s?\\d)`,
  'gu',
);

/**
 * The plain piece every match of DAY_MONTH contains: the day's last digit, a separator and a month
 * with no digit after it (so not the thousands of '1.500').
 */
const DAY_MONTH_PIECE = gateOf(`\\d\\s?[/.-]\\s?${MONTH}(?!\\d)`);

/** Most words before a day's digits: a frame ('đầu giờ chiều') and 'ngày'. */
const WORDS_BEFORE_DAY = Math.max(...DAY_FRAMES.map((w) => w.trim().split(/\s+/).length)) + 1;

/**
 * Where a day-month date may start in the sentence (a clean-text offset), or -1 when it holds none:
 * every match holds {@link DAY_MONTH_PIECE}, whose first digit is in the word of the day's digits,
 * and starts at most {@link WORDS_BEFORE_DAY} words before that word (parted by spaces); without
 * the block's word index, at the sentence's start.
 */
function dayMonthStart(ctx: SentenceContext): number {
  if (!sentenceHasDigit(ctx)) return -1;
  const piece = DAY_MONTH_PIECE.exec(sentenceText(ctx));
  if (!piece) return -1;
  const sentence = indexedSentence(ctx);
  if (!sentence) return ctx.start;
  const { index } = sentence;
  const word = firstWordFrom(index, ctx.start + piece.index + 1) - 1;
  return startWordsBefore(ctx, index, word, WORDS_BEFORE_DAY);
}

/** The framed day-month dates of a sentence. */
export const readDayMonth = perSentence((ctx): DraftOf<'date'>[] => {
  const drafts: DraftOf<'date'>[] = [];
  const start = dayMonthStart(ctx);
  for (const m of start >= 0 ? sentenceMatches(ctx, DAY_MONTH, undefined, start) : []) {
    const g = m.groups ?? {};
    const frame = g.frame?.toLowerCase().replace(/\s+/g, ' ');
    if (!frame && !(g.y && g.sep === '/')) continue;
    if (frame && g.sep !== '/' && !LOOSE_FRAMES.has(frame)) continue;
    const date = dateParts({ day: g.d, month: g.m, ...(g.y ? { year: g.y } : {}) });
    if (!date) continue;
    const draft = dateDraft(ctx, ID, m.index, m.index + m[0].length, date);
    if (draft) drafts.push(draft);
  }
  return drafts;
});

/** '<frame> <d>/<m>[/<y>]'. */
export const dateDayMonth: Rule = {
  id: ID,
  kind: 'date',
  examples: ['ngày 5/8/2020', 'ngày 05-8-2020', 'sáng 22/7', 'chiều 3/12', 'sáng 5.3', 'tối 23-9'],
  trigger: { digit: true },
  apply: (ctx) => readDayMonth(ctx).map((d) => copyDraft(d)),
};
