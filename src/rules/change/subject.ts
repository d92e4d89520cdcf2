/**
 * The subject of a change or a rate: the noun phrase before the verb ('tỷ lệ hộ nghèo giảm …').
 * @module
 */
import type { Span } from '../../types.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { countWords, leadingPhrase } from '../../extract/scan.js';

/** Largest subject, in words. */
const MAX_SUBJECT_WORDS = 8;

/**
 * The phrase leading up to `verbStart` (see {@link leadingPhrase}), when it is short enough to be
 * a subject and holds a known counted noun or rate noun.
 */
export function subjectBefore(ctx: SentenceContext, verbStart: number): Span | undefined {
  const phrase = leadingPhrase(ctx, verbStart);
  if (!phrase || countWords(ctx.text, phrase.start, phrase.end) > MAX_SUBJECT_WORDS) return undefined;
  const { text, lexicon } = ctx;
  const known = lexicon.rateNouns.findAll(text, phrase.start, phrase.end).length + lexicon.countedNouns.findAll(text, phrase.start, phrase.end).length;
  return known > 0 ? phrase : undefined;
}

/** True when the phrase `[start, end)` names a rate ('tỷ lệ hộ nghèo'). */
export function namesRate(ctx: SentenceContext, start: number, end: number): boolean {
  return ctx.lexicon.rateNouns.findAll(ctx.text, start, end).length > 0;
}
