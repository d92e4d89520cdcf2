import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { byteOrderMark, decodeBytes, hasBinaryBytes } from '../../src/cli/decode.js';
import { toWindows1258 } from './support/windows-1258.js';
import { CORPUS_DIR, sampleBulletins } from './support/bulletins.js';

const vietnamese = 'Năm 2023, toàn tỉnh đã kết nạp 1.250 đảng viên mới, tăng 12% so với cùng kỳ; giảm 193 thôn, bản chưa có chi bộ.';

/** Bytes with a prefix. */
const withPrefix = (prefix: number[], bytes: Uint8Array): Uint8Array => Uint8Array.from([...prefix, ...bytes]);

describe('decodeBytes', () => {
  it('reads plain UTF-8 as utf-8', () => {
    expect(decodeBytes(Buffer.from(vietnamese))).toEqual({ text: vietnamese, encoding: 'utf-8' });
  });

  it('lets a byte-order mark decide, and drops it from the text', () => {
    expect(decodeBytes(withPrefix([0xef, 0xbb, 0xbf], Buffer.from(vietnamese)))).toEqual({ text: vietnamese, encoding: 'utf-8' });
    expect(decodeBytes(withPrefix([0xff, 0xfe], Buffer.from(vietnamese, 'utf16le')))).toEqual({ text: vietnamese, encoding: 'utf-16le' });
    const be = Buffer.from(vietnamese, 'utf16le').swap16();
    expect(decodeBytes(withPrefix([0xfe, 0xff], be))).toEqual({ text: vietnamese, encoding: 'utf-16be' });
  });

  it('reports bytes that break the encoding their byte-order mark announced', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xff]))).toEqual({ problem: 'invalid UTF-8 after its byte-order mark' });
    // an odd number of bytes cannot be UTF-16
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x62]))).toEqual({ problem: 'invalid UTF-16LE after its byte-order mark' });
    // a lone high surrogate
    expect(decodeBytes(Uint8Array.from([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x61]))).toEqual({ problem: 'invalid UTF-16BE after its byte-order mark' });
  });

  it('reports NUL or control bytes as binary, even when they happen to be valid UTF-8', () => {
    expect(decodeBytes(Buffer.from('ustar\0\0\0header\0', 'latin1'))).toEqual({ problem: 'binary file (it holds NUL bytes)' });
    expect(decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toEqual({ problem: 'binary file (it holds NUL or control bytes)' });
    expect(decodeBytes(Uint8Array.from([0xe9, 0x02, 0x61]))).toEqual({ problem: 'binary file (it holds NUL or control bytes)' });
  });

  it('reads Vietnamese written in Windows-1258, and nothing else in that code page', () => {
    const bytes = toWindows1258(vietnamese);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ encoding: 'windows-1258' });
    expect('text' in decoded && decoded.text.normalize('NFC')).toBe(vietnamese);
    // one character per byte: offsets into the text are offsets into the file
    expect('text' in decoded && decoded.text.length).toBe(bytes.length);
    const french = iconv.encode('Le gouvernement a annoncé une réforme des retraites; les syndicats ont réagi très vivement.', 'windows-1252');
    expect(decodeBytes(french)).toEqual({ problem: 'invalid UTF-8, and not Vietnamese text in Windows-1258' });
    const chinese = iconv.encode('中华人民共和国国务院今天发布了关于经济发展的新政策', 'gbk');
    expect(decodeBytes(chinese)).toEqual({ problem: 'invalid UTF-8, and not Vietnamese text in Windows-1258' });
  });

  it.each(sampleBulletins(2))('reads the bulletin %s in UTF-8, UTF-16 and Windows-1258 alike', (file) => {
    const text = readFileSync(CORPUS_DIR + file, 'utf8');
    expect(decodeBytes(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeBytes(withPrefix([0xff, 0xfe], Buffer.from(text, 'utf16le')))).toEqual({ text, encoding: 'utf-16le' });
    const legacy = decodeBytes(toWindows1258(text));
    expect(legacy).toMatchObject({ encoding: 'windows-1258' });
    expect('text' in legacy && legacy.text.normalize('NFC')).toBe(text.normalize('NFC'));
  });
});

describe('byteOrderMark', () => {
  it('names the mark at the start, or none', () => {
    expect(byteOrderMark(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
    expect(byteOrderMark(Uint8Array.from([0xff, 0xfe]))).toBe('utf-16le');
    expect(byteOrderMark(Uint8Array.from([0xfe, 0xff, 0]))).toBe('utf-16be');
    expect(byteOrderMark(Uint8Array.from([0xef, 0xbb]))).toBeUndefined();
    expect(byteOrderMark(Uint8Array.from([0x41, 0xef, 0xbb, 0xbf]))).toBeUndefined();
  });
});

describe('hasBinaryBytes', () => {
  it('allows the control characters of text, and a DOS end-of-file mark at the very end', () => {
    expect(hasBinaryBytes(Buffer.from('a\tb\r\nc\fd\ve'))).toBe(false);
    expect(hasBinaryBytes(Uint8Array.from([0x61, 0x1a]))).toBe(false);
    expect(hasBinaryBytes(Uint8Array.from([0x1a, 0x61]))).toBe(true);
    expect(hasBinaryBytes(Uint8Array.from([0x61, 0x00]))).toBe(true);
    expect(hasBinaryBytes(Uint8Array.from([0x1b]))).toBe(true);
  });
});
