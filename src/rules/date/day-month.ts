/**
 * date/day-month — a day and month in figures, after a word that frames a day.
 * Reads: 'ngày 5/8/2020', 'ngày 05-8-2020', 'sáng 22/7', 'chiều 3/12', 'sáng 5.3', 'tối 23-9', '31/12/2025'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { DAY, MONTH, WORD_START, YEAR, dateParts, firstCharacterOf, sentenceHasDigit, sentenceMatches, sentenceText, wordsSource, gateOf, DAY_WORD_PATTERN } from './calendar.js';
import type { IndexedSentence } from './word-gate.js';
import { digitWordsIn, indexedSentence } from './word-gate.js';
import { addWordStarts, firstWordNumbersOf, matchesAt, mostWordsOf, stickyOf } from './anchored.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { DAY_FRAMES, TIME_OF_DAY_FRAMES } from '../../lexicon/time.js';
import { dateDraft } from './shared.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'date/day-month';

/** Frames that may stand before 'd.m' and 'd-m' (times of day, 'ngày'), lower case. */
const LOOSE_FRAMES = new Set(TIME_OF_DAY_FRAMES.map((w) => w.toLowerCase()));

/**
 * 'ngày 5/8/2020', 'Sáng 24/9', 'tối 23-9', 'sáng 5.3', and a bare '5/8/2020'. A match opens with a
 * frame word or the day's digit, looked at before the lookbehinds.
 */
const DAY_MONTH = new RegExp(
  `${firstCharacterOf(DAY_FRAMES, true)}${WORD_START}(?<![\\d/.,-])(?:(?<frame>${wordsSource(DAY_FRAMES)})\\s+(?:${DAY_WORD_PATTERN}\\s+)?)?` +
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
const WORDS_BEFORE_DAY = mostWordsOf(DAY_FRAMES) + 1;

/** {@link DAY_MONTH}, tried only where a date may start. */
const DAY_MONTH_AT = stickyOf(DAY_MONTH);

/** Most digits of a day or a month. */
const DAY_DIGITS = 2;

/** Most characters between a day's digits and its month's: a separator with a space on each side. */
const MOST_BETWEEN = 3;

/** The first words of the frames: a match starting before its day's digits starts at one. */
const FRAME_FIRSTS = firstWordNumbersOf(DAY_FRAMES);

/**
 * The matches of DAY_MONTH in the sentence. A match's day and month are words of at most
 * {@link DAY_DIGITS} digits with a separator between, after a space or none, and before them it
 * holds at most {@link WORDS_BEFORE_DAY} words (parted by spaces), the first a frame's: the
 * pattern is tried only at those words, found through the block's word index; without one, it
 * scans a sentence holding {@link DAY_MONTH_PIECE}.
 */
function dayMonthMatches(ctx: SentenceContext): RegExpExecArray[] {
  if (!sentenceHasDigit(ctx)) return [];
  const digits = digitWordsIn(ctx);
  if (!digits) return DAY_MONTH_PIECE.test(sentenceText(ctx)) ? sentenceMatches(ctx, DAY_MONTH) : [];
  const sentence = indexedSentence(ctx) as IndexedSentence;
  const { text } = ctx;
  const { starts: wordStarts, ends } = digits.index;
  const starts: number[] = [];
  for (let c = digits.from; c + 1 < digits.to; c++) {
    const k = digits.numbers[c] as number;
    const end = ends[k] as number;
    // the month: the next word, opening with a digit, short, a separator apart
    if (digits.numbers[c + 1] !== k + 1 || end - (wordStarts[k] as number) > DAY_DIGITS) continue;
    const month = wordStarts[k + 1] as number;
    if (month - end > MOST_BETWEEN || (ends[k + 1] as number) - month > DAY_DIGITS) continue;
    if (!isSeparator(text.charCodeAt(end)) && !isSeparator(text.charCodeAt(end + 1))) continue;
    addWordStarts(sentence, k - WORDS_BEFORE_DAY, k - 1, starts, FRAME_FIRSTS);
    addWordStarts(sentence, k, k, starts);
  }
  return matchesAt(ctx, DAY_MONTH_AT, starts);
}

/** True for the separators of a day and month: '/', '.', '-'. */
function isSeparator(code: number): boolean {
  return code === 47 || code === 46 || code === 45;
}

/** The framed day-month dates of a sentence. */
export const readDayMonth = perSentence((ctx): DraftOf<'date'>[] => {
  const drafts: DraftOf<'date'>[] = [];
  for (const m of dayMonthMatches(ctx)) {
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
  apply: (ctx) => handOut(ctx, readDayMonth(ctx)),
};
