/**
 * What every date rule does with a match: reject it inside a period, make the draft, mark goals.
 * @module
 */
import type { DateParts } from '../../types.js';
import type { DraftOf } from '../../extract/draft.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { spanOf } from '../../extract/draft.js';
import { isGoal, mentionsWithin, overlapsAny } from './calendar.js';
import { periodSpans } from '../period/index.js';

/** A date draft for `[start, end)`, or undefined when a period already reads that text. */
export function dateDraft(ctx: SentenceContext, rule: string, start: number, end: number, date: DateParts): DraftOf<'date'> | undefined {
  if (overlapsAny(periodSpans(ctx), start, end)) return undefined;
  const draft: DraftOf<'date'> = { kind: 'date', rule, span: spanOf(ctx.text, start, end), date, uses: mentionsWithin(ctx, start, end) };
  if (isGoal(ctx, start, end)) draft.target = true;
  return draft;
}
