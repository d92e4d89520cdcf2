import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PERIOD_RULES } from '../../src/rules/period/index.js';
import { contextOf, run } from './named-context.js';

/** The period drafts of a text, as [text, from, to, duration]. */
function periods(text: string): unknown[] {
  return run(PERIOD_RULES, text).map((d) => {
    if (d.kind !== 'period') throw new Error('not a period');
    return [d.span.text, d.from, d.to, d.duration];
  });
}

describe('period rules', () => {
  it('reads from a year to now', () => {
    expect(periods('Từ năm 2016 đến nay, toàn tỉnh đã đào tạo')).toEqual([['Từ năm 2016 đến nay', { year: 2016 }, 'now', undefined]]);
  });
  it('reads from a year to a month', () => {
    expect(periods('Từ năm 2021 đến hết tháng 6/2025, Đảng bộ')).toEqual([
      ['Từ năm 2021 đến hết tháng 6/2025', { year: 2021 }, { year: 2025, month: 6 }, undefined],
    ]);
    expect(periods('từ năm 2021 đến năm 2025')).toEqual([['từ năm 2021 đến năm 2025', { year: 2021 }, { year: 2025 }, undefined]]);
  });
  it('reads durations with figures and number words', () => {
    expect(periods('Qua 3 năm triển khai thực hiện')).toEqual([['Qua 3 năm', undefined, undefined, { value: 3, unit: 'năm' }]]);
    expect(periods('Trong 3 năm qua, cấp ủy')).toEqual([['Trong 3 năm qua', undefined, undefined, { value: 3, unit: 'năm' }]]);
    expect(periods('sau 5 năm thực hiện')).toEqual([['sau 5 năm', undefined, undefined, { value: 5, unit: 'năm' }]]);
    expect(periods('trong ba năm qua')).toEqual([['trong ba năm qua', undefined, undefined, { value: 3, unit: 'năm' }]]);
    expect(periods('9 tháng qua, cấp ủy')).toEqual([['9 tháng qua', undefined, undefined, { value: 9, unit: 'tháng' }]]);
    expect(periods('tổng kinh phí 9 tháng khoảng 12,7 tỷ đồng')).toEqual([['9 tháng', undefined, undefined, { value: 9, unit: 'tháng' }]]);
    expect(periods('9 tháng năm 2025')).toEqual([['9 tháng năm 2025', { year: 2025, month: 1 }, { year: 2025, month: 9 }, { value: 9, unit: 'tháng' }]]);
    expect(periods('từ đầu năm 2025 đến nay')).toEqual([['từ đầu năm 2025 đến nay', { year: 2025 }, 'now', undefined]]);
  });
  it('reads stages and terms', () => {
    expect(periods('giai đoạn 2016-2020')).toEqual([['giai đoạn 2016-2020', { year: 2016 }, { year: 2020 }, undefined]]);
    expect(periods('giai đoạn 2016 – 2020')).toEqual([['giai đoạn 2016 - 2020', { year: 2016 }, { year: 2020 }, undefined]]);
    expect(periods('Nhiệm kỳ 2020 – 2025, trong điều kiện')).toEqual([['Nhiệm kỳ 2020 - 2025', { year: 2020 }, { year: 2025 }, undefined]]);
  });
  it('reads the first and last months of a year', () => {
    expect(periods('9 tháng đầu năm 2025')).toEqual([
      ['9 tháng đầu năm 2025', { year: 2025, month: 1 }, { year: 2025, month: 9 }, { value: 9, unit: 'tháng' }],
    ]);
    expect(periods('6 tháng cuối năm')).toEqual([['6 tháng cuối năm', { month: 7 }, { month: 12 }, { value: 6, unit: 'tháng' }]]);
  });
  it('reads consecutive days', () => {
    expect(periods('Trong hai ngày 18 và 19/8/2025, Đảng bộ')).toEqual([
      ['hai ngày 18 và 19/8/2025', { year: 2025, month: 8, day: 18 }, { year: 2025, month: 8, day: 19 }, { value: 2, unit: 'ngày' }],
    ]);
  });
  it('marks goals', () => {
    const [d] = run(PERIOD_RULES, 'phấn đấu trong 6 tháng cuối năm xây dựng mới');
    expect(d?.target).toBe(true);
  });
  it('rejects what is not a period', () => {
    expect(periods('Năm 2024, toàn tỉnh có 89% chi bộ')).toEqual([]);
    expect(periods('Huy hiệu 40 năm tuổi Đảng')).toEqual([]);
    expect(periods('kết nạp 3 đảng viên')).toEqual([]);
    expect(periods('giai đoạn 2020-2016')).toEqual([]);
  });
  it('uses the years it reads', () => {
    const ctx = contextOf('giai đoạn 2016-2020');
    const ds = PERIOD_RULES.flatMap((r) => r.apply(ctx));
    for (const u of ds[0]?.uses ?? []) expect(ctx.mentions.some((m) => m.span.start === u)).toBe(true);
  });
  it('reads any stage of two years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2080 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('giai đoạn', 'nhiệm kỳ', 'thời kỳ'),
        fc.constantFrom('-', ' - ', ' – ', '–'),
        fc.constantFrom('Trong ', 'Kết quả ', ''),
        (y1, n, noun, dash, before) => {
          const text = `${before}${noun} ${y1}${dash}${y1 + n}, toàn tỉnh đạt kết quả.`;
          const ds = run(PERIOD_RULES, text);
          expect(ds).toHaveLength(1);
          const d = ds[0];
          if (d?.kind !== 'period') throw new Error('not a period');
          expect(d.from).toEqual({ year: y1 });
          expect(d.to).toEqual({ year: y1 + n });
          const ctx = contextOf(text);
          expect(d.span.start).toBeGreaterThanOrEqual(ctx.start);
          expect(d.span.end).toBeLessThanOrEqual(ctx.end);
          expect(ctx.text.slice(d.span.start, d.span.end)).toBe(d.span.text);
        },
      ),
    );
  });
});

describe('period/duration with decimals and units of work', () => {
  it('reads a duration written with a decimal comma, never its fraction alone', () => {
    expect(periods('Kỳ họp bế mạc sau 2,5 ngày làm việc.')).toEqual([['sau 2,5 ngày', undefined, undefined, { value: 2.5, unit: 'ngày' }]]);
    expect(periods('Công trình dài 1.500 ngày đêm thi công.').filter((p) => (p as unknown[])[0] === '500 ngày')).toEqual([]);
  });

  it('"ngày công" counts work, it is no duration', () => {
    expect(periods('Nhân dân góp 600 ngày công xây dựng đường nội đồng.')).toEqual([]);
  });
});
