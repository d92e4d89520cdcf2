/**
 * The shape of a rule: an id, the kind of fact it makes, examples, and `apply`, which reads one
 * sentence and returns drafts (an empty list rejects).
 * @module
 */
import type { FactKind } from '../types.js';
import type { Draft } from '../extract/draft.js';
import type { SentenceContext } from '../extract/sentence-context.js';

/** One rule: a phrasing of one kind of fact. */
export interface Rule {
  /** 'kind/short-name', e.g. 'change/from-to'. Every record says which rule made it. */
  readonly id: string;
  /** The kind of fact it makes. */
  readonly kind: FactKind;
  /** Example inputs it reads (documentation and tests). */
  readonly examples: readonly string[];
  /** The drafts this rule reads in one sentence. */
  apply(ctx: SentenceContext): Draft[];
}

/** A pass over the drafts of one sentence, in order after the rules (overlaps, pairing, checks). */
export interface SentenceRefiner {
  /** Short name, for debugging. */
  readonly name: string;
  /** The refined drafts. */
  refine(drafts: Draft[], ctx: SentenceContext): Draft[];
}
