/**
 * The period rules, and the spans they read in a sentence (the date rules stay out of them).
 * @module
 */
import type { Rule } from '../rule.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import type { Span } from '../../types.js';
import { periodFromTo, readFromTo } from './from-to.js';
import { periodRange, readRange } from './range.js';
import { periodPartOfYear, readPartOfYear } from './part-of-year.js';
import { periodDaySpan, readDaySpan } from './day-span.js';
import { periodDuration, readDuration } from './duration.js';

/** Every period rule, in the order they run. */
export const PERIOD_RULES: readonly Rule[] = [periodFromTo, periodRange, periodPartOfYear, periodDaySpan, periodDuration];

/** The spans of every period the rules read in the sentence. */
export function periodSpans(ctx: SentenceContext): Span[] {
  return [readFromTo, readRange, readPartOfYear, readDaySpan, readDuration].flatMap((read) => read(ctx).map((d) => d.span));
}

export { periodFromTo, periodRange, periodPartOfYear, periodDaySpan, periodDuration };
