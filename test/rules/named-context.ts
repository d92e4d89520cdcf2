/**
 * A sentence context for testing the named-fact rules: the whole text is one body sentence,
 * with the default lexicon and (when the numerals module is present) its number mentions.
 */
import type { SentenceContext } from '../../src/extract/sentence-context.js';
import type { NumberMention } from '../../src/types.js';
import type { Draft } from '../../src/extract/draft.js';
import type { Rule } from '../../src/rules/rule.js';
import { DEFAULT_LEXICON, compileLexicon } from '../../src/extract/lexicon.js';
import { normalizeString } from '../../src/text/normalize.js';

/** The default lexicon, compiled once. */
const LEXICON = compileLexicon(DEFAULT_LEXICON);

/** Finds number mentions, when the numerals module exports `findNumbers`; none otherwise. */
let finder: ((text: string) => NumberMention[]) | undefined;
try {
  const path = '../../src/numerals/index.js';
  const mod = (await import(/* @vite-ignore */ path)) as { findNumbers?: (text: string) => NumberMention[] };
  finder = mod.findNumbers;
} catch {
  finder = undefined;
}

/** A context whose sentence is the whole (normalized) `text`. */
export function contextOf(raw: string, start = 0, end?: number): SentenceContext {
  const text = normalizeString(raw);
  const stop = end ?? text.length;
  const mentions = finder ? finder(text).filter((m) => m.span.start >= start && m.span.end <= stop) : [];
  return { text, start, end: stop, section: 'body', mentions, lexicon: LEXICON };
}

/** Every draft the rules make for `text`. */
export function run(rules: readonly Rule[], text: string): Draft[] {
  const ctx = contextOf(text);
  return rules.flatMap((r) => r.apply(ctx));
}

/** The span texts of the drafts. */
export function texts(drafts: readonly Draft[]): string[] {
  return drafts.map((d) => d.span.text);
}
