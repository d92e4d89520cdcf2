/**
 * Typed errors for bad input: each says what was wrong and where.
 * @module
 */

/** Base class of every error solieu throws on purpose. */
export class SolieuError extends Error {
  /** A stable machine-readable code, e.g. `'input-too-large'`. */
  readonly code: string;

  /** Makes an error with a code and a message. */
  constructor(code: string, message: string) {
    super(message);
    this.name = 'SolieuError';
    this.code = code;
  }
}

/** The input is not a string (or otherwise not something solieu reads). */
export class InvalidInputError extends SolieuError {
  /** Makes the error for a value of the wrong type, naming the function that got it. */
  constructor(fn: string, received: unknown) {
    super('invalid-input', `${fn}: expected a string, got ${describe(received)}`);
    this.name = 'InvalidInputError';
  }
}

/** The input is longer than the configured maximum. */
export class InputTooLargeError extends SolieuError {
  /** Length of the rejected input, in UTF-16 code units. */
  readonly length: number;
  /** The maximum in force. */
  readonly maxLength: number;

  /**
   * Makes the error for an input of `length` code units past `maxLength`. `configurable` says
   * whether `fn` takes `options.maxLength`; the message tells how to get past the limit either way.
   */
  constructor(fn: string, length: number, maxLength: number, configurable = true) {
    const remedy = configurable ? 'set options.maxLength to raise it' : 'split the text, or read it with parseArticle or extract and a larger options.maxLength';
    super('input-too-large', `${fn}: input is ${length} characters, more than the maximum of ${maxLength} (${remedy})`);
    this.name = 'InputTooLargeError';
    this.length = length;
    this.maxLength = maxLength;
  }
}

/** A short description of a value's type for an error message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Default largest input: 64 MiB worth of UTF-16 code units. */
export const DEFAULT_MAX_LENGTH = 64 * 1024 * 1024;

/**
 * Throws unless `input` is a string no longer than `maxLength`. Without a `maxLength` the limit is
 * {@link DEFAULT_MAX_LENGTH}, which `fn` offers no option to change.
 */
export function assertInput(fn: string, input: unknown, maxLength?: number): asserts input is string {
  if (typeof input !== 'string') throw new InvalidInputError(fn, input);
  const limit = maxLength ?? DEFAULT_MAX_LENGTH;
  if (input.length > limit) throw new InputTooLargeError(fn, input.length, limit, maxLength !== undefined);
}
