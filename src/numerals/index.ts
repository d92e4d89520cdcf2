/**
 * The numerals module: parse, find and write Vietnamese numbers.
 * @module
 */
export { parseNumber, parseOrdinal } from './parse-number.js';
export { findNumbers } from './find-numbers.js';
export type { FoundNumber } from './find-numbers.js';
export { toWords, NumberRangeError } from './to-words.js';
export { formatNumber } from './format.js';
export type { FormatOptions } from './format.js';
