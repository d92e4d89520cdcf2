/**
 * JSON Lines to documents: one document per line, its text in a named field, the line's other
 * fields kept as the document's `input`.
 * @module
 */
import type { InputItem } from './input-items.js';
import { splitLines } from './line-splitter.js';
import { byteOrderMark } from './decode.js';

/** How to read a JSON Lines stream. */
export interface JsonLinesOptions {
  /** The name sources start with: the path, or `stdin`. */
  name: string;
  /** The field holding the text. */
  field: string;
  /** Longest line kept, in bytes; longer lines are reported as too large. */
  maxLineBytes: number;
}

/** A short description of a JSON value's type, for a message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The message of a JSON.parse error, or of anything thrown. */
function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Reads the lines of `chunks` as JSON Lines: a document per line, a problem per bad line. Blank lines are skipped. */
export async function* readJsonLines(chunks: AsyncIterable<Uint8Array>, options: JsonLinesOptions): AsyncGenerator<InputItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for await (const line of splitLines(chunks, options.maxLineBytes)) {
    const source = `${options.name}:${line.number}`;
    if ('tooLong' in line) {
      yield { problem: { source, reason: `line too large (${line.tooLong} bytes; the limit is ${options.maxLineBytes})` } };
      continue;
    }
    let bytes = line.bytes;
    if (line.number === 1) {
      const mark = byteOrderMark(bytes);
      if (mark === 'utf-16le' || mark === 'utf-16be') {
        yield { problem: { source: options.name, reason: `JSON Lines must be UTF-8 (found a ${mark.toUpperCase()} byte-order mark)` } };
        return;
      }
      if (mark === 'utf-8') bytes = bytes.subarray(3);
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      yield { problem: { source, reason: 'invalid UTF-8' } };
      continue;
    }
    if (text.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (err) {
      yield { problem: { source, reason: `not JSON (${messageOf(err)})` } };
      continue;
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      yield { problem: { source, reason: `not a JSON object (got ${describe(record)})` } };
      continue;
    }
    const { [options.field]: article, ...input } = record as Record<string, unknown>;
    if (typeof article !== 'string') {
      const got = article === undefined ? 'it is missing' : `got ${describe(article)}`;
      yield { problem: { source, reason: `no string field '${options.field}' (${got})` } };
      continue;
    }
    yield { document: { source, encoding: 'utf-8', input, text: article, bytes: line.bytes.length + 1 } };
  }
}
