/**
 * Checks the reading options of parseArticle and extract (and the per-document ones of
 * extractStream) before any reading, so a misspelled format or a bad limit is an error rather
 * than a silent default.
 * @module
 */
import type { InputFormat, Options } from '../types.js';
import { DEFAULT_MAX_LENGTH, SolieuError } from '../errors.js';

/** The input formats a caller may name. */
export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'markdown', 'html'];

/** True when `value` is one of the input formats. */
export function isInputFormat(value: unknown): value is InputFormat {
  return typeof value === 'string' && (INPUT_FORMATS as readonly string[]).includes(value);
}

/** Reading options with their defaults filled in. */
export interface ResolvedOptions {
  /** The format asked for ('auto' when none). */
  format: InputFormat;
  /** The largest input accepted. */
  maxLength: number;
}

/** A value as an error message shows it. */
function shown(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : (JSON.stringify(value) ?? String(value));
}

/**
 * The format a caller asked for, checked: throws a SolieuError with code `'invalid-option'`,
 * naming `fn` and the option, unless it is one of {@link INPUT_FORMATS} (undefined gives 'auto').
 */
export function checkFormat(fn: string, format: unknown, option = 'options.format'): InputFormat {
  if (format === undefined) return 'auto';
  if (!isInputFormat(format)) throw new SolieuError('invalid-option', `${fn}: ${option} must be one of ${INPUT_FORMATS.join(', ')}, got ${shown(format)}`);
  return format;
}

/**
 * The largest input a caller allows, checked: a whole number of UTF-16 code units, zero or more
 * (Infinity allowed); undefined gives `fallback`. Throws a SolieuError with code
 * `'invalid-option'` otherwise (NaN, a negative or fractional number, a string).
 */
export function checkMaxLength(fn: string, maxLength: unknown, fallback: number = DEFAULT_MAX_LENGTH): number {
  if (maxLength === undefined) return fallback;
  if (typeof maxLength !== 'number' || !(maxLength >= 0) || !(Number.isInteger(maxLength) || maxLength === Infinity)) {
    throw new SolieuError('invalid-option', `${fn}: options.maxLength must be a whole number of characters, zero or more, got ${shown(maxLength)}`);
  }
  return maxLength;
}

/** Checks the reading options of `fn` and fills in the defaults; throws a SolieuError for a bad one. */
export function resolveOptions(fn: string, options: Options | undefined): ResolvedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new SolieuError('invalid-option', `${fn}: options must be an object, got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`);
  }
  return { format: checkFormat(fn, options?.format), maxLength: checkMaxLength(fn, options?.maxLength) };
}
