/**
 * Reads the planned inputs one at a time and yields their documents, or the problem each bad
 * input has; a JSON Lines archive is read a line at a time, never whole.
 * @module
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { InputItem } from './input-items.js';
import type { PlannedInput } from './folders.js';
import { decodeBytes } from './decode.js';
import { describeFsError } from './fs-errors.js';
import { readJsonLines } from './jsonl.js';

/** The source name of standard input. */
export const STDIN_NAME = 'stdin';

/** How to read the inputs. */
export interface ReadOptions {
  /** The JSON Lines field holding the text. */
  jsonlField: string;
  /** Standard input. */
  stdin: Readable;
  /** Largest document or line, in bytes: larger ones are reported without being read whole. */
  maxBytes: number;
}

/** Yields the documents of every input in order, and a problem for each one that cannot be read. */
export async function* readInputs(inputs: Iterable<PlannedInput>, options: ReadOptions): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    const name = input.path ?? STDIN_NAME;
    if (input.kind === 'jsonl') {
      yield* readJsonLinesInput(input.path, name, options);
      continue;
    }
    if (input.size !== undefined && input.size > options.maxBytes) {
      yield { problem: { source: name, reason: tooLarge(input.size, options.maxBytes) } };
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = input.path === undefined ? await readWhole(options.stdin, options.maxBytes) : await readFile(input.path);
    } catch (err) {
      yield { problem: { source: name, reason: err instanceof TooLargeError ? tooLarge(err.bytes, options.maxBytes) : describeFsError(err) } };
      continue;
    }
    const decoded = decodeBytes(bytes);
    if ('problem' in decoded) yield { problem: { source: name, reason: decoded.problem } };
    else yield { document: { source: name, encoding: decoded.encoding, input: {}, text: decoded.text, bytes: bytes.length } };
  }
}

/** The reason given for an input past the size limit. */
function tooLarge(bytes: number, maxBytes: number): string {
  return `too large (${bytes} bytes; the limit is ${maxBytes})`;
}

/** A stream went past the size limit after `bytes` bytes. */
class TooLargeError extends Error {
  /** Bytes read when the limit was passed. */
  readonly bytes: number;

  /** Makes the error for a stream past the limit after `bytes` bytes. */
  constructor(bytes: number) {
    super(`more than ${bytes} bytes`);
    this.bytes = bytes;
  }
}

/** All of a stream's bytes, or a TooLargeError once they pass `maxBytes`. */
async function readWhole(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += bytes.length;
    if (length > maxBytes) throw new TooLargeError(length);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}

/** The documents of a JSON Lines file or of stdin, or the problem of a file that cannot be opened. */
async function* readJsonLinesInput(path: string | undefined, name: string, options: ReadOptions): AsyncGenerator<InputItem> {
  const stream = path === undefined ? options.stdin : createReadStream(path);
  try {
    yield* readJsonLines(stream as AsyncIterable<Uint8Array>, { name, field: options.jsonlField, maxLineBytes: options.maxBytes });
  } catch (err) {
    yield { problem: { source: name, reason: describeFsError(err) } };
  } finally {
    if (path !== undefined) stream.destroy();
  }
}
