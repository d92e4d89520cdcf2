/**
 * Sentence contexts and word-start definitions for tests of the per-sentence readers.
 */
import fc from 'fast-check';
import type { SentenceContext } from '../../src/extract/sentence-context.js';
import { compileLexicon, mergeLexicon } from '../../src/extract/lexicon.js';
import { isWordCharacter } from '../../src/text/boundaries.js';

/** The default lexicon, compiled once. */
const LEXICON = compileLexicon(mergeLexicon());

/** A body sentence context over `text[start, end)` (the text as given) with no figures. */
export function bareContext(text: string, start = 0, end = text.length): SentenceContext {
  return { text, start, end, section: 'body', mentions: [], lexicon: LEXICON };
}

/**
 * Word starts by the definition, for checking a faster reader against: the offsets in
 * `[start, end)` where `opens` holds and no word character stands just before.
 */
export function startsByDefinition(text: string, start: number, end: number, opens: (text: string, i: number) => boolean): number[] {
  const starts: number[] = [];
  for (let i = start; i < end; i++) if (opens(text, i) && (i === 0 || !isWordCharacter(text, i - 1))) starts.push(i);
  return starts;
}

/** A text and a range inside it, as a reader of one sentence is asked. */
export interface TextRange {
  /** The text. */
  text: string;
  /** Start of the range. */
  start: number;
  /** End of the range (exclusive). */
  end: number;
}

/**
 * Texts made of up to 60 of `pieces` (joined with a space or with nothing) with any range inside
 * each, for property tests of the per-sentence readers.
 */
export function textsWithRange(pieces: readonly string[]): fc.Arbitrary<TextRange> {
  return fc.tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.nat(), fc.nat()).map(([chosen, a, b]) => {
    const text = chosen.join(chosen.length % 2 ? ' ' : '');
    const start = text.length ? a % text.length : 0;
    const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
    return { text, start, end };
  });
}
