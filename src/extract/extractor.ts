/**
 * The extractor: parses the article, finds the numerals of each block, runs the rules sentence
 * by sentence, refines, and maps every span back to the original input.
 * @module
 */
import type { Extraction, Fact, Options, Span, NumberMention, Quantity } from '../types.js';
import type { Rule, SentenceRefiner } from '../rules/rule.js';
import type { Draft } from './draft.js';
import type { SentenceContext } from './sentence-context.js';
import type { Lexicon, CompiledLexicon } from './lexicon.js';
import type { Block } from '../document/blocks.js';
import { parseDocument } from '../document/index.js';
import { findNumbersInNormalized } from '../numerals/find-numbers.js';
import { originalSpan } from '../text/normalize.js';
import { QUANTITY_FIELDS } from './draft.js';
import { compileLexicon, mergeLexicon } from './lexicon.js';
import { DEFAULT_RULES } from '../rules/index.js';
import { SENTENCE_REFINERS } from '../refiners/index.js';
import { firstMentionOnly, linkPeriods } from '../refiners/document.js';
import { checkAverages } from '../refiners/average-check.js';
import { addDatelinePlace } from '../refiners/dateline-place.js';
import { SolieuError } from '../errors.js';
import { RuleTriggers } from './trigger.js';
import { ExtractorContext } from './hand-out.js';
import type { WindowHolds } from './trigger.js';

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
  const triggers = new RuleTriggers(rules, lexicon);
  return {
    rules,
    lexicon,
    extract: (input, options) => runExtraction(input, options, { rules, triggers, lexicon: compiled, refiners: SENTENCE_REFINERS }),
  };
}

/** What an extractor runs on every block: its rules and their triggers, its lexicon, the refiners. */
interface Pipeline {
  /** The rules, in order. */
  readonly rules: readonly Rule[];
  /** Their triggers, compiled. */
  readonly triggers: RuleTriggers;
  /** The compiled lexicon. */
  readonly lexicon: CompiledLexicon;
  /** The sentence refiners, in order. */
  readonly refiners: readonly SentenceRefiner[];
}

/** The whole pipeline for one input. */
function runExtraction(input: string, options: Options | undefined, pipeline: Pipeline): Extraction {
  const doc = parseDocument(input, options, 'extract');
  const found = new FoundFacts();
  // one record of what a window holds, filled for each window in turn
  const holds = pipeline.triggers.createHolds();
  for (const block of doc.blocks) addBlockFacts(found, block, pipeline, holds);
  const kept = firstMentionOnly(addDatelinePlace(found.inTextOrder(), doc.article));
  kept.forEach((f, i) => (f.id = `f${i + 1}`));
  return { article: doc.article, facts: checkAverages(linkPeriods(kept), doc.article) };
}

/**
 * The facts of one input as the blocks give them, with the bounds of each fact's span beside it:
 * facts of every kind have shapes of their own, and a sort reading `span` from each fact in turn
 * reads it from a dozen shapes (a profile showed the comparator at 1.2% of extraction).
 */
class FoundFacts {
  /** The facts, as added. */
  private readonly facts: Fact[] = [];
  /** Start of each fact's span in the original input. */
  private readonly starts: number[] = [];
  /** End of each fact's span in the original input. */
  private readonly ends: number[] = [];

  /** Adds `fact`, whose span in the original input is `span`. */
  add(fact: Fact, span: Span): void {
    this.facts.push(fact);
    this.starts.push(span.start);
    this.ends.push(span.end);
  }

  /** The facts by span start, then span end; facts with equal spans keep the order they were added in. */
  inTextOrder(): Fact[] {
    const { facts, starts, ends } = this;
    const order = facts.map((_, i) => i);
    order.sort((a, b) => (starts[a] as number) - (starts[b] as number) || (ends[a] as number) - (ends[b] as number) || a - b);
    return order.map((i) => facts[i] as Fact);
  }
}

/** Adds the facts of one block to `found`, spans mapped to the original; `holds` is filled anew for each window. */
function addBlockFacts(found: FoundFacts, block: Block, pipeline: Pipeline, holds: WindowHolds): void {
  const { rules, triggers, lexicon, refiners } = pipeline;
  const text = block.view.text;
  // the block's word index, which the numeral scan steps over too
  const index = triggers.startBlock(text);
  // a block's text is normalized already (test/extract/block-text checks it)
  const all = findNumbersInNormalized(text, index);
  let cursor = 0;
  for (const sentence of block.sentences) {
    const windows = sentenceWindows(text, sentence);
    for (let w = 0; w < windows.length; w++) {
      const range = windows[w] as { start: number; end: number };
      while (cursor < all.length && (all[cursor] as NumberMention).span.start < range.start) cursor++;
      const mentions: NumberMention[] = [];
      for (let i = cursor; i < all.length && (all[i] as NumberMention).span.end <= range.end; i++) mentions.push(all[i] as NumberMention);
      const ctx: SentenceContext = new ExtractorContext(text, range.start, range.end, block.section, mentions, lexicon);
      triggers.holdsIn(range.start, range.end, mentions.length, windows.length === 1, holds);
      let drafts = sentenceDrafts(ctx, rules, triggers, holds);
      if (drafts.length === 0) continue;
      for (let r = 0; r < refiners.length; r++) drafts = (refiners[r] as SentenceRefiner).refine(drafts, ctx);
      if (drafts.length === 0) continue;
      const span = originalSpan(block.view, range.start, range.end);
      for (let d = 0; d < drafts.length; d++) addFact(found, drafts[d] as Draft, block, span);
    }
  }
}

/**
 * The drafts every rule reads in one sentence window, in rule order, each inside the window; a
 * rule whose trigger does not hold in the window (see `holds`) is not called.
 */
function sentenceDrafts(ctx: SentenceContext, rules: readonly Rule[], triggers: RuleTriggers, holds: WindowHolds): Draft[] {
  const drafts: Draft[] = [];
  for (let r = 0; r < rules.length; r++) {
    if (!triggers.mayRun(r, holds)) continue;
    const found = (rules[r] as Rule).apply(ctx);
    for (let d = 0; d < found.length; d++) {
      const draft = found[d] as Draft;
      if (draft.span.start >= ctx.start && draft.span.end <= ctx.end) drafts.push(draft);
    }
  }
  return drafts;
}

/**
 * Longest stretch of text the rules read at once, in UTF-16 units. The longest sentence of 5,000
 * real news articles is about 1,400 characters; a longer run without a sentence break (a table
 * flattened to one line, a scraped page without punctuation) is read in windows of at most this
 * size, so that the time rules spend per figure stays bounded and extraction stays linear.
 */
export const MAX_SENTENCE_WINDOW = 2_000;

/**
 * A sentence as the windows the rules read: the sentence itself when it fits in
 * {@link MAX_SENTENCE_WINDOW}, else pieces cut at the last clause break (';', ',', ':') or space
 * of each window, never inside a word or a number. A fact found in a piece names the piece as its
 * sentence.
 */
export function sentenceWindows(text: string, range: { start: number; end: number }): { start: number; end: number }[] {
  if (range.end - range.start <= MAX_SENTENCE_WINDOW) return [range];
  const out: { start: number; end: number }[] = [];
  let start = range.start;
  while (range.end - start > MAX_SENTENCE_WINDOW) {
    const limit = start + MAX_SENTENCE_WINDOW;
    let cut = lastBreak(text, start, limit, CLAUSE_BREAKS);
    if (cut < 0) cut = lastBreak(text, start, limit, SPACES);
    if (cut < 0) cut = limit; // one unbroken run: cut it where the window ends
    out.push({ start, end: cut });
    start = cut;
    while (start < range.end && text[start] === ' ') start++;
  }
  if (start < range.end) out.push({ start, end: range.end });
  return out;
}

/** Clause breaks a long sentence is cut after. */
const CLAUSE_BREAKS = new Set([';', ',', ':']);
/** Spaces a long sentence is cut at when no clause break is near. */
const SPACES = new Set([' ']);

/**
 * End of the cut at the last character of `breaks` in the second half of `[start, limit)` (just
 * after it), or -1 when there is none. A comma between digits ('1,5') is no break.
 */
function lastBreak(text: string, start: number, limit: number, breaks: ReadonlySet<string>): number {
  for (let i = limit - 1; i > start + (limit - start) / 2; i--) {
    const c = text[i] as string;
    if (!breaks.has(c)) continue;
    if (c === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    return c === ' ' ? i : i + 1;
  }
  return -1;
}

/**
 * Adds a draft to `found` as a fact: spans mapped to the original, sentence and section filled in.
 * The fact is built key by key in the draft's order (without `uses` and `weak`), so it keeps the
 * draft's shape.
 */
function addFact(found: FoundFacts, draft: Draft, block: Block, sentence: Span): void {
  const source = draft as unknown as Record<string, unknown>;
  const fact: Record<string, unknown> = {};
  // every draft has a span (a rule's type says so)
  let span = draft.span;
  for (const key in source) {
    if (key === 'uses' || key === 'weak') continue;
    const value = source[key];
    if (key === 'span') fact[key] = span = mapSpan(block, value as Span);
    else if (value && QUANTITY_FIELD_SET.has(key)) fact[key] = { ...(value as Quantity), span: mapSpan(block, (value as Quantity).span) };
    else fact[key] = value;
  }
  fact.id = '';
  fact.sentence = sentence;
  fact.section = block.section;
  found.add(fact as unknown as Fact, span);
}

/** The fields of a fact that hold a quantity, for lookup by name. */
const QUANTITY_FIELD_SET: ReadonlySet<string> = new Set(QUANTITY_FIELDS);

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
