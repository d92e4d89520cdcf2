import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers, formatNumber, parseNumber, toWords } from '../../src/numerals/index.js';
import { describeRatio, LINEAR_BOUND, timeRatio } from '../support/linear-time.js';

describe('properties', () => {
  it('any integer up to 10^15 written with "." groups parses back', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e15 }), (n) => parseNumber(formatNumber(n)) === n));
  });
  it('any decimal written with "," parses back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 6 }), (units, places) => {
        const text = formatNumber(units / 10 ** places, { decimals: places });
        return parseNumber(text) === Number(text.replace(/\./g, '').replace(',', '.'));
      }),
    );
  });
  it('integers written by toWords parse back', () => {
    fc.assert(fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => parseNumber(toWords(n)) === n));
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => parseNumber(toWords(n)) === n));
  });
  it('findNumbers never throws, and its spans slice the input without overlapping', () => {
    const pieces = fc.constantFrom('hai', 'mươi', 'triệu', 'năm', 'ba', 'thứ', 'khóa', 'XII', 'hơn', 'từ', '-', '/', '.', ',', '%', 'đồng', ' ', '\r\n', '\u00a0', '5', '2016', '1.250', 'phần', 'tư', 'Ba');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.normalize('NFD')),
      fc.array(pieces, { maxLength: 60 }).map((a) => a.join(' ')),
      fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        let end = 0;
        for (const m of findNumbers(t)) {
          if (m.span.start < end || m.span.end < m.span.start) return false;
          if (t.slice(m.span.start, m.span.end) !== m.span.text) return false;
          end = m.span.end;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

/** A deterministic string of `n` characters drawn from `alphabet`. */
function noise(n: number, alphabet: string, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

describe('linear time on adversarial input', () => {
  const cases: Array<[string, (n: number) => string]> = [
    ['random digits, dots and commas', (n) => noise(n, '0123456789.,')],
    ['"1." repeated', (n) => '1.'.repeat(n / 2)],
    ['"hai mươi " repeated', (n) => 'hai mươi '.repeat(n / 9)],
    ['parentheses', (n) => '('.repeat(n / 2) + ')'.repeat(n / 2)],
    ['digits and spaces', (n) => noise(n, '0123456789 -/')],
  ];
  it.each(cases)('%s', (_name, make) => {
    const one = make(200_000);
    const two = make(400_000);
    const r = timeRatio(findNumbers, one, two);
    expect(r.ratio, describeRatio(r)).toBeLessThanOrEqual(LINEAR_BOUND);
  });
});
