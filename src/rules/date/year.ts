/**
 * date/year — a year that places what the sentence says: 'Năm 2024, toàn tỉnh …', 'phấn đấu đến
 * năm 2030', 'cuối năm 2026'. Not a baseline ('so với năm 2022'), not part of a period.
 * Reads: 'Năm 2025', 'năm 2024', 'cuối năm 2026', 'Đầu năm 2021'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { WORD_START, YEAR, dateParts, firstCharacterOf, sentenceMatches, wordsSource, gateOf, YEAR_WORDS, YEAR_WORD_PATTERN } from './calendar.js';
import { perSentence } from '../../extract/sentence-memo.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { digitWordsIn } from './word-gate.js';
import { addWordStarts, firstWordNumbersOf, matchesAt, mostWordsOf, startsAround, stickyOf } from './anchored.js';
import { phraseBefore } from '../../extract/scan.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { BASELINE_YEAR_WORDS, DATE_PART_FRAMES, PERIOD_FROM_WORDS, YEAR_WORD } from '../../lexicon/time.js';
import { dateDraft } from './shared.js';
import { overlapsAny } from './calendar.js';
import { readDayMonth } from './day-month.js';
import { readDayWords } from './day-words.js';
import { readMonthYear } from './month-year.js';
import { readQuarter } from './quarter.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'date/year';

/** Words before a year that make it a baseline. */
const BASELINES = PhraseTable.of(BASELINE_YEAR_WORDS);

/** Words before a year that make it the start of a period read elsewhere ('từ năm 2016'). */
const PERIOD_OPENERS = PhraseTable.of(PERIOD_FROM_WORDS);

/** '[đầu|cuối|giữa] năm 2024' (not '2024-2025', not '2024/…'); a match opens with a frame word or 'năm'. */
const YEAR_DATE = new RegExp(
  `${firstCharacterOf([...DATE_PART_FRAMES, YEAR_WORD])}${WORD_START}(?:(?<frame>${wordsSource(DATE_PART_FRAMES)})\\s+)?${YEAR_WORD_PATTERN}\\s+(?<y>${YEAR})` +
    `(?![\\p{L}\\p{M}\\p{N}]|\\s?[/-]\\s?\\d|\\s?[.,]\\d)`,
  'gu',
);

/**
 * A plain piece every match of YEAR_DATE contains (see sentenceMatches). The digit and the word
 * 'năm' are not asked again: the rule's trigger asks for both, and only the rule reads years.
 */
const YEAR_DATE_GATE = gateOf(`${YEAR_WORD_PATTERN}\\s+(?:19|20)\\d\\d`);

/** {@link YEAR_DATE}, tried only where a year date may start. */
const YEAR_DATE_AT = stickyOf(YEAR_DATE);

/** The known-word numbers of the year words (see YEAR_WORDS). */
const YEAR_WORD_NUMBERS = firstWordNumbersOf(YEAR_WORDS);

/** The first words of the frames, and their most words. */
const FRAME_FIRSTS = firstWordNumbersOf(DATE_PART_FRAMES);
/** See {@link FRAME_FIRSTS}. */
const FRAME_WORDS = mostWordsOf(DATE_PART_FRAMES);

/**
 * The matches of YEAR_DATE in the sentence. Every match holds a word of four digits after the
 * word 'năm', and starts at that 'năm' or at a frame word before it: the pattern is tried only
 * there, found through the block's word index; without one, it scans a sentence that passes
 * YEAR_DATE_GATE.
 */
function yearMatches(ctx: SentenceContext): RegExpExecArray[] {
  const starts = startsAround(ctx, digitWordsIn(ctx), (k, sentence, found) => {
    const { known, starts: wordStarts, ends } = sentence.index;
    if ((ends[k] as number) - (wordStarts[k] as number) !== 4 || k - 1 < sentence.first || !YEAR_WORD_NUMBERS.has(known[k - 1] as number)) return;
    addWordStarts(sentence, k - 1 - FRAME_WORDS, k - 2, found, FRAME_FIRSTS);
    addWordStarts(sentence, k - 1, k - 1, found);
  });
  return starts ? matchesAt(ctx, YEAR_DATE_AT, starts) : sentenceMatches(ctx, YEAR_DATE, YEAR_DATE_GATE);
}

/** The year dates of a sentence. */
export const readYear = perSentence((ctx): DraftOf<'date'>[] => {
  const drafts: DraftOf<'date'>[] = [];
  const matches = yearMatches(ctx);
  if (matches.length === 0) return drafts;
  // the finer dates are read only for a sentence with a year in it
  const finer = [...readDayMonth(ctx), ...readDayWords(ctx), ...readMonthYear(ctx), ...readQuarter(ctx)];
  for (const m of matches) {
    const g = m.groups ?? {};
    if (overlapsAny(finer, m.index, m.index + m[0].length)) continue;
    if (phraseBefore(ctx, BASELINES, m.index, 0) || phraseBefore(ctx, PERIOD_OPENERS, m.index, 0)) continue;
    const date = dateParts({ year: g.y });
    if (!date) continue;
    const draft = dateDraft(ctx, ID, m.index, m.index + m[0].length, date);
    if (draft) drafts.push(draft);
  }
  return drafts;
});

/** '[đầu|cuối] năm <y>'. */
export const dateYear: Rule = {
  id: ID,
  kind: 'date',
  examples: ['Năm 2025', 'năm 2024', 'cuối năm 2026', 'Đầu năm 2021'],
  trigger: { digit: true, words: [YEAR_WORDS] },
  apply: (ctx) => handOut(ctx, readYear(ctx)),
};
