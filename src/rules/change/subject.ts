/**
 * The subject of a change or a rate: the noun phrase before the verb ('tỷ lệ hộ nghèo giảm …').
 * @module
 */
import type { Span } from '../../types.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { spanOf } from '../../extract/draft.js';
import { clauseStart, countWords, skipSpacesBack } from '../../extract/scan.js';

/** Largest subject, in words. */
const MAX_SUBJECT_WORDS = 8;

/**
 * The phrase between the start of the clause (or the last comma) and `verbStart`, when it is
 * short enough to be a subject and holds a known counted noun or rate noun.
 */
export function subjectBefore(ctx: SentenceContext, verbStart: number): Span | undefined {
  const { text } = ctx;
  const floor = clauseStart(ctx, verbStart);
  let start = verbStart;
  while (start > floor && text[start - 1] !== ',') start--;
  while (start < verbStart && (text[start] === ' ' || text[start] === ',')) start++;
  const end = skipSpacesBack(text, verbStart);
  if (end <= start || countWords(text, start, end) > MAX_SUBJECT_WORDS) return undefined;
  const known = ctx.lexicon.rateNouns.findAll(text, start, end).length + ctx.lexicon.countedNouns.findAll(text, start, end).length;
  return known > 0 ? spanOf(text, start, end) : undefined;
}

/** True when the phrase `[start, end)` names a rate ('tỷ lệ hộ nghèo'). */
export function namesRate(ctx: SentenceContext, start: number, end: number): boolean {
  return ctx.lexicon.rateNouns.findAll(ctx.text, start, end).length > 0;
}
