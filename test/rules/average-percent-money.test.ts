import { describe, expect, it } from 'vitest';
import { factsOf, ofKind } from './quantity-helpers.js';

describe('average rules', () => {
  it('average/per-period reads "bình quân mỗi năm" with words between', () => {
    const [a] = ofKind(factsOf('Bình quân mỗi năm kết nạp 2.247 đảng viên.'), 'average');
    expect(a).toMatchObject({ rule: 'average/per-period', quantity: { value: 2247 }, per: 'năm', entity: 'đảng viên', action: 'kết nạp' });
  });

  it('reads "/năm" and "hằng năm"', () => {
    expect(ofKind(factsOf('Trung bình 120 hộ/năm thoát nghèo.'), 'average')[0]).toMatchObject({ quantity: { value: 120 }, per: 'năm' });
    expect(ofKind(factsOf('Hằng năm kết nạp 300 đảng viên.'), 'average')[0]).toMatchObject({ quantity: { value: 300 }, per: 'năm' });
  });

  it('an "each" of a thing averages only after an average word', () => {
    const assigned = factsOf('Mỗi bản "trắng" được cử từ 2 đến 3 đảng viên về sinh hoạt ghép.');
    expect(ofKind(assigned, 'average')).toEqual([]);
    expect(ofKind(assigned, 'count')[0]).toMatchObject({ quantity: { value: 2, max: 3 }, entity: 'đảng viên' });
    expect(ofKind(factsOf('Bình quân mỗi xã có 12 đảng viên.'), 'average')[0]).toMatchObject({ quantity: { value: 12 }, per: 'xã' });
    expect(ofKind(factsOf('Mỗi tháng kết nạp 25 đảng viên.'), 'average')[0]).toMatchObject({ quantity: { value: 25 }, per: 'tháng' });
  });
});

describe('percent rules', () => {
  it('reads what a percentage is of, with its qualifier', () => {
    const [p] = ofKind(factsOf('Kết quả đạt trên 112% kế hoạch.'), 'percent');
    expect(p).toMatchObject({ rule: 'percent/figure', quantity: { value: 112, approx: 'over' }, of: 'kế hoạch' });
  });

  it('reads what a percentage describes', () => {
    const [p] = ofKind(factsOf('Đến nay 100% trường học đã có chi bộ.'), 'percent');
    expect(p).toMatchObject({ quantity: { value: 100 }, entity: 'trường học đã có chi bộ' });
    const [q] = ofKind(factsOf('Tỷ lệ bao phủ bảo hiểm y tế đạt 95,2%.'), 'percent');
    expect(q).toMatchObject({ quantity: { value: 95.2 }, entity: 'Tỷ lệ bao phủ bảo hiểm y tế' });
  });

  it('reads a share of a counted whole', () => {
    expect(ofKind(factsOf('Thành lập huyện khi có 30% số xã đạt chuẩn.'), 'percent')[0]).toMatchObject({ quantity: { value: 30 }, of: 'số xã đạt chuẩn' });
  });

  it('"đạt và vượt chỉ tiêu" is a result, "phấn đấu" a target', () => {
    expect(ofKind(factsOf('Năm 2024 đạt và vượt 105% chỉ tiêu đề ra.'), 'percent')[0]?.target).toBeUndefined();
    expect(ofKind(factsOf('Phấn đấu đến năm 2030 có 95% xã đạt chuẩn nông thôn mới.'), 'percent')[0]?.target).toBe(true);
  });

  it('a goal to finish ("phấn đấu hoàn thành") and a request to the bodies below are targets', () => {
    expect(ofKind(factsOf('Năm 2025 tỉnh phấn đấu hoàn thành xóa 100% nhà tạm, nhà dột nát.'), 'percent')[0]?.target).toBe(true);
    const asked = factsOf('Bí thư Tỉnh ủy đề nghị các cấp ủy hoàn thành 100% chương trình kiểm tra, cả năm kết nạp trên 1.600 đảng viên.');
    expect(ofKind(asked, 'percent')[0]?.target).toBe(true);
    expect(ofKind(asked, 'count')[0]?.target).toBe(true);
    // a request with no addressee states a finding
    expect(ofKind(factsOf('Qua kiểm tra đã thu hồi, đề nghị thu hồi hơn 3,4 tỷ đồng nộp ngân sách.'), 'money')[0]?.target).toBeUndefined();
  });

  it('a goal word in a programme name or a comparison with the goal sets no goal', () => {
    const named = factsOf('Sau 3 năm triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững, tỷ lệ hộ nghèo giảm từ 2,36% xuống còn 0,82%.');
    expect(ofKind(named, 'change')[0]?.target).toBeUndefined();
    const compared = factsOf('GRDP tăng 10,28%, cao hơn mục tiêu đề ra; quy mô nền kinh tế đạt 325.600 tỷ đồng.');
    expect(ofKind(compared, 'money')[0]?.target).toBeUndefined();
  });
});

describe('money rules', () => {
  it('a before/after of money stays money, and its restated change survives', () => {
    const facts = factsOf('Nâng mức chuẩn từ 292.000 đồng lên 355.000 đồng/tháng (tăng 21,6%).');
    expect(ofKind(facts, 'money').map((m) => m.quantity.value)).toEqual([292_000, 355_000]);
    expect(ofKind(facts, 'change')[0]).toMatchObject({ delta: { value: 21.6 }, deltaUnit: 'percent' });
  });

  it('reads the currency and keeps the value in it', () => {
    const [m] = ofKind(factsOf('Kinh phí hỗ trợ là 3,5 tỷ đồng.'), 'money');
    expect(m).toMatchObject({ rule: 'money/amount', currency: 'VND', quantity: { value: 3_500_000_000 }, entity: 'Kinh phí hỗ trợ' });
    const [u] = ofKind(factsOf('Kim ngạch xuất khẩu đạt 1,2 tỷ USD.'), 'money');
    expect(u).toMatchObject({ currency: 'USD', quantity: { value: 1_200_000_000 } });
  });

  it('reads a dollar of another country and a per written with a space', () => {
    expect(ofKind(factsOf('Học phí mỗi năm là 8.500 đô la Úc.'), 'money')[0]).toMatchObject({ currency: 'AUD', quantity: { value: 8500 } });
    expect(ofKind(factsOf('Mức lương 15.000 đô la/ năm cho kỹ sư.'), 'money')[0]).toMatchObject({ currency: 'USD', per: 'năm' });
  });

  it('reads what a sum is per', () => {
    const [m] = ofKind(factsOf('Thu nhập bình quân đầu người đạt 52,3 triệu đồng/người/năm.'), 'money');
    expect(m).toMatchObject({ quantity: { value: 52_300_000 }, per: 'người/năm' });
    expect(ofKind(factsOf('Thu nhập bình quân đầu người đạt 52,3 triệu đồng/người/năm.'), 'average')).toEqual([]);
  });
});
