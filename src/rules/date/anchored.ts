/**
 * Patterns tried only where a match may start: a rule that knows, from the block's word index,
 * every word a match of its pattern may begin at tries a sticky copy of the pattern there, instead
 * of scanning the whole sentence with the global one. Both ways find the same matches: a global
 * scan takes, from where the last match ended, the leftmost start that matches, which is the first
 * of the candidate starts that matches.
 * @module
 */
import type { SentenceContext } from '../../extract/sentence-context.js';
import type { GateWords, IndexedSentence } from './word-gate.js';
import { indexedSentence } from './word-gate.js';
import { sentenceText } from './calendar.js';
import { numberWord } from '../../tagging/vocabulary.js';
import { firstWordsOf } from '../../extract/trigger.js';
import { isSpace } from '../../text/text-view.js';

/** A sticky copy of `re` (same source and flags, 'y' for 'g'), for {@link matchesAt}. */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
}

/**
 * The matches of `sticky` (see {@link stickyOf}) that start at one of `starts` (clean-text offsets
 * inside the sentence, ascending), left to right and not overlapping, in clean-text coordinates:
 * the matches a global scan of the sentence finds when every match starts at one of `starts`. The
 * pattern runs on the sentence's slice, as sentenceMatches runs it.
 */
export function matchesAt(ctx: SentenceContext, sticky: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (starts.length === 0) return found;
  const slice = sentenceText(ctx);
  let from = ctx.start;
  for (let s = 0; s < starts.length; s++) {
    const start = starts[s] as number;
    if (start < from) continue;
    sticky.lastIndex = start - ctx.start;
    const m = sticky.exec(slice);
    if (!m || m[0].length === 0) continue;
    m.index = start;
    from = start + m[0].length;
    found.push(m);
  }
  return found;
}

/**
 * The numbers among the known words (see vocabulary) of the first words of `phrases` (as
 * firstWordsOf gives them, the words a phrase table keys them by): a phrase that opens a pattern
 * and stands whole in its matches starts at one of them.
 */
export function firstWordNumbersOf(phrases: Iterable<string>): ReadonlySet<number> {
  return new Set(firstWordsOf(phrases).map((word) => numberWord(word)));
}

/** The most words a phrase of `phrases` has (words apart by white space), and at least `least`. */
export function mostWordsOf(phrases: Iterable<string>, least = 1): number {
  let most = least;
  for (const phrase of phrases) most = Math.max(most, phrase.trim().split(/\s+/).length);
  return most;
}

/**
 * Adds to `starts` (ascending) the starts of words `from` to `to` (inclusive) of the block's index
 * that are words of the sentence and, when `firsts` is given, one of those known words (see
 * {@link firstWordNumbersOf}); only starts past the last one `starts` holds are added, so that asked
 * with ascending words it keeps `starts` ascending without repeats.
 */
export function addWordStarts(sentence: IndexedSentence, from: number, to: number, starts: number[], firsts?: ReadonlySet<number>): void {
  const { starts: wordStarts, known } = sentence.index;
  const last = starts.length > 0 ? (starts[starts.length - 1] as number) : -1;
  const end = Math.min(to, sentence.end - 1);
  for (let w = Math.max(from, sentence.first); w <= end; w++) {
    const at = wordStarts[w] as number;
    if (at > last && (!firsts || firsts.has(known[w] as number))) starts.push(at);
  }
}

/**
 * Where a pattern's matches may start in the sentence, gathered word by word: `visit` is called
 * with each of `words` (numbers in the block's word index, all of them the sentence's) and adds to
 * `starts` (ascending, see {@link addWordStarts}) the places a match may start around it.
 * Undefined when the index cannot tell (`words` undefined, see indexedSentence): the caller then
 * reads the sentence's text.
 */
export function startsAround(
  ctx: SentenceContext,
  words: GateWords | undefined,
  visit: (k: number, sentence: IndexedSentence, starts: number[]) => void,
): number[] | undefined {
  if (!words) return undefined;
  const sentence = indexedSentence(ctx) as IndexedSentence;
  const starts: number[] = [];
  for (let c = words.from; c < words.to; c++) visit(words.numbers[c] as number, sentence, starts);
  return starts;
}

/** True when word `k + 1` of the block's index is a word of the sentence that opens with an ASCII digit. */
export function digitWordAfter(sentence: IndexedSentence, k: number): boolean {
  const { index } = sentence;
  return k + 1 < sentence.end && isDigit(index.text.charCodeAt(index.starts[k + 1] as number));
}

/** The code unit at `at` in `text`, or at the first character after the spaces that stand there. */
export function codeAfterSpaces(text: string, at: number): number {
  let i = at;
  while (isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

/** True for the code of an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
