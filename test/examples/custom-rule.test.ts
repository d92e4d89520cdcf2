import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { built } from '../cli/support/spawn-cli.js';
import { createExtractor, extract } from '../../src/extract/extractor.js';
import type { Rule } from '../../src/rules/rule.js';
// The example's rule is plain JavaScript; rule.d.mts types it as the package's Rule (from dist/),
// which has the shape of the Rule of src/ the tests run on.
import { fractionShare } from '../../examples/custom-rule/rule.mjs';

const rule = fractionShare as unknown as Rule;
const mine = createExtractor({ rules: [rule] });

/** The percent facts of a text. */
const percents = (facts: ReturnType<typeof extract>['facts']) => facts.flatMap((f) => (f.kind === 'percent' ? [f] : []));

/** A whole number as Vietnamese news writes it: '.' between groups of three digits. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe('examples/custom-rule: percent/fraction-share', () => {
  it('is a phrasing the default rules miss', () => {
    for (const text of ['Tỷ lệ đảng viên nữ là 1/3.', ...rule.examples]) {
      expect(percents(extract(text).facts), text).toEqual([]);
    }
  });

  it('reads a share written as a fraction, with what it is a share of', () => {
    const [p] = percents(mine.extract('Tỷ lệ đảng viên nữ là 1/3.').facts);
    expect(p).toMatchObject({
      rule: 'percent/fraction-share',
      entity: 'đảng viên nữ',
      span: { text: 'Tỷ lệ đảng viên nữ là 1/3' },
      quantity: { value: 33.33, approx: 'about', span: { text: '1/3' } },
    });
  });

  it('takes the nearest share word before the fraction', () => {
    const found = percents(mine.extract('Tỷ lệ hộ nghèo còn 3% và tỉ lệ xã đạt chuẩn chiếm 2/5.').facts).filter((f) => f.rule === 'percent/fraction-share');
    expect(found.map((f) => [f.span.text, f.entity, f.quantity.value, f.quantity.approx])).toEqual([['tỉ lệ xã đạt chuẩn chiếm 2/5', 'xã đạt chuẩn', 40, undefined]]);
  });

  it('leaves other fractions and other shares alone', () => {
    const text = 'Có 412/430 thôn đã có chi bộ; tỷ lệ hộ nghèo còn 3,1%.';
    expect(percents(mine.extract(text).facts).map((f) => f.rule)).toEqual(percents(extract(text).facts).map((f) => f.rule));
  });

  it('reads back any fraction a/b in the phrasing as the percentage a/b × 100, with its span (property)', () => {
    const entity = fc.constantFrom('hộ dân dùng nước sạch', 'đảng viên nữ', 'xã đạt chuẩn nông thôn mới', 'thôn có chi bộ');
    const fraction = fc.integer({ min: 1, max: 99_999 }).chain((b) => fc.tuple(fc.integer({ min: 0, max: b }), fc.constant(b)));
    fc.assert(
      fc.property(fc.constantFrom('Tỷ lệ', 'tỷ lệ', 'tỉ lệ'), entity, fc.constantFrom('là', 'đạt', 'chiếm'), fraction, (share, what, link, [a, b]) => {
        const written = `${grouped(a)}/${grouped(b)}`;
        const text = `Năm nay, ${share} ${what} ${link} ${written}.`;
        const found = percents(mine.extract(text).facts);
        expect(found).toHaveLength(1);
        const p = found[0]!;
        expect(p.rule).toBe('percent/fraction-share');
        expect(p.entity).toBe(what);
        expect(p.quantity.span.text).toBe(written);
        expect(text.slice(p.quantity.span.start, p.quantity.span.end)).toBe(written);
        expect(text.slice(p.span.start, p.span.end)).toBe(p.span.text);
        expect(p.quantity.value).toBe(Math.round((a / b) * 10_000) / 100);
        expect(p.quantity.approx === 'about').toBe((a * 10_000) % b !== 0);
      }),
      { numRuns: 300 },
    );
  });
});

// The example script runs on the build in dist/ (CI builds before it tests).
describe.skipIf(!built)('examples/custom-rule.mjs', () => {
  it('prints the sample read with the default rules, then with the rule added', () => {
    const script = fileURLToPath(new URL('../../examples/custom-rule.mjs', import.meta.url));
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
    const [defaults = '', added = ''] = out.split('With percent/fraction-share:');
    expect(defaults).not.toContain('percent/fraction-share');
    expect(added).toContain('percent/fraction-share   "tỷ lệ đảng viên nữ là 1/3" → 33.33% (about) · đảng viên nữ');
  }, 30_000);
});
