/**
 * The public record shapes of solieu. Offsets everywhere are UTF-16 indexes into the ORIGINAL
 * input string, so `input.slice(span.start, span.end) === span.text` always holds.
 * @module
 */

/** A piece of the original input: `input.slice(start, end) === text`. */
export interface Span {
  /**
   * UTF-16 index of the first character in the original input.
   * @asType integer
   * @minimum 0
   */
  start: number;
  /**
   * UTF-16 index one past the last character in the original input.
   * @asType integer
   * @minimum 0
   */
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

/**
 * Options shared by {@link parseArticle} and `extract`. A bad option (an unknown format, a
 * negative or fractional limit, NaN) throws a `SolieuError` with code `'invalid-option'`.
 */
export interface Options {
  /**
   * 'auto' (default): HTML when the input is an HTML document or fragment; Markdown when it has
   * clear Markdown structure (ATX headings, link syntax, list blocks); otherwise plain text.
   */
  format?: InputFormat;
  /**
   * Largest input accepted, in UTF-16 code units (default 64 MiB worth); larger inputs throw
   * {@link InputTooLargeError}. A whole number, zero or more, or Infinity.
   */
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

/** Fields every fact carries. */
export interface FactBase {
  /** Unique within one {@link Extraction}: 'f1', 'f2', … */
  id: string;
  /** The whole phrase the fact was read from. */
  span: Span;
  /** The sentence holding it. */
  sentence: Span;
  /** Which part of the article it comes from. */
  section: Section;
  /** Id of the rule that made it, 'kind/short-name' ('change/from-to'). */
  rule: string;
  /** A goal for the future ('phấn đấu', 'mục tiêu', 'chỉ tiêu … năm 2025'), not a result. */
  target?: boolean;
  /** Id of the PeriodFact or DateFact that scopes it, when the text says. */
  period?: string;
}

/** '<action> <n> <entity>': 'kết nạp 8.990 đảng viên mới'. */
export interface CountFact extends FactBase {
  /** Discriminant. */
  kind: 'count';
  /** How many. */
  quantity: Quantity;
  /** What is counted, classifier included: 'lượt cấp ủy viên, bí thư chi bộ'. */
  entity: string;
  /** The verb phrase that governs it: 'kết nạp'. */
  action?: string;
  /** The whole it is part of: '925/962 xã', '50 trong tổng số 88 thôn'. */
  total?: Quantity;
}

/** 'bình quân mỗi năm kết nạp 2.247 đảng viên'. */
export interface AverageFact extends FactBase {
  /** Discriminant. */
  kind: 'average';
  /** The average figure. */
  quantity: Quantity;
  /** The unit of time or thing it is averaged over: 'năm', 'người'. */
  per: string;
  /** What is counted. */
  entity?: string;
  /** The verb phrase that governs it. */
  action?: string;
  /** Id of the CountFact giving the total it averages ('kết nạp 8.990 đảng viên mới'), when the article states one. */
  totalFact?: string;
  /** Length of the scoping period in units of `per`, as used for the check (the period through `period` or its paragraph). */
  periods?: number;
  /** Present when a total and the period's length are known: whether total ÷ length gives the average (rounding allowed). */
  consistent?: boolean;
}

/** 'đạt trên 112% kế hoạch', '100% trường học đã có chi bộ'. */
export interface PercentFact extends FactBase {
  /** Discriminant. */
  kind: 'percent';
  /** The percentage (112 for 112%). */
  quantity: Quantity;
  /** What it is a percentage of: 'kế hoạch', 'dự toán'. */
  of?: string;
  /** What the percentage describes: 'trường học đã có chi bộ'. */
  entity?: string;
  /** A rate's period: 'năm' for '%/năm'. */
  per?: string;
}

/** '3,5 tỷ đồng', '52,3 triệu đồng/người/năm'. */
export interface MoneyFact extends FactBase {
  /** Discriminant. */
  kind: 'money';
  /** The amount, in `currency`. */
  quantity: Quantity;
  /** ISO 4217: 'VND' for đồng, 'USD' …; the value stays in that currency. */
  currency: string;
  /** What the money is for or of. */
  entity?: string;
  /** 'triệu đồng/người/năm' → 'người/năm'. */
  per?: string;
}

/** 'từ 328 bản xuống còn 135 bản', 'tăng 8,32% so với cùng kỳ'. */
export interface ChangeFact extends FactBase {
  /** Discriminant. */
  kind: 'change';
  /** Which way it went. */
  direction: 'increase' | 'decrease';
  /** What changed. */
  entity?: string;
  /** The figure before. */
  before?: Quantity;
  /** The figure after. */
  after?: Quantity;
  /** Always the magnitude (positive); `direction` carries the sign. */
  delta?: Quantity;
  /** absolute: same unit as before/after; percent: relative to before; point: percentage points of a rate. */
  deltaUnit?: 'absolute' | 'percent' | 'point';
  /** Present when before, after and delta are all known: whether they agree. */
  consistent?: boolean;
  /** What it is compared with: 'cùng kỳ năm 2019', 'nhiệm kỳ 2015-2020'. */
  baseline?: string;
  /** 'tăng 2,6 lần' → 2.6. */
  multiplier?: number;
  /** 'năm' for 'giảm bình quân 2,5%/năm'. */
  per?: string;
}

/** A calendar position, as precise as the text gives it. */
export interface DateParts {
  /**
   * Four-digit year.
   * @asType integer
   */
  year?: number;
  /**
   * 1–4.
   * @asType integer
   * @minimum 1
   * @maximum 4
   */
  quarter?: number;
  /**
   * 1–12.
   * @asType integer
   * @minimum 1
   * @maximum 12
   */
  month?: number;
  /**
   * 1–31.
   * @asType integer
   * @minimum 1
   * @maximum 31
   */
  day?: number;
}

/** 'Từ năm 2016 đến nay', 'giai đoạn 2016-2020', 'Qua 3 năm'. */
export interface PeriodFact extends FactBase {
  /** Discriminant. */
  kind: 'period';
  /** First moment, inclusive. */
  from?: DateParts;
  /** Last moment, inclusive, or 'now'. */
  to?: DateParts | 'now';
  /** How long: 'Qua 3 năm' → 3 năm. */
  duration?: Duration;
}

/** A length of time: 'Qua 3 năm' → { value: 3, unit: 'năm' }. */
export interface Duration {
  /** How many units. */
  value: number;
  /** The unit of time. */
  unit: 'năm' | 'quý' | 'tháng' | 'tuần' | 'ngày';
}

/** 'ngày 5/8/2020', 'sáng 22/7'. */
export interface DateFact extends FactBase {
  /** Discriminant. */
  kind: 'date';
  /** The date, as precise as written. */
  date: DateParts;
}

/** 'Nghị quyết 04-NQ/TU', 'Chỉ thị số 05 của Bộ Chính trị'. */
export interface ReferenceFact extends FactBase {
  /** Discriminant. */
  kind: 'reference';
  /** 'Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quyết định', 'Kế hoạch', 'Quy định' … */
  docType: string;
  /** As written: '04', '05', '4'. */
  number?: string;
  /** 'NQ/TU', 'CT/TW', 'NQ-HĐND'. */
  symbol?: string;
  /** 'Tỉnh ủy', 'Bộ Chính trị', 'Trung ương'. */
  issuer?: string;
  /**
   * 'khóa XII' → 12.
   * @asType integer
   * @minimum 1
   */
  term?: number;
}

/** 'đồng chí Lò Văn Muôn, Phó Bí thư Thường trực Tỉnh ủy'. */
export interface PersonFact extends FactBase {
  /** Discriminant. */
  kind: 'person';
  /** The person's name. */
  name: string;
  /** Their titles, in order. */
  titles: string[];
  /** 'đồng chí', 'ông', 'bà'. */
  honorific?: string;
}

/** 'Tỉnh ủy', 'HĐND tỉnh', 'Bộ Chính trị'. */
export interface OrganizationFact extends FactBase {
  /** Discriminant. */
  kind: 'organization';
  /** As written (clean text). */
  name: string;
  /** The abbreviation spelled out: 'HĐND' → 'Hội đồng nhân dân'. */
  expansion?: string;
}

/** 'Điện Biên', 'huyện Mường Nhé', 'bản Huổi Lếch'. */
export interface PlaceFact extends FactBase {
  /** Discriminant. */
  kind: 'place';
  /** The place name (clean text). */
  name: string;
  /** 'tỉnh', 'huyện', 'xã', 'thôn', 'bản' … when known. */
  level?: string;
}

/** Every kind of fact. */
export type Fact =
  | CountFact
  | AverageFact
  | PercentFact
  | MoneyFact
  | ChangeFact
  | PeriodFact
  | DateFact
  | ReferenceFact
  | PersonFact
  | OrganizationFact
  | PlaceFact;

/** The kinds of {@link Fact}. */
export type FactKind = Fact['kind'];

/** The whole result: structure plus facts. */
export interface Extraction {
  /** The article's structure. */
  article: Article;
  /** Every fact, in text order. */
  facts: Fact[];
}
