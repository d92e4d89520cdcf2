/**
 * Sentence contexts and word-start definitions for tests of the per-sentence readers.
 */
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
