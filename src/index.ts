/**
 * solieu reads Vietnamese party and local-government news articles and turns the figures they
 * report into typed, checkable records.
 * @module
 */
export type {
  Span,
  Approx,
  Quantity,
  NumberKind,
  NumberMention,
  Section,
  InputFormat,
  Options,
  Paragraph,
  Sentence,
  Article,
  FactBase,
  CountFact,
  AverageFact,
  PercentFact,
  MoneyFact,
  ChangeFact,
  DateParts,
  Duration,
  PeriodFact,
  DateFact,
  ReferenceFact,
  PersonFact,
  OrganizationFact,
  PlaceFact,
  Fact,
  FactKind,
  Extraction,
} from './types.js';
export { SolieuError, InvalidInputError, InputTooLargeError, DEFAULT_MAX_LENGTH } from './errors.js';
export { normalizeView, originalSpan, originalStart, originalEnd, normalizeString } from './text/normalize.js';
export type { NormalizedText } from './text/normalize.js';
export { parseArticle } from './document/index.js';
export { parseNumber, findNumbers, toWords, parseOrdinal, formatNumber, NumberRangeError } from './numerals/index.js';
export type { FoundNumber, FormatOptions } from './numerals/index.js';
export { extract, createExtractor } from './extract/extractor.js';
export type { Extractor, ExtractorConfig } from './extract/extractor.js';
export { extractStream } from './stream/index.js';
export type { StreamDocument, StreamOptions, StreamResult, StreamError, StreamSource } from './stream/index.js';
export { DEFAULT_LEXICON } from './extract/lexicon.js';
export type { Lexicon, CompiledLexicon, Direction } from './extract/lexicon.js';
export type { Rule, RuleTrigger, SentenceRefiner } from './rules/rule.js';
export type { SentenceContext } from './extract/sentence-context.js';
export type { Draft, DraftOf, WithoutBase, KindOf } from './extract/draft.js';
export { PhraseTable } from './tagging/phrase-table.js';
export type { PhraseMatch } from './tagging/phrase-table.js';
export { DEFAULT_RULES } from './rules/index.js';
export { WindowTagger, vietnamesePlugin } from './tagging/compromise.js';
export type { TaggedTerm, VietnamesePlugin } from './tagging/compromise.js';
export type { PlainLeading } from './tagging/compromise-plain.js';
