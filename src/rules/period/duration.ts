/**
 * period/duration — how long the reported work has run.
 * Reads: 'Qua 3 năm', 'Trong 3 năm qua', 'sau 5 năm', 'ba năm qua', 'sơ kết 5 năm thực hiện'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { NUMBER_WORD, WORD_END, WORD_START, firstCharacterOf, isGoal, mentionsWithin, overlapsAny, sentenceMatches, smallNumber, wordsSource } from '../date/calendar.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { phraseBefore } from '../../extract/scan.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { DURATION_BLOCKERS, DURATION_PRECEDING_BLOCKERS, DURATION_CLOSERS, DURATION_NUMBER_WORDS, DURATION_OPENERS, DURATION_UNITS, KEPT_DURATION_CLOSERS, REVIEW_WORDS } from '../../lexicon/time.js';
import { isWordCharacter } from '../../text/boundaries.js';
import { isSpace } from '../../text/text-view.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { readPartOfYear } from './part-of-year.js';
import { readDaySpan } from './day-span.js';
import { WordGate } from '../date/word-gate.js';
import { addWordStarts, matchesAt, mostWordsOf, startsAround, stickyOf } from '../date/anchored.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'period/duration';

/** Review words ('sơ kết'), compiled. */
const REVIEW = PhraseTable.of(REVIEW_WORDS);

/** Closers that stay in the span (see KEPT_DURATION_CLOSERS). */
const KEPT_CLOSERS: ReadonlySet<string> = new Set(KEPT_DURATION_CLOSERS);

/**
 * 'Qua 3 năm', 'Trong 3 năm qua', '9 tháng qua', 'sau hơn 5 năm', '5 năm thực hiện'; a match opens
 * with an opener, a figure or a number word.
 */
const DURATION = new RegExp(
  `${firstCharacterOf([...DURATION_OPENERS, ...Object.keys(DURATION_NUMBER_WORDS)], true)}${WORD_START}(?:(?<open>${wordsSource(DURATION_OPENERS)})\\s+)?(?<!\\d[.,])(?<n>\\d{1,3}(?:,\\d{1,2})?|${NUMBER_WORD})\\s+(?<unit>${wordsSource(Object.keys(DURATION_UNITS))})` +
    `(?:\\s+(?<close>${wordsSource(DURATION_CLOSERS)}))?${WORD_END}(?!\\s*\\d|\\s+(?:${wordsSource(DURATION_BLOCKERS)})${WORD_END})`,
  'gu',
);

/** A space and a unit word in any case: ' năm', ' Tháng' (the word's end is checked by the caller). */
const SPACE_UNIT = new RegExp(`\\s(?:${wordsSource(Object.keys(DURATION_UNITS))})`, 'gu');

/** The unit words ('năm', 'tháng' …), found whole through the block's word index. */
const UNIT_WORD_GATE = new WordGate(Object.keys(DURATION_UNITS));

/** Last words of the number words a duration may be written with ('ba', 'mười hai' → 'hai'). */
const NUMBER_WORD_ENDS = new Set(Object.keys(DURATION_NUMBER_WORDS).map((w) => w.split(' ').pop() as string));

/** Length of the longest of {@link NUMBER_WORD_ENDS}: a longer word is none of them. */
const LONGEST_NUMBER_WORD_END = Math.max(...[...NUMBER_WORD_ENDS].map((w) => w.length));

/** Most words of an opener ('trong hơn'). */
const OPENER_WORDS = mostWordsOf(DURATION_OPENERS);

/** Most words of a count: a number word ('mười hai') or a figure with a decimal comma ('2,5'). */
const COUNT_WORDS = mostWordsOf(Object.keys(DURATION_NUMBER_WORDS), 2);

/** {@link DURATION}, tried only where a duration may start. */
const DURATION_AT = stickyOf(DURATION);

/**
 * The matches of DURATION in the sentence. Every duration holds a unit word that follows a figure
 * or a number word after spaces. The unit words that stand whole after a space are found through
 * the block's word index, and only those have the word before them read; a duration starts at
 * one of the {@link OPENER_WORDS} and {@link COUNT_WORDS} words before such a unit word (the
 * pattern's words are the index's words, parted by spaces or a comma), where the pattern is tried.
 * Without the index, the sentence is read by one regex pass, and scanned when it may hold one.
 */
function durationMatches(ctx: SentenceContext): RegExpExecArray[] {
  const { text, start: from } = ctx;
  const starts = startsAround(ctx, UNIT_WORD_GATE.wordsIn(ctx), (k, sentence, found) => {
    const at = sentence.index.starts[k] as number;
    if (at > from && isSpace(text.charCodeAt(at - 1)) && figureEndsAt(ctx, at - 1)) {
      addWordStarts(sentence, k - OPENER_WORDS - COUNT_WORDS, k - 1, found);
    }
  });
  if (starts) return matchesAt(ctx, DURATION_AT, starts);
  return mayHaveDurationInText(ctx) ? sentenceMatches(ctx, DURATION) : [];
}

/** True when the sentence may hold a duration (see {@link durationMatches}), reading its text (a block without a word index). */
function mayHaveDurationInText(ctx: SentenceContext): boolean {
  const { text, start: from, end: to } = ctx;
  const slice = text.slice(from, to);
  SPACE_UNIT.lastIndex = 0;
  for (let m = SPACE_UNIT.exec(slice); m; m = SPACE_UNIT.exec(slice)) {
    if (isWordCharacter(text, from + m.index + m[0].length)) continue;
    if (figureEndsAt(ctx, from + m.index)) return true;
  }
  return false;
}

/** True when the word before the spaces ending at `space` (a whitespace before a unit) ends in a digit or is a number word. */
function figureEndsAt(ctx: SentenceContext, space: number): boolean {
  const { text, start: from } = ctx;
  let end = space;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && isWordCharacter(text, start - 1)) start--;
  if (end === start) return false;
  const last = text.charCodeAt(end - 1);
  if (last >= 48 && last <= 57) return true; // ends in a digit
  return end - start <= LONGEST_NUMBER_WORD_END && NUMBER_WORD_ENDS.has(text.slice(start, end));
}

/** True when the word before a bare duration makes it something else ('lần thứ 9', 'thứ 5 hằng tháng'). */
function lexiconBlocks(ctx: { text: string }, at: number): boolean {
  return PRECEDING_BLOCKER.test(ctx.text.slice(Math.max(0, at - 8), at));
}

/** A blocking word and spaces at the end of the text before a figure ('lần thứ ', 'khóa '). */
const PRECEDING_BLOCKER = new RegExp(`(?:${DURATION_PRECEDING_BLOCKERS.join('|')})\\s+$`, 'iu');

/** The durations of a sentence. */
export const readDuration = perSentence((ctx): DraftOf<'period'>[] => {
  const drafts: DraftOf<'period'>[] = [];
  const matches = durationMatches(ctx);
  const taken = matches.length > 0 ? [...readPartOfYear(ctx), ...readDaySpan(ctx)] : [];
  for (const m of matches) {
    const g = m.groups ?? {};
    const value = smallNumber(g.n ?? '');
    const unit = DURATION_UNITS[(g.unit ?? '').toLowerCase()];
    if (value === undefined || value === 0 || !unit) continue;
    // a number word needs an opener or 'qua' ('ba năm qua'); a figure may stand alone ('kinh phí 9 tháng')
    if (!/\d/.test(g.n ?? '') && !g.open && !g.close) continue;
    // the blocking word is read first, the review word before it only when it blocks
    if (!g.open && !g.close && lexiconBlocks(ctx, m.index) && !phraseBefore(ctx, REVIEW, m.index, 0)) continue;
    let end = m.index + m[0].length;
    const close = (g.close ?? '').toLowerCase();
    if (g.close && !KEPT_CLOSERS.has(close)) end = m.index + m[0].toLowerCase().lastIndexOf(close);
    while (ctx.text[end - 1] === ' ') end--;
    if (overlapsAny(taken, m.index, end)) continue;
    const draft: DraftOf<'period'> = {
      kind: 'period',
      rule: ID,
      span: spanOf(ctx.text, m.index, end),
      duration: { value, unit },
      uses: mentionsWithin(ctx, m.index, end),
    };
    if (isGoal(ctx, m.index, end, false)) draft.target = true;
    drafts.push(draft);
  }
  return drafts;
});

/** '<qua|trong|sau> <n> <unit> [qua]'. */
export const periodDuration: Rule = {
  id: ID,
  kind: 'period',
  examples: ['Qua 3 năm', 'Trong 3 năm qua', 'sau 5 năm', 'ba năm qua'],
  // a unit word after a figure or a number word
  trigger: { words: [lastWordsOf(Object.keys(DURATION_UNITS))] },
  apply: (ctx) => handOut(ctx, readDuration(ctx)),
};
