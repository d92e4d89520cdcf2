/**
 * The extractor: parses the article, finds the numerals of each block, runs the rules sentence
 * by sentence, refines, and maps every span back to the original input.
 * @module
 */
import type { Extraction, Fact, Options, Span, NumberMention } from '../types.js';
import type { Rule, SentenceRefiner } from '../rules/rule.js';
import type { Draft } from './draft.js';
import type { SentenceContext } from './sentence-context.js';
import type { Lexicon, CompiledLexicon } from './lexicon.js';
import type { Block } from '../document/blocks.js';
import { parseDocument } from '../document/index.js';
import { findNumbers } from '../numerals/index.js';
import { originalSpan } from '../text/normalize.js';
import { QUANTITY_FIELDS } from './draft.js';
import { compileLexicon, mergeLexicon } from './lexicon.js';
import { DEFAULT_RULES } from '../rules/index.js';
import { SENTENCE_REFINERS } from '../refiners/index.js';
import { firstMentionOnly, linkPeriods } from '../refiners/document.js';
import { checkAverages } from '../refiners/average-check.js';
import { addDatelinePlace } from '../refiners/dateline-place.js';
import { SolieuError } from '../errors.js';

/** How to build an extractor. */
export interface ExtractorConfig {
  /** Words added to the default lexicon (each list extends the default one). */
  lexicon?: Partial<Lexicon>;
  /** Rules added after the default rules (or instead of them, with `replaceRules`). */
  rules?: readonly Rule[];
  /** Use only `rules`, not the default rules. */
  replaceRules?: boolean;
}

/** A configured extractor. */
export interface Extractor {
  /** Structure plus facts of one article. */
  extract(input: string, options?: Options): Extraction;
  /** The rules it runs, in order. */
  readonly rules: readonly Rule[];
  /** The lexicon it matches with. */
  readonly lexicon: Lexicon;
}

/** Makes an extractor with extra lexicon entries or rules. */
export function createExtractor(config: ExtractorConfig = {}): Extractor {
  const lexicon = mergeLexicon(config.lexicon);
  const compiled = compileLexicon(lexicon);
  const rules = config.replaceRules ? [...(config.rules ?? [])] : [...DEFAULT_RULES, ...(config.rules ?? [])];
  for (const rule of rules) {
    if (!rule || typeof rule.apply !== 'function' || !/^[a-z]+\/[a-z0-9-]+$/.test(rule.id ?? '')) {
      throw new SolieuError('invalid-rule', `createExtractor: a rule needs an id 'kind/short-name' and an apply function (got ${JSON.stringify(rule?.id)})`);
    }
  }
  return {
    rules,
    lexicon,
    extract: (input, options) => runExtraction(input, options, rules, compiled, SENTENCE_REFINERS),
  };
}

/** The whole pipeline for one input. */
function runExtraction(
  input: string,
  options: Options | undefined,
  rules: readonly Rule[],
  lexicon: CompiledLexicon,
  refiners: readonly SentenceRefiner[],
): Extraction {
  const doc = parseDocument(input, options);
  const facts: Fact[] = [];
  for (const block of doc.blocks) facts.push(...blockFacts(block, rules, lexicon, refiners));
  facts.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const kept = firstMentionOnly(addDatelinePlace(facts, doc.article));
  kept.forEach((f, i) => (f.id = `f${i + 1}`));
  return { article: doc.article, facts: checkAverages(linkPeriods(kept), doc.article) };
}

/** The facts of one block, spans mapped to the original. */
function blockFacts(block: Block, rules: readonly Rule[], lexicon: CompiledLexicon, refiners: readonly SentenceRefiner[]): Fact[] {
  const text = block.view.text;
  const all = findNumbers(text);
  const facts: Fact[] = [];
  let cursor = 0;
  for (const range of block.sentences) {
    while (cursor < all.length && (all[cursor] as NumberMention).span.start < range.start) cursor++;
    const mentions: NumberMention[] = [];
    for (let i = cursor; i < all.length && (all[i] as NumberMention).span.end <= range.end; i++) mentions.push(all[i] as NumberMention);
    const ctx: SentenceContext = { text, start: range.start, end: range.end, section: block.section, mentions, lexicon };
    let drafts: Draft[] = [];
    for (const rule of rules) {
      for (const draft of rule.apply(ctx)) {
        if (draft.span.start >= range.start && draft.span.end <= range.end) drafts.push(draft);
      }
    }
    for (const refiner of refiners) drafts = refiner.refine(drafts, ctx);
    const sentence = originalSpan(block.view, range.start, range.end);
    for (const draft of drafts) facts.push(toFact(draft, block, sentence));
  }
  return facts;
}

/** A draft as a fact: spans mapped to the original, sentence and section filled in. */
function toFact(draft: Draft, block: Block, sentence: Span): Fact {
  const { uses: _uses, weak: _weak, ...rest } = draft;
  const fact = { ...rest, id: '', sentence, section: block.section } as unknown as Fact & Record<string, unknown>;
  fact.span = mapSpan(block, draft.span);
  for (const field of QUANTITY_FIELDS) {
    const q = fact[field] as { span: Span } | undefined;
    if (q) fact[field] = { ...q, span: mapSpan(block, q.span) };
  }
  return fact;
}

/** A clean-text span of a block as a span of the original input. */
function mapSpan(block: Block, span: Span): Span {
  return originalSpan(block.view, span.start, span.end);
}

/** The default extractor. */
let defaultExtractor: Extractor | undefined;

/** Structure plus facts of one article, with the default rules and lexicon. */
export function extract(input: string, options?: Options): Extraction {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(input, options);
}
