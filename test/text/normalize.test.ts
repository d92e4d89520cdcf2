import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isStableNfc, normalizeInPlace, normalizeSliceInPlace, normalizeView, originalSpan, normalizeString } from '../../src/text/normalize.js';

describe('normalizeView', () => {
  it('leaves clean NFC text alone, with no map', () => {
    const view = normalizeView('Tỉnh ủy Điện Biên kết nạp 8.990 đảng viên');
    expect(view.text).toBe(view.original);
    expect(view.starts).toBeUndefined();
  });

  it('composes NFD input and maps offsets back', () => {
    const original = 'Tổng kết 4.568 lượt'.normalize('NFD');
    const view = normalizeView(original);
    expect(view.text).toBe('Tổng kết 4.568 lượt');
    const at = view.text.indexOf('4.568');
    const span = originalSpan(view, at, at + 5);
    expect(span.text).toBe('4.568');
    const word = view.text.indexOf('lượt');
    expect(originalSpan(view, word, word + 4).text.normalize('NFC')).toBe('lượt');
  });

  it('puts tone marks in one place: hoà ≡ hòa, thuỷ ≡ thủy, uỷ ≡ ủy, khoá ≡ khóa, but not quý', () => {
    expect(normalizeString('hoà')).toBe('hòa');
    expect(normalizeString('thuỷ lợi')).toBe('thủy lợi');
    expect(normalizeString('Tỉnh uỷ')).toBe('Tỉnh ủy');
    expect(normalizeString('khoá XII')).toBe('khóa XII');
    expect(normalizeString('khoẻ')).toBe('khỏe');
    expect(normalizeString('quý III')).toBe('quý III');
    expect(normalizeString('hoàng')).toBe('hoàng');
    expect(normalizeString('hòa')).toBe('hòa');
  });

  it('folds look-alike letters, quotes, dashes and spaces', () => {
    expect(normalizeString('ÐIỆN BIÊN – “trắng”\u00A0đảng viên')).toBe('ĐIỆN BIÊN - "trắng" đảng viên');
  });

  it('drops invisible characters and keeps the map honest', () => {
    const original = 'kết\u200B nạp';
    const view = normalizeView(original);
    expect(view.text).toBe('kết nạp');
    expect(originalSpan(view, 4, 7).text).toBe('nạp');
  });

  it('maps every normalized range to a slice of the original (property)', () => {
    const pieces = ['a', 'ố', 'o\u0302\u0301', 'hoà', 'uỷ', '\u200B', '\u00A0', '–', '“', 'Ð', '4.568', ' ', '\r\n', '\uD800', '😀', 'e\u0301\u0323'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const original = parts.join('');
        const view = normalizeView(original);
        const n = view.text.length;
        const start = n === 0 ? 0 : a % (n + 1);
        const end = start + (n - start === 0 ? 0 : b % (n - start + 1));
        const span = originalSpan(view, start, end);
        expect(original.slice(span.start, span.end)).toBe(span.text);
        expect(span.start).toBeLessThanOrEqual(span.end);
        // every normalized character comes from a non-empty, ordered piece of the original
        if (view.starts && view.ends) {
          for (let i = 0; i < n; i++) {
            expect(view.ends[i]).toBeGreaterThan(view.starts[i] as number);
            if (i > 0) expect(view.starts[i]).toBeGreaterThanOrEqual(view.starts[i - 1] as number);
          }
        } else {
          expect(view.text).toBe(original);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is its own view for every character of the BMP, alone and between letters', () => {
    // Greek oxia (U+1FFD) is the acute accent U+00B4 after NFC, which is folded in turn
    const unstable: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      for (const input of [String.fromCharCode(code), `a${String.fromCharCode(code)}b`]) {
        const once = normalizeView(input).text;
        if (normalizeView(once).text !== once) unstable.push(code.toString(16));
      }
    }
    expect(unstable).toEqual([]);
  });
});

describe('normalizeInPlace', () => {
  it('returns clean text itself', () => {
    const text = 'Tỉnh ủy Điện Biên có 5 xã.';
    expect(normalizeInPlace(text)).toBe(text);
  });

  it('replaces quotes, dashes and spaces one for one, and moves tone marks', () => {
    expect(normalizeInPlace('“Hoà bình” – thuỷ\u00a0lợi')).toBe('"Hòa bình" - thủy lợi');
  });

  it('gives up when a character is dropped, split or composed', () => {
    expect(normalizeInPlace('a\u200bb')).toBeUndefined();
    expect(normalizeInPlace('Tổng'.normalize('NFD'))).toBeUndefined();
    expect(normalizeInPlace('x\u0344')).toBeUndefined();
    expect(normalizeInPlace('“😀”')).toBeUndefined();
  });

  it('agrees with normalizeView whenever it answers', () => {
    const pieces = ['a', 'o', 'u', 'q', 'à', 'ẻ', 'ỷ', '“', '–', '\t', '\u00a0', '\u200b', '\u0301', 'ð', '０', '😀', ' ', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const view = normalizeView(text);
        const same = normalizeInPlace(text);
        if (same !== undefined) expect(same).toBe(view.text);
        if (same !== undefined && same !== text) expect(view.starts?.every((s, i) => s === i && view.ends?.[i] === i + 1)).toBe(true);
      }),
    );
  });
});

describe('normalizeSliceInPlace', () => {
  it('reads a slice of the input in place, giving the slice itself when it is normalized already', () => {
    const input = 'Có “5” xã hoà bình';
    const text = input.slice(0, 2);
    expect(normalizeSliceInPlace(input, 0, 2, text)).toBe(text);
    expect(normalizeSliceInPlace(input, 0, 6, input.slice(0, 6))).toBe('Có "5"');
    const at = input.indexOf('hoà');
    expect(normalizeSliceInPlace(input, at, at + 3, 'hoà')).toBe('hòa');
    expect(normalizeSliceInPlace(input, at, at + 2, 'ho')).toBe('ho');
  });

  it('agrees with normalizeInPlace on the slice', () => {
    const pieces = ['a', 'o', 'u', 'q', 'à', 'ẻ', 'ỷ', '“', '\u0301', '😀', ' ', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const input = parts.join('');
        const from = x % (input.length + 1);
        const to = from + (y % (input.length - from + 1));
        const slice = input.slice(from, to);
        expect(normalizeSliceInPlace(input, from, to, slice)).toBe(normalizeInPlace(slice));
        expect(isStableNfc(input, from, to)).toBe(isStableNfc(slice));
      }),
    );
  });
});
