import { describe, expect, it } from 'vitest';
import { factsOf, ofKind } from './quantity-helpers.js';

describe('count rules', () => {
  it('count/number-entity reads action, figure and entity', () => {
    const [c] = ofKind(factsOf('Toàn tỉnh đã kết nạp 8.990 đảng viên mới.'), 'count');
    expect(c).toMatchObject({ rule: 'count/number-entity', entity: 'đảng viên mới', action: 'kết nạp', quantity: { value: 8990 } });
    expect(c?.quantity.span.text).toBe('8.990');
  });

  it('keeps classifiers and coordinated nouns in the entity, and the qualifier on the figure', () => {
    const [c] = ofKind(factsOf('Đã bồi dưỡng cho hơn 4.568 lượt cấp ủy viên, bí thư chi bộ.'), 'count');
    expect(c).toMatchObject({ entity: 'lượt cấp ủy viên, bí thư chi bộ', quantity: { value: 4568, approx: 'over' } });
  });

  it('reads lists and number words', () => {
    const counts = ofKind(factsOf('Tỉnh có 7 huyện, 2 thị xã; 118 xã và hai chi bộ cơ sở.'), 'count');
    expect(counts.map((c) => [c.quantity.value, c.entity])).toEqual([
      [7, 'huyện'],
      [2, 'thị xã'],
      [118, 'xã'],
      [2, 'chi bộ cơ sở'],
    ]);
  });

  it('count/part-of-whole reads a/b and "trong tổng số"', () => {
    const [a, b] = ofKind(factsOf('Có 301/317 thôn có chi bộ; 41 trong tổng số 75 bản có đảng viên.'), 'count');
    expect(a).toMatchObject({ rule: 'count/part-of-whole', quantity: { value: 301 }, total: { value: 317 } });
    expect(a?.entity).toMatch(/^thôn/);
    expect(b).toMatchObject({ rule: 'count/part-of-whole', quantity: { value: 41 }, total: { value: 75 } });
  });

  it('count/stated-total reads a total named before its figure', () => {
    const [c] = ofKind(factsOf('Qua đó nâng tổng số đảng viên toàn huyện lên 5.812 đồng chí.'), 'count');
    expect(c).toMatchObject({ rule: 'count/stated-total', quantity: { value: 5812 }, entity: 'đảng viên toàn huyện' });
  });

  it('count/shared-entity gives every figure of a list the entity of the last one', () => {
    const counts = ofKind(factsOf('Đã khiển trách 35, cảnh cáo 18, khai trừ 7 đảng viên.'), 'count');
    expect(counts.map((c) => [c.quantity.value, c.entity])).toEqual([
      [35, 'đảng viên'],
      [18, 'đảng viên'],
      [7, 'đảng viên'],
    ]);
  });

  it('count/measured-subject names a measured figure by its subject', () => {
    const [c] = ofKind(factsOf('Sản lượng lúa đạt trên 4,3 triệu tấn.'), 'count');
    expect(c).toMatchObject({ rule: 'count/measured-subject', entity: 'Sản lượng lúa', quantity: { value: 4_300_000, unit: 'tấn', approx: 'over' } });
  });

  it('never counts years, document numbers, plenums, sessions, schools or place names', () => {
    const text =
      'Năm 2016, thực hiện Nghị quyết 04-NQ/TU và Chỉ thị số 05 của Bộ Chính trị, Nghị quyết Trung ương 4 (khóa XII), ' +
      'tại kỳ họp thứ 9 ở Trường Tiểu học số 1 huyện Ba Bể, một số đảng viên và một trong những chi bộ đã tham gia.';
    const quantities = factsOf(text).filter((f) => ['count', 'average', 'percent', 'money', 'change'].includes(f.kind));
    expect(quantities).toEqual([]);
  });

  it('reads a qualifier written after the phrase, and stops coordination at a capitalized subject', () => {
    const [c] = ofKind(factsOf('Phấn đấu kết nạp 600 đảng viên mới trở lên.'), 'count');
    expect(c).toMatchObject({ quantity: { value: 600, approx: 'at_least' }, entity: 'đảng viên mới', target: true });
    const counts = ofKind(factsOf('Chi bộ trại gà phát triển 20 đảng viên, Chi bộ Công ty có 6 đảng viên.'), 'count');
    expect(counts.map((x) => x.entity)).toEqual(['đảng viên', 'đảng viên']);
  });

  it('count/unlisted-noun reads nouns the lexicon lacks only where a count is expected', () => {
    const [c] = ofKind(factsOf('Hội trường có quy mô lớn với 240 ghế ngồi tại tầng hai.'), 'count');
    expect(c).toMatchObject({ rule: 'count/unlisted-noun', quantity: { value: 240 }, entity: 'ghế ngồi' });
    for (const text of ['Tàu Hàm Luông 05 bị thủng.', 'Xét nguyện vọng 3 vào tuần sau.', 'Trinh sát Đại đoàn 312 thu được tin.']) {
      expect(ofKind(factsOf(text), 'count'), text).toEqual([]);
    }
  });

  it('a bare classifier counts what its subject names', () => {
    const [c] = ofKind(factsOf('Trong sáu tháng, khách quốc tế khoảng 215.000 lượt.'), 'count');
    expect(c).toMatchObject({ quantity: { value: 215_000, approx: 'about' }, entity: 'lượt khách quốc tế' });
    const [d] = ofKind(factsOf('Toàn tỉnh đã hoàn thành 386 căn, huyện Đông Hải 341 căn.'), 'count');
    expect(d?.entity).toBe('căn');
  });

  it('takes a two-word modifier whole, even when its second word could stop the entity', () => {
    const [a] = ofKind(factsOf('Năm nay huyện sẽ sáp nhập 25 thôn chưa đạt tiêu chuẩn về quy mô.'), 'count');
    expect(a?.entity).toBe('thôn chưa đạt tiêu chuẩn');
    const [b] = ofKind(factsOf('Qua rà soát, có 1.205 đảng viên đã được giới thiệu về nơi cư trú.'), 'count');
    expect(b?.entity).toBe('đảng viên đã được giới thiệu');
  });

  it('gives back a lone linking word before the next figure, and stops at adverbs and directions', () => {
    const [a] = ofKind(factsOf('Đại hội đại diện cho 3.400 đảng viên thuộc 28 chi bộ.'), 'count');
    expect(a?.entity).toBe('đảng viên');
    const [b] = ofKind(factsOf('Cả 14 bản "trắng" đảng viên đều đã có đảng viên.'), 'count');
    expect(b?.entity).toBe('bản "trắng" đảng viên');
    const [c] = ofKind(factsOf('Nông dân chuyển 2.300 ha đất lúa kém hiệu quả sang trồng cây ăn quả.'), 'count');
    expect(c?.entity).toBe('đất lúa kém hiệu quả');
  });

  it('matches lexicon phrases that hold a comma after their first word', () => {
    const [c] = ofKind(factsOf('Năm 2024, quỹ đã chi trả cho hơn 82.000 lượt khám, chữa bệnh.'), 'count');
    expect(c?.entity).toBe('lượt khám, chữa bệnh');
  });

  it('a bare noun after the figure takes the subject it restates', () => {
    const [a] = ofKind(factsOf('Đến nay, số người tham gia bảo hiểm y tế tự nguyện đạt 12.480 người.'), 'count');
    expect(a?.entity).toBe('người tham gia bảo hiểm y tế tự nguyện');
    const [b] = ofKind(factsOf('Số hộ nghèo toàn huyện còn 1.200 hộ.'), 'count');
    expect(b?.entity).toBe('hộ nghèo');
  });

  it('leaves a scope that closes the subject out of what a measured figure names', () => {
    const [c] = ofKind(factsOf('Sản lượng cà phê cả năm đạt 52.000 tấn.'), 'count');
    expect(c?.entity).toBe('Sản lượng cà phê');
  });

  it('carries a restrictive phrase on past a preposition, and a list of names past a comma', () => {
    const [a] = ofKind(factsOf('Trong năm, huyện đưa 320 người đi làm việc ở nước ngoài theo hợp đồng.'), 'count');
    expect(a?.entity).toBe('người đi làm việc ở nước ngoài theo hợp đồng');
    const [b] = ofKind(factsOf('Toàn tỉnh kết nạp 640 đảng viên là người Ê Đê, Gia Rai sau 3 năm.'), 'count');
    expect(b?.entity).toBe('đảng viên là người Ê Đê, Gia Rai');
  });

  it('gives back a verb that governs the next figure', () => {
    const [c] = ofKind(factsOf('Quỹ chi trả cho 1.250 hộ gia đình nhận khoán bảo vệ 18.000 ha rừng.'), 'count');
    expect(c?.entity).toBe('hộ gia đình nhận khoán');
  });
});
