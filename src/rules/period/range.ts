/**
 * period/range — a stage or term written as two years.
 * Reads: 'giai đoạn 2016-2020', 'nhiệm kỳ 2020 – 2025', '(2021-2025)'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { WORD_START, YEAR, firstCharacterOf, isGoal, mentionsWithin, overlapsAny, sentenceMatches, wordsSource, HAS_DIGIT, gateOf, sentenceHasDigit } from '../date/calendar.js';
import { perSentence } from '../../extract/sentence-memo.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { digitWordsIn } from '../date/word-gate.js';
import { addWordStarts, codeAfterSpaces, firstWordNumbersOf, matchesAt, mostWordsOf, startsAround, stickyOf } from '../date/anchored.js';
import { PERIOD_NOUNS, YEAR_RANGE_SEPARATORS } from '../../lexicon/time.js';
import { readFromTo } from './from-to.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'period/range';

/** Longest span of years a stage may cover. */
const MAX_YEARS = 50;

/** The separators as a pattern (they hold no pattern characters). */
const SEPARATORS = YEAR_RANGE_SEPARATORS.join('|');

/** The first code unit of each separator ('-', 'đ' of 'đến', 't' of 'tới'). */
const SEPARATOR_FIRSTS: ReadonlySet<number> = new Set(YEAR_RANGE_SEPARATORS.map((s) => s.charCodeAt(0)));

/**
 * 'giai đoạn 2016-2020', 'nhiệm kỳ 2020 – 2025', '2021 - 2025', 'giai đoạn 2021 đến 2025'; a match
 * opens with a stage noun or a year's digit.
 */
const RANGE = new RegExp(
  `${firstCharacterOf(PERIOD_NOUNS, true)}${WORD_START}(?<![\\d/.-]\\s?)(?:(?<noun>${wordsSource(PERIOD_NOUNS)})\\s+)?(?<a>${YEAR})\\s*(?<sep>${SEPARATORS})\\s*(?<b>${YEAR})(?![\\p{L}\\p{M}\\p{N}]|\\s*[/-]\\s*\\d)`,
  'gu',
);

/** Plain pieces every match of RANGE contains (see sentenceMatches). */
const RANGE_GATES = [HAS_DIGIT, gateOf(`(?:19|20)\\d\\d\\s*(?:${SEPARATORS})\\s*(?:19|20)\\d\\d`)];

/** {@link RANGE}, tried only where a range may start. */
const RANGE_AT = stickyOf(RANGE);

/** The first words of the stage nouns, and their most words. */
const NOUN_FIRSTS = firstWordNumbersOf(PERIOD_NOUNS);
/** See {@link NOUN_FIRSTS}. */
const NOUN_WORDS = mostWordsOf(PERIOD_NOUNS);

/**
 * The matches of RANGE in the sentence. A match's first year opens a word, and after its four
 * digits and spaces or none comes '-', 'đến' or 'tới'; the match starts at that word or at a stage
 * noun before it: the pattern is tried only there, found through the block's word index; without
 * one, it scans a sentence that passes RANGE_GATES.
 */
function rangeMatches(ctx: SentenceContext): RegExpExecArray[] {
  if (!sentenceHasDigit(ctx)) return [];
  const { text } = ctx;
  const starts = startsAround(ctx, digitWordsIn(ctx), (k, sentence, found) => {
    const at = sentence.index.starts[k] as number;
    if ((sentence.index.ends[k] as number) - at < 4) return;
    const next = codeAfterSpaces(text, at + 4);
    if (!SEPARATOR_FIRSTS.has(next)) return;
    addWordStarts(sentence, k - NOUN_WORDS, k - 1, found, NOUN_FIRSTS);
    addWordStarts(sentence, k, k, found);
  });
  return starts ? matchesAt(ctx, RANGE_AT, starts) : sentenceMatches(ctx, RANGE, RANGE_GATES);
}

/** The year ranges of a sentence. */
export const readRange = perSentence((ctx): DraftOf<'period'>[] => {
  const drafts: DraftOf<'period'>[] = [];
  const matches = rangeMatches(ctx);
  const fromTo = matches.length > 0 ? readFromTo(ctx) : [];
  for (const m of matches) {
    const a = Number(m.groups?.a);
    const b = Number(m.groups?.b);
    if (!(b > a && b - a <= MAX_YEARS)) continue;
    // without a stage noun, 'đến' belongs to a from-to period ('từ 2016 đến 2020')
    if (!m.groups?.noun && m.groups?.sep !== '-') continue;
    const end = m.index + m[0].length;
    if (overlapsAny(fromTo, m.index, end)) continue;
    const draft: DraftOf<'period'> = {
      kind: 'period',
      rule: ID,
      span: spanOf(ctx.text, m.index, end),
      from: { year: a },
      to: { year: b },
      uses: mentionsWithin(ctx, m.index, end),
    };
    if (isGoal(ctx, m.index, end, false)) draft.target = true;
    drafts.push(draft);
  }
  return drafts;
});

/** '<stage noun> <y1>-<y2>'. */
export const periodRange: Rule = {
  id: ID,
  kind: 'period',
  examples: ['giai đoạn 2016-2020', 'nhiệm kỳ 2020 – 2025', 'nhiệm kỳ 2015-2020'],
  // two years with '-', 'đến' or 'tới' between them
  trigger: { digit: true, words: [YEAR_RANGE_SEPARATORS] },
  apply: (ctx) => handOut(ctx, readRange(ctx)),
};
