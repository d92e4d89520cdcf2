import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExtractor, extract } from '../../src/extract/extractor.js';
import type { Rule } from '../../src/rules/rule.js';
// The example's rule is plain JavaScript; its shape is the public Rule interface.
import { fractionShare } from '../../examples/custom-rule/rule.mjs';

const rule = fractionShare as unknown as Rule;
const mine = createExtractor({ rules: [rule] });

describe('examples/custom-rule: percent/fraction-share', () => {
  it('is a phrasing the default rules miss', () => {
    expect(extract('Tỷ lệ đảng viên nữ là 1/3.').facts.filter((f) => f.kind === 'percent')).toEqual([]);
  });

  it('reads a share written as a fraction, with what it is a share of', () => {
    const [p] = mine.extract('Tỷ lệ đảng viên nữ là 1/3.').facts.filter((f) => f.kind === 'percent');
    expect(p).toMatchObject({ rule: 'percent/fraction-share', entity: 'đảng viên nữ', quantity: { value: 33.33, approx: 'about' } });
  });

  it('reads back any fraction a/b as the percentage a/b × 100 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 2, max: 100 }), fc.constantFrom('là', 'đạt', 'chiếm'), (a, b, link) => {
        fc.pre(a < b);
        const text = `Năm nay, tỷ lệ hộ dân dùng nước sạch ${link} ${a}/${b}.`;
        const percents = mine.extract(text).facts.filter((f) => f.kind === 'percent');
        expect(percents).toHaveLength(1);
        const p = percents[0]!;
        expect(p.quantity.value).toBeCloseTo((a / b) * 100, 1);
        expect(p.quantity.approx === 'about').toBe(Math.round((a / b) * 10000) / 100 !== (a * 100) / b);
        expect(text.slice(p.span.start, p.span.end)).toBe(p.span.text);
      }),
      { numRuns: 300 },
    );
  });
});
