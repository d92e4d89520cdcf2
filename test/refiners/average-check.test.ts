import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extractor.js';
import type { AverageFact, Fact } from '../../src/types.js';

/** The first average of a text and the fact it was checked with. */
function average(text: string): { avg: AverageFact; total: Fact | undefined } {
  const { facts } = extract(text);
  const avg = facts.find((f): f is AverageFact => f.kind === 'average');
  if (!avg) throw new Error(`no average in: ${text}`);
  return { avg, total: facts.find((f) => f.id === avg.totalFact) };
}

describe('refiners/average-check', () => {
  it('agrees when the total over the years of the period gives the average', () => {
    const { avg, total } = average(
      'Giai đoạn 2021-2025, Đảng bộ huyện kết nạp 1.250 đảng viên, bình quân mỗi năm kết nạp 250 đảng viên.',
    );
    expect(total?.span.text).toContain('1.250');
    expect(avg.periods).toBe(5);
    expect(avg.consistent).toBe(true);
  });

  it('flags an average the total and period do not give', () => {
    const { avg } = average('Giai đoạn 2021-2025, Đảng bộ huyện kết nạp 1.250 đảng viên, bình quân mỗi năm kết nạp 400 đảng viên.');
    expect(avg.consistent).toBe(false);
  });

  it('reads a duration as the length and lets a qualifier widen the total', () => {
    const { avg } = average('Qua 4 năm, lực lượng chức năng xử lý hơn 2.000 vụ vi phạm, trung bình mỗi năm xử lý 540 vụ vi phạm.');
    expect(avg.periods).toBe(4);
    expect(avg.consistent).toBe(true);
  });

  it("measures 'đến nay' up to the latest year the article dates a result in", () => {
    const text =
      'Từ năm 2021 đến nay, toàn tỉnh kết nạp 3.000 đảng viên mới, bình quân mỗi năm kết nạp 750 đảng viên. ' +
      'Ngày 12/3/2025, Tỉnh ủy tổ chức hội nghị sơ kết.';
    const { avg } = average(text);
    expect(avg.periods === 4 || avg.periods === 5).toBe(true);
    expect(avg.consistent).toBe(true);
  });

  it("leaves 'đến nay' unchecked when the article dates nothing", () => {
    const { avg } = average('Từ năm 2021 đến nay, toàn tỉnh kết nạp 3.000 đảng viên mới, bình quân mỗi năm kết nạp 750 đảng viên.');
    expect(avg.consistent).toBeUndefined();
    expect(avg.totalFact).toBeUndefined();
  });

  it('does not pair an average with a count of something else', () => {
    const { avg } = average('Giai đoạn 2021-2025, huyện xây mới 40 phòng học, bình quân mỗi năm kết nạp 250 đảng viên.');
    expect(avg.totalFact).toBeUndefined();
    expect(avg.consistent).toBeUndefined();
  });
});
