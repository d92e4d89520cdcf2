import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATE_RULES } from '../../src/rules/date/index.js';
import { contextOf, run } from './named-context.js';

/** The date drafts of a text, as [text, date]. */
function dates(text: string): unknown[] {
  return run(DATE_RULES, text).map((d) => {
    if (d.kind !== 'date') throw new Error('not a date');
    return [d.span.text, d.date];
  });
}

describe('date rules', () => {
  it('reads framed day-month dates in every outlet style', () => {
    expect(dates('ngày 5/8/2020')).toEqual([['ngày 5/8/2020', { year: 2020, month: 8, day: 5 }]]);
    expect(dates('ngày 05-8-2020')).toEqual([['ngày 05-8-2020', { year: 2020, month: 8, day: 5 }]]);
    expect(dates('Sáng 22/7, tỉnh tổ chức')).toEqual([['Sáng 22/7', { month: 7, day: 22 }]]);
    expect(dates('chiều 3/12')).toEqual([['chiều 3/12', { month: 12, day: 3 }]]);
    expect(dates('Sáng 5.3, tại Hà Nội')).toEqual([['Sáng 5.3', { month: 3, day: 5 }]]);
    expect(dates('Tối 23-9, lực lượng')).toEqual([['Tối 23-9', { month: 9, day: 23 }]]);
  });
  it('reads dates in words and months', () => {
    expect(dates('ngày 3 tháng 9 năm 2025')).toEqual([['ngày 3 tháng 9 năm 2025', { year: 2025, month: 9, day: 3 }]]);
    expect(dates('trong tháng 9/2025')).toEqual([['tháng 9/2025', { year: 2025, month: 9 }]]);
    expect(dates('tháng 9 năm 2025')).toEqual([['tháng 9 năm 2025', { year: 2025, month: 9 }]]);
  });
  it('reads quarters and years', () => {
    expect(dates('triển khai nhiệm vụ quý IV/2025')).toEqual([['quý IV/2025', { year: 2025, quarter: 4 }]]);
    expect(dates('quý I năm 2024')).toEqual([['quý I năm 2024', { year: 2024, quarter: 1 }]]);
    expect(dates('Năm 2024, toàn tỉnh có')).toEqual([['Năm 2024', { year: 2024 }]]);
    expect(dates('Đầu năm 2021, toàn huyện còn')).toEqual([['Đầu năm 2021', { year: 2021 }]]);
  });
  it('marks goals', () => {
    expect(run(DATE_RULES, 'phấn đấu đến năm 2030 có 100% bản')[0]?.target).toBe(true);
    expect(run(DATE_RULES, 'Năm 2026, tỉnh đặt mục tiêu tăng trưởng')[0]?.target).toBe(true);
    expect(run(DATE_RULES, 'Năm 2025 tăng trưởng kinh tế ước đạt 7,2%')[0]?.target).toBeUndefined();
  });
  it('rejects fractions, codes, baselines and periods', () => {
    expect(dates('có 45/96 xã đạt chuẩn')).toEqual([]);
    expect(dates('Nghị quyết 04-NQ/TU')).toEqual([]);
    expect(dates('Quyết định 123/QĐ-UBND')).toEqual([]);
    expect(dates('Nghị định 38/2021/NĐ-CP')).toEqual([]);
    expect(dates('giảm 23 chi bộ so với năm 2022')).toEqual([]);
    expect(dates('Từ năm 2016 đến nay')).toEqual([]);
    expect(dates('9 tháng đầu năm 2025')).toEqual([]);
    expect(dates('tỷ lệ đạt 2.5 điểm')).toEqual([]);
  });
  it('reads any written day and month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1990, max: 2050 }),
        fc.constantFrom('ngày', 'sáng', 'chiều', 'Tối'),
        (day, month, year, frame) => {
          const text = `Hội nghị diễn ra ${frame} ${day}/${month}/${year} tại hội trường.`;
          const ds = run(DATE_RULES, text);
          expect(ds).toHaveLength(1);
          const d = ds[0];
          if (d?.kind !== 'date') throw new Error('not a date');
          expect(d.date).toEqual({ year, month, day });
          const ctx = contextOf(text);
          expect(ctx.text.slice(d.span.start, d.span.end)).toBe(d.span.text);
        },
      ),
    );
  });
});
