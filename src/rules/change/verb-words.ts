/**
 * The words the change rules' triggers stand on: a change verb of the lexicon ('tăng', 'giảm')
 * ends on one of them.
 * @module
 */
import type { Lexicon } from '../../extract/lexicon.js';
import { lastWordsOf } from '../../extract/trigger.js';

/** The last word of each increase and decrease verb of `lexicon` (users may add verbs). */
export function changeVerbLastWords(lexicon: Lexicon): string[] {
  return lastWordsOf([...lexicon.increaseVerbs, ...lexicon.decreaseVerbs]);
}
