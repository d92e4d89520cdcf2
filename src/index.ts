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
} from './types.js';
export { SolieuError, InvalidInputError, InputTooLargeError, DEFAULT_MAX_LENGTH } from './errors.js';
export { normalizeView, originalSpan, originalStart, originalEnd, normalizeString } from './text/normalize.js';
export type { NormalizedText } from './text/normalize.js';
export { parseArticle } from './document/index.js';
export { parseNumber, findNumbers, toWords, parseOrdinal, formatNumber, NumberRangeError } from './numerals/index.js';
export type { FoundNumber, FormatOptions } from './numerals/index.js';
