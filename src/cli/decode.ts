/**
 * Bytes of a file to text: a byte-order mark decides; else strict UTF-8; else a file with NUL or
 * control bytes is binary; else Windows-1258 when the result reads as Vietnamese; else the file
 * is reported as undecodable.
 * @module
 */
import iconv from 'iconv-lite';
import { readsAsVietnamese } from './reads-as-vietnamese.js';

/** The encodings the command line reads, as they appear in the output's `encoding` field. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** A file's text with the encoding it was read in, or why it could not be read. */
export type DecodeResult = { text: string; encoding: TextEncodingName } | { problem: string };

/** Byte-order marks and the encodings they announce, longest first. */
const BYTE_ORDER_MARKS: readonly { bytes: readonly number[]; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding announced by a byte-order mark at the start of `bytes`, if there is one. */
export function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
  return BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((b, i) => bytes[i] === b))?.encoding;
}

/** Decodes `bytes` strictly in `encoding` (a leading byte-order mark is dropped), or undefined when they are not valid. */
function strictDecode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** True when `bytes` holds a NUL byte. */
export function hasNul(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/**
 * True when `bytes` holds a NUL or a control byte that text does not use: anything below 0x20
 * except tab, line feed, vertical tab, form feed and carriage return, and except a DOS end-of-file
 * mark (0x1A) as the last byte.
 */
export function hasBinaryBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    if (b === 0x1a && i === bytes.length - 1) continue;
    return true;
  }
  return false;
}

/** Decodes the bytes of one file, or says why they are not text. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const announced = byteOrderMark(bytes);
  if (announced) {
    const text = strictDecode(bytes, announced);
    return text === undefined ? { problem: `invalid ${announced.toUpperCase()} after its byte-order mark` } : { text, encoding: announced };
  }
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== undefined) {
    // Valid UTF-8 can still be binary (a tar archive, UTF-16 without its mark): text has no NUL.
    return hasNul(bytes) ? { problem: 'binary file (it holds NUL bytes)' } : { text: utf8, encoding: 'utf-8' };
  }
  if (hasBinaryBytes(bytes)) return { problem: 'binary file (it holds NUL or control bytes)' };
  const windows1258 = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1258');
  if (readsAsVietnamese(windows1258)) return { text: windows1258, encoding: 'windows-1258' };
  return { problem: 'invalid UTF-8, and not Vietnamese text in Windows-1258' };
}
