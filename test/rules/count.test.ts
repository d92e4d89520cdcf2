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

  it('count/part-of-whole reads no year after the slash as a whole: a document number and its year', () => {
    expect(ofKind(factsOf('Theo nghị định 79/2003 ban hành quy chế dân chủ ở xã.'), 'count')).toEqual([]);
    // a whole that is no bare year still counts
    const [a] = ofKind(factsOf('Có 1.890/2.003 hộ đạt chuẩn.'), 'count');
    expect(a).toMatchObject({ rule: 'count/part-of-whole', quantity: { value: 1890 }, total: { value: 2003 } });
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
  it('takes a negated modifier whole, with what it coordinates', () => {
    const [c] = ofKind(factsOf('Rà soát cho thấy còn 215 đảng viên chưa chuyển sinh hoạt hoặc chuyển chưa đúng hạn, chủ yếu ở khối doanh nghiệp.'), 'count');
    expect(c?.entity).toBe('đảng viên chưa chuyển sinh hoạt hoặc chuyển chưa đúng hạn');
    const [d] = ofKind(factsOf('Sau hai tuần khai giảng, trường còn 35 học sinh chưa đến lớp sau kỳ nghỉ.'), 'count');
    expect(d?.entity).toBe('học sinh chưa đến lớp');
  });

  it('does not join a classifier-led noun after "và", nor the noun that opens a parallel clause', () => {
    const [a] = ofKind(factsOf('Đại hội bầu Ban Chấp hành gồm 45 đồng chí và đoàn đại biểu dự Đại hội cấp trên.'), 'count');
    expect(a?.entity).toBe('đồng chí');
    const counts = ofKind(factsOf('Đảng bộ xã lớn nhất có 412 đảng viên, đảng bộ xã nhỏ nhất có 38 đảng viên.'), 'count');
    expect(counts.map((c) => [c.quantity.value, c.entity])).toEqual([
      [412, 'đảng viên'],
      [38, 'đảng viên'],
    ]);
  });

  it('reads the short forms and legal categories of administrative units and their staff', () => {
    const [a] = ofKind(factsOf('Đến nay, 9/9 huyện, thành, thị đã hoàn thành việc kiện toàn.'), 'count');
    expect(a?.entity).toBe('huyện, thành, thị');
    const [b] = ofKind(factsOf('Sau sáp nhập, huyện có 218 người hoạt động không chuyên trách ở thôn, tổ dân phố dôi dư.'), 'count');
    expect(b?.entity).toBe('người hoạt động không chuyên trách ở thôn, tổ dân phố dôi dư');
  });

  it('takes a capitalized counted noun whole', () => {
    const [c] = ofKind(factsOf('Ban Thường vụ phân công 42 đồng chí Tỉnh ủy viên phụ trách các xã khó khăn.'), 'count');
    expect(c?.entity).toBe('đồng chí Tỉnh ủy viên');
  });

  it('finds the subject a figure numbers across a comma inside it, for a bare noun and a bare fraction', () => {
    const [a] = ofKind(factsOf('Sau sắp xếp, số người làm công tác ở thôn, xóm dôi dư là 57 người.'), 'count');
    expect(a?.entity).toBe('người làm công tác ở thôn, xóm dôi dư');
    const [b] = ofKind(factsOf('Kỳ họp khai mạc sáng nay; số đại biểu dự họp là 48/51, đạt 94%.'), 'count');
    expect(b).toMatchObject({ rule: 'count/part-of-whole', entity: 'đại biểu dự họp', quantity: { value: 48 }, total: { value: 51 } });
    expect(b?.action).toBeUndefined();
    const [c] = ofKind(factsOf('Số khách mời năm nay cũng đông hơn mọi năm, có khoảng 300 khách.'), 'count');
    expect(c?.entity).toBe('khách');
  });

  it('goes on past a comma with a list item that repeats a word of the entity, not with one that has its own figure', () => {
    const [a] = ofKind(factsOf('Đến nay đã có 74 người nghỉ hưu trước tuổi, nghỉ thôi việc theo chế độ.'), 'count');
    expect(a?.entity).toBe('người nghỉ hưu trước tuổi, nghỉ thôi việc');
    const [b] = ofKind(factsOf('Huyện dạy nghề cho 2.300 lao động thuộc hộ nghèo, hộ cận nghèo trong năm.'), 'count');
    expect(b?.entity).toBe('lao động thuộc hộ nghèo, hộ cận nghèo');
    const [c] = ofKind(factsOf('Toàn tỉnh có 215/230 thôn, tổ dân phố có bí thư chi bộ đồng thời là trưởng thôn, tổ dân phố, đạt 93,5%.'), 'count');
    expect(c?.entity).toBe('thôn, tổ dân phố có bí thư chi bộ đồng thời là trưởng thôn, tổ dân phố');
  });

  it('keeps a threshold on a measure inside the entity, with a correlative pair', () => {
    const [a] = ofKind(factsOf('Vẫn còn 7 đơn vị có tỷ lệ giải ngân dưới 30%, chủ yếu do vướng mặt bằng.'), 'count');
    expect(a?.entity).toBe('đơn vị có tỷ lệ giải ngân dưới 30%');
    const [b] = ofKind(factsOf('Tỉnh rà soát được 9 xã có cả diện tích tự nhiên và quy mô dân số dưới 60% tiêu chuẩn.'), 'count');
    expect(b?.entity).toBe('xã có cả diện tích tự nhiên và quy mô dân số dưới 60% tiêu chuẩn');
  });

  it('keeps a qualifier that closes a long restrictive clause inside the entity, off the figure', () => {
    const [c] = ofKind(factsOf('Hiện còn 14 xã chưa bố trí đủ công chức văn phòng có trình độ đại học chuyên ngành trở lên.'), 'count');
    expect(c?.entity).toBe('xã chưa bố trí đủ công chức văn phòng có trình độ đại học chuyên ngành trở lên');
    expect(c?.quantity.approx).toBeUndefined();
  });

  it('never counts the one unit a later figure is reckoned per', () => {
    const facts = factsOf('Giá trị thu được trên 1 ha đất nuôi trồng đạt 300 triệu đồng, cao nhất từ trước đến nay.');
    expect(ofKind(facts, 'count')).toEqual([]);
  });

  it('names a measured figure by a subject that ends on a compound like "công nghệ cao"', () => {
    const [c] = ofKind(factsOf('Diện tích rau ứng dụng công nghệ cao đạt 1.250 ha.'), 'count');
    expect(c).toMatchObject({ rule: 'count/measured-subject', entity: 'Diện tích rau ứng dụng công nghệ cao', quantity: { value: 1250, unit: 'ha' } });
  });
});
