/**
 * How a rule hands out the drafts a per-sentence reading keeps (the people, places, dates … of a
 * sentence, read once for the rules that ask): the drafts themselves to the extractor, copies to
 * any other caller. The extractor calls each rule once on a context it made, and after the rules
 * only the sentence refiners change drafts, and only drafts of the quantity kinds (count, average,
 * percent, money, change), which no kept reading makes (a test holds the refiners to that); so
 * the kept drafts reach it unchanged, and copying them would only cost time. A caller of `apply`
 * may change what it gets and call rules again on the same context: it gets copies.
 * @module
 */
import type { SentenceContext } from './sentence-context.js';
import type { NumberMention, Section } from '../types.js';
import type { CompiledLexicon } from './lexicon.js';
import { copyDraft } from './draft.js';

/** A sentence context the extractor made: it takes kept drafts as they are (see the module). */
export class ExtractorContext implements SentenceContext {
  /** Makes the context of `text[start, end)` in a block of `section`, with its mentions and lexicon. */
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly section: Section,
    readonly mentions: readonly NumberMention[],
    readonly lexicon: CompiledLexicon,
  ) {}
}

/** The kept drafts `drafts` of `ctx`'s sentence as a rule returns them: themselves for the extractor, else deep copies. */
export function handOut<D>(ctx: SentenceContext, drafts: readonly D[]): D[] {
  return ctx instanceof ExtractorContext ? (drafts as D[]) : drafts.map((d) => copyDraft(d));
}
