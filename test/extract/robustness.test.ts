import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/extractor.js';
import type { Fact, Quantity } from '../../src/types.js';
import { describeRatio, LINEAR_BOUND, timeRatio } from '../support/linear-time.js';

const realPath = fileURLToPath(new URL('../../../shared/corpus-real/articles.jsonl', import.meta.url));

/** Every quantity of a fact. */
function quantities(f: Fact): Quantity[] {
  return (['quantity', 'before', 'after', 'delta', 'total'] as const).flatMap((k) => {
    const q = (f as unknown as Record<string, Quantity | undefined>)[k];
    return q ? [q] : [];
  });
}

/** Problems with one extraction: dishonest spans, a year read as a quantity. */
function faults(input: string): string[] {
  const found: string[] = [];
  for (const f of extract(input).facts) {
    for (const s of [f.span, f.sentence, ...quantities(f).map((q) => q.span)]) {
      if (input.slice(s.start, s.end) !== s.text) found.push(`${f.id} ${f.kind}: span ${s.start}-${s.end} does not slice the input`);
    }
    for (const q of quantities(f)) {
      const v = q.value;
      if (Number.isInteger(v) && v >= 1900 && v <= 2100 && /^(?:năm\s+)?(?:19|20)\d\d$/i.test(q.span.text.trim())) {
        found.push(`${f.id} ${f.kind}: the year '${q.span.text}' read as a quantity`);
      }
    }
  }
  return found;
}

describe.skipIf(!existsSync(realPath))('extract over the real articles', () => {
  const lines = existsSync(realPath) ? readFileSync(realPath, 'utf8').trim().split('\n') : [];
  const count = process.env.CI_LONG ? lines.length : 1500;

  it(`never throws, keeps every span honest and reads no year as a quantity (${count} articles)`, () => {
    const problems: string[] = [];
    for (const line of lines.slice(0, count)) {
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      for (const p of faults(text)) problems.push(`${id}: ${p}`);
    }
    expect(problems.slice(0, 20).join("\n")).toBe("");
  });
});

describe('extract on any input', () => {
  const pieces = ['kết nạp', 'đảng viên', 'từ', 'xuống còn', 'giảm', '%', 'năm 2016', '4.568', '1,5', '(', ')', '<p>', '</p>', '&amp;', '\r\n', '\n\n', 'e\u0301', '\u00A0', '\uD800', 'Nghị quyết 04-NQ/TU', 'đồng chí Lò Văn Muôn, Bí thư'];

  it('never throws and keeps spans honest (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const input = parts.join(' ');
        expect(faults(input).filter((p) => p.includes('does not slice'))).toEqual([]);
      }),
      { numRuns: process.env.CI_LONG ? 100_000 : 3000 },
    );
  });

  it('takes linear time (2× input ≤ 2.8× time, best of 3)', () => {
    const unit =
      'Từ năm 2016 đến nay, toàn tỉnh đã kết nạp 8.990 đảng viên mới (bình quân mỗi năm kết nạp 2.247 đảng viên, đạt trên 112% kế hoạch); ' +
      'giảm 193 thôn, bản chưa có chi bộ (từ 328 bản xuống còn 135 bản; kinh phí 3,5 tỷ đồng. ';
    const input = (n: number): string => `Tin\n\n${unit.repeat(n)}\n`;
    const r = timeRatio(extract, input(400), input(800));
    expect(r.ratio, describeRatio(r)).toBeLessThanOrEqual(LINEAR_BOUND);
  }, 240_000); // up to 3 measurements of 200 kB runs: slow on a loaded machine, judged by the ratio only
});
