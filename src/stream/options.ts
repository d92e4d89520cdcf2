/**
 * Checks the options of extractStream before any document is read.
 * @module
 */
import type { InputFormat } from '../types.js';
import type { StreamOptions } from './types.js';
import { SolieuError } from '../errors.js';
import { checkFormat, checkMaxLength } from '../document/options.js';

/** Documents per batch when the options do not say. */
export const DEFAULT_BATCH_SIZE = 16;

/** A batch closes early once it holds this many UTF-16 code units of text (1 MiB). */
export const BATCH_TEXT_LIMIT = 1024 * 1024;

/** Heap limit of each worker thread, in MB, when the options do not say. */
export const DEFAULT_WORKER_HEAP_MB = 512;

/** Options with their defaults filled in. */
export interface ResolvedStreamOptions {
  /** Worker threads (1 = in the calling thread). */
  workers: number;
  /** Documents per batch. */
  batchSize: number;
  /** Default input format. */
  format: InputFormat;
  /** Largest document, or undefined for extract's default. */
  maxLength: number | undefined;
  /** Heap limit of each worker thread, in MB. */
  workerHeapMb: number;
}

/** Throws a SolieuError naming the option unless `value` is a positive integer. */
function positiveInteger(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new SolieuError('invalid-option', `extractStream: options.${name} must be a positive integer, got ${JSON.stringify(value) ?? String(value)}`);
  }
  return value;
}

/** Validates the options and fills in the defaults; throws a SolieuError for a bad one. */
export function resolveStreamOptions(options: StreamOptions | undefined): ResolvedStreamOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new SolieuError('invalid-option', `extractStream: options must be an object, got ${options === null ? 'null' : typeof options}`);
  }
  const format = checkFormat('extractStream', options?.format);
  const maxLength = options?.maxLength === undefined ? undefined : checkMaxLength('extractStream', options.maxLength);
  return {
    workers: positiveInteger('workers', options?.workers, 1),
    batchSize: positiveInteger('batchSize', options?.batchSize, DEFAULT_BATCH_SIZE),
    workerHeapMb: positiveInteger('workerHeapMb', options?.workerHeapMb, DEFAULT_WORKER_HEAP_MB),
    format,
    maxLength,
  };
}
