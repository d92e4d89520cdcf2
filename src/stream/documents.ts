/**
 * Turns one stream item into a job for extract, or into the error it deserves.
 * @module
 */
import type { InputFormat } from '../types.js';
import type { StreamDocument, StreamError } from './types.js';
import type { ResolvedStreamOptions } from './options.js';
import { DEFAULT_MAX_LENGTH, InputTooLargeError, SolieuError } from '../errors.js';
import { isInputFormat } from '../document/options.js';

/** What extract needs for one document. */
export interface ExtractionJob {
  /** The text to read. */
  text: string;
  /** Its input format. */
  format: InputFormat;
  /** The largest text accepted, or undefined for the default. */
  maxLength: number | undefined;
}

/** A job, or the error that stops the document before it reaches extract. */
export type PreparedDocument = { job: ExtractionJob } | { error: StreamError };

/** A short description of a value's type, for a message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** The code and message of anything thrown, for a result item. */
export function toStreamError(err: unknown): StreamError {
  if (err instanceof SolieuError) return { code: err.code, message: err.message };
  if (err instanceof Error) return { code: 'extract-failed', message: `${err.name}: ${err.message}` };
  return { code: 'extract-failed', message: String(err) };
}

/**
 * Checks one stream item (the `index`-th): a string, or an object with a string `text` and
 * an optional known `format`, no longer than the maximum.
 */
export function prepareDocument(item: unknown, index: number, options: ResolvedStreamOptions): PreparedDocument {
  let text: unknown = item;
  let format: unknown = options.format;
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const doc = item as Partial<StreamDocument>;
    text = doc.text;
    if (doc.format !== undefined) format = doc.format;
    if (typeof text !== 'string') {
      return { error: { code: 'invalid-input', message: `extractStream: document ${index} needs a string 'text' field, got ${describe(text)}` } };
    }
  } else if (typeof text !== 'string') {
    return { error: { code: 'invalid-input', message: `extractStream: document ${index} must be a string or an object with a 'text' field, got ${describe(item)}` } };
  }
  if (!isInputFormat(format)) {
    return { error: { code: 'invalid-input', message: `extractStream: document ${index} has an unknown format ${JSON.stringify(format)}` } };
  }
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if ((text as string).length > maxLength) {
    return { error: toStreamError(new InputTooLargeError(`extractStream (document ${index})`, (text as string).length, maxLength)) };
  }
  return { job: { text: text as string, format, maxLength: options.maxLength } };
}
