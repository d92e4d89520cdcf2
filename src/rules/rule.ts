/**
 * The shape of a rule: an id, the kind of fact it makes, examples, and `apply`, which reads one
 * sentence and returns drafts (an empty list rejects).
 * @module
 */
import type { FactKind } from '../types.js';
import type { Draft } from '../extract/draft.js';
import type { SentenceContext } from '../extract/sentence-context.js';
import type { Lexicon } from '../extract/lexicon.js';

/** One rule: a phrasing of one kind of fact. */
export interface Rule {
  /** 'kind/short-name', e.g. 'change/from-to'. Every record says which rule made it. */
  readonly id: string;
  /** The kind of fact it makes. */
  readonly kind: FactKind;
  /** Example inputs it reads (documentation and tests). */
  readonly examples: readonly string[];
  /**
   * What a sentence window must hold for the rule to find anything in it (see {@link RuleTrigger});
   * a rule without one runs on every window.
   */
  readonly trigger?: RuleTrigger;
  /** The drafts this rule reads in one sentence. */
  apply(ctx: SentenceContext): Draft[];
}

/**
 * What a sentence window must hold for a rule to find anything in it: the extractor calls the
 * rule's `apply` only on the windows where every part of it holds. A necessary condition only:
 * where it does not hold, `apply` finds nothing, and `apply` gives the same answer without the
 * check (tests and users call it directly).
 */
export interface RuleTrigger {
  /** Least number of number mentions in the window. */
  readonly figures?: number;
  /** True when the window must hold an ASCII digit. */
  readonly digit?: boolean;
  /**
   * Sets of words, each a list or a reader of one from the extractor's lexicon (for a rule that
   * matches with a list users may extend): the window must hold a word of each set as a whole
   * word (a run of letters, marks and digits), in any case. An entry of one character that is
   * neither a letter, mark or digit nor a space (a symbol, '/') holds where the window holds that
   * character. Any other entry that is not one word (a phrase) makes its set hold in every window;
   * a rule matching phrases on word boundaries names their last words (or first words, when its
   * matches start inside the window).
   */
  readonly words?: readonly (readonly string[] | ((lexicon: Lexicon) => Iterable<string>))[];
}

/** A pass over the drafts of one sentence, in order after the rules (overlaps, pairing, checks). */
export interface SentenceRefiner {
  /** Short name, for debugging. */
  readonly name: string;
  /** The refined drafts. */
  refine(drafts: Draft[], ctx: SentenceContext): Draft[];
}
