/**
 * The public record shapes of solieu. Offsets everywhere are UTF-16 indexes into the ORIGINAL
 * input string, so `input.slice(span.start, span.end) === span.text` always holds.
 * @module
 */

/** A piece of the original input: `input.slice(start, end) === text`. */
export interface Span {
  /** UTF-16 index of the first character in the original input. */
  start: number;
  /** UTF-16 index one past the last character in the original input. */
  end: number;
  /** The original text between `start` and `end`, exactly as written. */
  text: string;
}

/** How a qualifier bends a figure: 'hơn'/'trên' → over, 'dưới' → under, 'khoảng' → about, 'gần' → nearly, 'ít nhất' → at_least, 'tối đa' → at_most. */
export type Approx = 'over' | 'under' | 'about' | 'nearly' | 'at_least' | 'at_most';

/** A normalized figure with its provenance. */
export interface Quantity {
  /** The normalized value: '4.568' → 4568, '1,2 triệu' → 1200000, '25,3%' → 25.3. */
  value: number;
  /** Upper end of a range: 'từ 90 - 100' → value 90, max 100. */
  max?: number;
  /** The qualifier that makes the figure approximate, when the text gives one. */
  approx?: Approx;
  /** '%', 'đồng', 'USD', 'ha', 'km', 'tấn' … where the text gives one. */
  unit?: string;
  /** The numeral with its qualifier, scale words and unit. */
  span: Span;
}

/** The kinds of numeral mention {@link findNumbers} reports. */
export type NumberKind =
  | 'cardinal'
  | 'decimal'
  | 'percent'
  | 'money'
  | 'ordinal'
  | 'year'
  | 'roman'
  | 'range'
  | 'fraction';

/** One numeral mention found in a text. */
export interface NumberMention extends Quantity {
  /** What sort of numeral it is. */
  kind: NumberKind;
  /** For kind 'fraction': the part ('412' in '412/430'). */
  numerator?: number;
  /** For kind 'fraction': the whole ('430' in '412/430'). */
  denominator?: number;
}

/** Which part of an article a sentence or fact comes from. */
export type Section = 'title' | 'lead' | 'body';

/** The input formats {@link parseArticle} reads. */
export type InputFormat = 'auto' | 'text' | 'markdown' | 'html';

/** Options shared by {@link parseArticle} and `extract`. */
export interface Options {
  /**
   * 'auto' (default): HTML when the input is an HTML document or fragment; Markdown when it has
   * clear Markdown structure (ATX headings, link syntax, list blocks); otherwise plain text.
   */
  format?: InputFormat;
  /** Largest input accepted, in UTF-16 code units (default 64 MiB worth); larger inputs throw {@link InputTooLargeError}. */
  maxLength?: number;
}

/** A body paragraph. */
export interface Paragraph {
  /** The paragraph in the original input. */
  span: Span;
}

/** A sentence of the title, lead or body. */
export interface Sentence {
  /** The sentence in the original input. */
  span: Span;
  /** Which part of the article it belongs to. */
  section: Section;
}

/** The structure of one article. */
export interface Article {
  /** The headline, as written, dateline included: 'Điện Biên: Tổng kết …'. Clean text. */
  title?: string;
  /** The sapo: the line or paragraph after the title, when the article has one. Clean text. */
  lead?: string;
  /** A place opening the title or lead ('Điện Biên:', 'ĐIỆN BIÊN -'); never an outlet code. */
  dateline?: string;
  /** Which format the input was read as. */
  format: Exclude<InputFormat, 'auto'>;
  /** The title's position in the original input. */
  titleSpan?: Span;
  /** The lead's position in the original input. */
  leadSpan?: Span;
  /** The dateline's position in the original input. */
  datelineSpan?: Span;
  /** Body paragraphs: title, lead and site furniture excluded. */
  paragraphs: Paragraph[];
  /** Sentences of the title, lead and body, in order. */
  sentences: Sentence[];
  /** Lines or blocks recognized as site furniture and dropped, so that nothing vanishes silently. */
  dropped: Span[];
}
