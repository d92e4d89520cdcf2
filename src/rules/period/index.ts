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

/** The spans of every period the rules read in the sentence, each as `{ span }` (the shape overlapsAny reads), gathered once per sentence; not to be changed by callers. */
export const periodSpans = perSentence((ctx: SentenceContext): readonly { readonly span: Span }[] =>
  [readFromTo, readRange, readPartOfYear, readDaySpan, readDuration].flatMap((read) => read(ctx).map((d) => ({ span: d.span }))),
);

export { periodFromTo, periodRange, periodPartOfYear, periodDaySpan, periodDuration };
