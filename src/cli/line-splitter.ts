/**
 * Splits a byte stream into lines without holding more than one line in memory, so a JSON Lines
 * archive of any size is read a line at a time.
 * @module
 */

/** One line of a byte stream, numbered from 1, without its line break; or a line that was too long to keep. */
export type ByteLine = { number: number; bytes: Uint8Array } | { number: number; tooLong: number };

/** The line feed byte. */
const LF = 0x0a;
/** The carriage return byte. */
const CR = 0x0d;

/** `bytes` without one trailing carriage return. */
function withoutCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}

/**
 * Yields the lines of `chunks` (split at line feeds; a carriage return before one is dropped).
 * A line longer than `maxLineBytes` is not kept: it is yielded as `{ number, tooLong: bytes }` and
 * the stream goes on at the next line.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<ByteLine> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let skipped = 0;
  let number = 1;
  /** The line collected so far, ended. */
  const finish = (): ByteLine => {
    const line: ByteLine = skipped > 0 ? { number, tooLong: skipped } : { number, bytes: withoutCr(join(parts, length)) };
    parts = [];
    length = 0;
    skipped = 0;
    number++;
    return line;
  };
  /** Adds a piece of the current line, or counts it once the line is past the limit. */
  const add = (piece: Uint8Array): void => {
    if (skipped > 0 || length + piece.length > maxLineBytes) {
      skipped = skipped > 0 ? skipped + piece.length : length + piece.length;
      parts = [];
      length = 0;
    } else if (piece.length > 0) {
      // Copy (Buffer's slice does not): a stream may reuse its chunk buffers.
      parts.push(new Uint8Array(piece));
      length += piece.length;
    }
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let at = chunk.indexOf(LF); at !== -1; at = chunk.indexOf(LF, from)) {
      add(chunk.subarray(from, at));
      yield finish();
      from = at + 1;
    }
    add(chunk.subarray(from));
  }
  if (length > 0 || skipped > 0) yield finish();
}

/** The pieces concatenated. */
function join(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
