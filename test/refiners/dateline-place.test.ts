import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extractor.js';

/** The place facts of a text, as [rule, span text, name, level]. */
function places(text: string): unknown[] {
  return extract(text)
    .facts.filter((f) => f.kind === 'place')
    .map((f) => (f.kind === 'place' ? [f.rule, f.span.text, f.name, f.level] : []));
}

describe('refiners/dateline-place', () => {
  it('adds the place a dateline names when no rule read it, in title case', () => {
    const text = 'Xuất khẩu tăng mạnh\n\nQUY NHƠN – Sáng 4/7, các doanh nghiệp báo cáo kết quả.\n\nNội dung bài viết.';
    expect(places(text)).toEqual([['place/dateline', 'QUY NHƠN', 'Quy Nhơn', undefined]]);
  });

  it('adds nothing when a rule already read the dateline', () => {
    expect(places('Tin vắn\n\nSƠN LA - Sáng 2/3, hội nghị khai mạc.\n\nNội dung.')).toEqual([['place/province', 'SƠN LA', 'Sơn La', 'tỉnh']]);
    const read = places('Điện Biên: Tổng kết công tác năm\n\nNội dung bài viết.');
    expect(read.filter((p) => (p as unknown[])[0] === 'place/dateline')).toEqual([]);
    expect(read.length).toBe(1);
  });
});
