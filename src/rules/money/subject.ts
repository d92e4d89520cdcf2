/**
 * What a sum of money is: the phrase before it, less the verb ('thu ngân sách đạt …' → 'thu ngân sách').
 * @module
 */
import type { Span } from '../../types.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { spanOf } from '../../extract/draft.js';
import { clauseStart, countWords, skipSpacesBack } from '../../extract/scan.js';
import { MONEY_LINK_WORDS } from '../../lexicon/money.js';
import { PhraseTable } from '../../tagging/phrase-table.js';

/** 'đạt', 'là', 'với', 'trị giá' … */
const LINKS = PhraseTable.of(MONEY_LINK_WORDS);

/** Largest subject, in words. */
const MAX_WORDS = 8;

/** The phrase since the last comma before a money figure, without its linking verb. */
export function moneySubject(ctx: SentenceContext, pos: number): Span | undefined {
  const { text } = ctx;
  const floor = clauseStart(ctx, pos);
  let start = pos;
  while (start > floor && text[start - 1] !== ',') start--;
  while (start < pos && (text[start] === ' ' || text[start] === ',')) start++;
  let end = skipSpacesBack(text, pos);
  for (let link = LINKS.matchEndingAt(text, end); link; link = LINKS.matchEndingAt(text, end)) {
    end = skipSpacesBack(text, link.start);
    if (end <= start) return undefined;
  }
  if (end <= start || countWords(text, start, end) > MAX_WORDS) return undefined;
  return spanOf(text, start, end);
}
