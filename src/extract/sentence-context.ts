/**
 * What a rule sees: one sentence of a block's clean text, the numeral mentions in it, and the
 * compiled lexicon.
 * @module
 */
import type { NumberMention, Quantity, Section } from '../types.js';
import type { CompiledLexicon } from './lexicon.js';
import { spanOf } from './draft.js';

/** One sentence, ready for the rules. Offsets are in the coordinates of `text`. */
export interface SentenceContext {
  /** The whole block's clean, normalized text. */
  readonly text: string;
  /** Start of the sentence in `text`. */
  readonly start: number;
  /** End of the sentence in `text`. */
  readonly end: number;
  /** Which part of the article the sentence is in. */
  readonly section: Section;
  /**
   * Numeral mentions inside the sentence, in order (spans in `text` coordinates). In the
   * extractor's contexts every optional field of a mention is present, undefined when the figure
   * has none (mentions of one shape read faster); test a field's value, not its presence.
   */
  readonly mentions: readonly NumberMention[];
  /** The lexicon the rules match with. */
  readonly lexicon: CompiledLexicon;
}

/** The kinds of mention that may be a fact's quantity (never years, ordinals or Roman numerals). */
const QUANTITY_KINDS: ReadonlySet<NumberMention['kind']> = new Set(['cardinal', 'decimal', 'percent', 'money', 'range', 'fraction']);

/** A bare four-digit 19xx/20xx with no thousands separator: news writes counts of that size as '2.005'. */
const YEAR_LIKE = /(?:^|[^\d.,])(?:19|20)\d\d(?:$|[^\d.,])/;

/**
 * True when a mention may serve as a fact's quantity: not a year, ordinal or Roman numeral, and
 * not a bare 19xx/20xx that the numerals left as a cardinal ('Festival Huế 2004', 'đến 2010').
 */
export function isQuantityMention(mention: NumberMention): boolean {
  if (!QUANTITY_KINDS.has(mention.kind)) return false;
  return !(mention.kind === 'cardinal' && isYearLike(mention));
}

/** True for a cardinal written as a bare year-like number. */
export function isYearLike(mention: NumberMention): boolean {
  return isYearValue(mention.value) && YEAR_LIKE.test(mention.span.text);
}

/** True for a whole number a year of the news may have (1900–2100). */
function isYearValue(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/** A bare year written alone: four digits 19xx/20xx, nothing else. */
const BARE_YEAR = /^(?:19|20)\d\d$/;

/** True when a quantity is a bare year ('2003' after the slash of 'Nghị định 79/2003'): never a count. */
export function isBareYear(q: Quantity): boolean {
  return isYearValue(q.value) && BARE_YEAR.test(q.span.text);
}

/** The Quantity record of a mention (spans stay in clean-text coordinates). */
export function quantityOf(mention: NumberMention): Quantity {
  const q: Quantity = { value: mention.value, span: { ...mention.span } };
  if (mention.max !== undefined) q.max = mention.max;
  if (mention.approx !== undefined) q.approx = mention.approx;
  if (mention.unit !== undefined) q.unit = mention.unit;
  return q;
}

/** A Quantity for a part of a mention (the numerator of '412/430'), with its own span. */
export function partQuantity(text: string, value: number, start: number, end: number): Quantity {
  return { value, span: spanOf(text, start, end) };
}

/** The mention that starts at `start`, if any. */
export function mentionAt(ctx: SentenceContext, start: number): NumberMention | undefined {
  return ctx.mentions.find((m) => m.span.start === start);
}

/** The next mention after `mention` in the sentence. */
export function nextMention(ctx: SentenceContext, mention: NumberMention): NumberMention | undefined {
  const i = ctx.mentions.indexOf(mention);
  return i >= 0 ? ctx.mentions[i + 1] : undefined;
}
