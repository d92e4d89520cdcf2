/**
 * The period rules, and the spans they read in a sentence (the date rules stay out of them).
 * @module
 */
import type { Rule } from '../rule.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import type { Span } from '../../types.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { periodFromTo, readFromTo } from './from-to.js';
import { periodRange, readRange } from './range.js';
import { periodPartOfYear, readPartOfYear } from './part-of-year.js';
import { periodDaySpan, readDaySpan } from './day-span.js';
import { periodDuration, readDuration } from './duration.js';

/** Every period rule, in the order they run. */
export const PERIOD_RULES: readonly Rule[] = [periodFromTo, periodRange, periodPartOfYear, periodDaySpan, periodDuration];

/** The readers of the period rules. */
const PERIOD_READERS = [readFromTo, readRange, readPartOfYear, readDaySpan, readDuration];

/** The spans of every period the rules read in the sentence (the drafts, read for their spans), gathered once per sentence; not to be changed by callers. */
export const periodSpans = perSentence((ctx: SentenceContext): readonly { readonly span: Span }[] => {
  const spans: { readonly span: Span }[] = [];
  for (let r = 0; r < PERIOD_READERS.length; r++) {
    const drafts = (PERIOD_READERS[r] as (typeof PERIOD_READERS)[number])(ctx);
    for (let d = 0; d < drafts.length; d++) spans.push(drafts[d] as { readonly span: Span });
  }
  return spans;
});

export { periodFromTo, periodRange, periodPartOfYear, periodDaySpan, periodDuration };
