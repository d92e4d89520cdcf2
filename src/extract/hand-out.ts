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
import { copyDraft } from './draft.js';

/** The contexts the extractor made (see {@link extractorContext}). */
const EXTRACTOR_CONTEXTS = new WeakSet<SentenceContext>();

/** Marks `ctx` as made by the extractor, which takes kept drafts as they are (see the module), and returns it. */
export function extractorContext<C extends SentenceContext>(ctx: C): C {
  EXTRACTOR_CONTEXTS.add(ctx);
  return ctx;
}

/** The kept drafts `drafts` of `ctx`'s sentence as a rule returns them: themselves for the extractor, else deep copies. */
export function handOut<D>(ctx: SentenceContext, drafts: readonly D[]): D[] {
  return EXTRACTOR_CONTEXTS.has(ctx) ? (drafts as D[]) : drafts.map((d) => copyDraft(d));
}
