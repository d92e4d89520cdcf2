/**
 * What a sum of money is: the phrase before it, less the verb ('thu ngân sách đạt …' → 'thu ngân sách').
 * @module
 */
import type { Span } from '../../types.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { spanOf } from '../../extract/draft.js';
import { countWords, leadingPhrase, skipSpacesBack } from '../../extract/scan.js';
import { MONEY_LINK_WORDS } from '../../lexicon/money.js';
import { PhraseTable } from '../../tagging/phrase-table.js';

/** 'đạt', 'là', 'với', 'trị giá' … */
const LINKS = PhraseTable.of(MONEY_LINK_WORDS);

/** Largest subject, in words. */
const MAX_WORDS = 8;

/** What a figure is named by: the phrase leading up to it (see {@link leadingPhrase}), without its linking verb ('thu ngân sách đạt …'). */
export function subjectPhrase(ctx: SentenceContext, pos: number, maxWords = MAX_WORDS): Span | undefined {
  const phrase = leadingPhrase(ctx, pos);
  if (!phrase) return undefined;
  const { text } = ctx;
  let end = phrase.end;
  for (let link = LINKS.matchEndingAt(text, end); link; link = LINKS.matchEndingAt(text, end)) {
    end = skipSpacesBack(text, link.start);
    if (end <= phrase.start) return undefined;
  }
  // a scope closing the subject is not what it names ('sản lượng lúa cả năm' → 'sản lượng lúa')
  const scope = ctx.lexicon.scopeAdverbials.matchEndingAt(text, end);
  if (scope && scope.start > phrase.start) end = skipSpacesBack(text, scope.start);
  if (countWords(text, phrase.start, end) > maxWords) return undefined;
  return spanOf(text, phrase.start, end);
}
