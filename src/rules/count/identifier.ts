/**
 * Numbers that identify rather than count: 'Chỉ thị số 05', 'Trường Tiểu học số 1', 'Trung ương 4'.
 * @module
 */
import type { NumberMention } from '../../types.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { skipSpacesBack, wordStart } from '../../extract/scan.js';
import { IDENTIFIER_WORDS } from '../../lexicon/identifiers.js';
import { numberWord } from '../../tagging/vocabulary.js';
import { wordEndingAt, wordIndexOf } from '../../tagging/word-index.js';

/** Lower-case identifier words, for lookup. */
const IDENTIFIERS = new Set(IDENTIFIER_WORDS.map((w) => w.toLowerCase()));

/** Length of the longest identifier word: lower-casing never shortens a word, so a longer one is none. */
const LONGEST_IDENTIFIER = Math.max(...[...IDENTIFIERS].map((w) => w.length));

/** The identifier words as known words (see tagging/vocabulary), which a block's word index names. */
const IDENTIFIER_NUMBERS: ReadonlySet<number> = new Set([...IDENTIFIERS].map((w) => numberWord(w)));

/** True when the word right before the figure makes it an identifier ('số 05', 'khóa 12'). */
export function isIdentifierNumber(ctx: SentenceContext, m: NumberMention): boolean {
  const end = skipSpacesBack(ctx.text, m.span.start);
  const index = wordIndexOf(ctx.text);
  let start: number;
  if (index) {
    // the word ending there, by its number in the block's word index: no string is made
    const k = wordEndingAt(index, end);
    if (k < 0 || !IDENTIFIER_NUMBERS.has(index.known[k] as number)) return false;
    start = index.starts[k] as number;
  } else {
    // the word is read back no further than the longest identifier word, plus one character to tell
    start = wordStart(ctx.text, end, Math.max(0, end - LONGEST_IDENTIFIER - 1));
    if (start === end || end - start > LONGEST_IDENTIFIER) return false;
    if (!IDENTIFIERS.has(ctx.text.slice(start, end).toLowerCase())) return false;
  }
  // 'nâng cấp 1.436 km' ends a verb, not a name: the figure is counted
  const verb = ctx.lexicon.actionVerbs.matchEndingAt(ctx.text, end);
  if (verb && verb.start < start) return false;
  // 'tổng số 5.812' is a total, not an identifier
  return ctx.lexicon.totalMarkers.matchEndingAt(ctx.text, end) === undefined;
}
