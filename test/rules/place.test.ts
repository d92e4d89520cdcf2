import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLACE_RULES } from '../../src/rules/place/index.js';
import { contextOf, run } from './named-context.js';

/** The place drafts of a text, as [span text, name, level]. */
function places(text: string): unknown[] {
  return run(PLACE_RULES, text).map((d) => {
    if (d.kind !== 'place') throw new Error('not a place');
    return [d.span.text, d.name, d.level];
  });
}

describe('place rules', () => {
  it('reads the names of a plural level past a descriptor', () => {
    const names = run(PLACE_RULES, 'Các huyện miền núi Minh Hóa, Tuyên Hóa tiếp tục là địa bàn trọng điểm.').map((d) => (d.kind === 'place' ? [d.name, d.level] : []));
    expect(names).toEqual([
      ['Minh Hóa', 'huyện'],
      ['Tuyên Hóa', 'huyện'],
    ]);
  });
  it('reads places named after a preposition of place, but not institutions or other names', () => {
    expect(places('nhiều dự án ở Cẩm Phả, Móng Cái đi vào vận hành')).toEqual([['Cẩm Phả', 'Cẩm Phả', undefined], ['Móng Cái', 'Móng Cái', undefined]]);
    expect(places('hội thảo tổ chức tại Việt Nam.')).toEqual([['Việt Nam', 'Việt Nam', undefined]]);
    expect(places('tại Khách sạn Mường Thanh')).toEqual([]);
    expect(places('tại Lễ Kỷ niệm 70 năm')).toEqual([]);
    expect(places('tại Ban Thường vụ Tỉnh ủy')).toEqual([]);
    expect(places('Tại Hội nghị, đồng chí')).toEqual([]);
  });
  it('reads places after level words', () => {
    expect(places('tại tỉnh Điện Biên')).toEqual([['Điện Biên', 'Điện Biên', 'tỉnh']]);
    expect(places('huyện Mường Nhé có')).toEqual([['Mường Nhé', 'Mường Nhé', 'huyện']]);
    expect(places('ở xã Nậm Kè và bản Huổi Lếch')).toEqual([['Nậm Kè', 'Nậm Kè', 'xã'], ['Huổi Lếch', 'Huổi Lếch', 'bản']]);
    expect(places('TP Điện Biên Phủ')).toEqual([['Điện Biên Phủ', 'Điện Biên Phủ', 'thành phố']]);
    expect(places('thành phố Sơn La và thị xã Mường Lay')).toEqual([['Sơn La', 'Sơn La', 'thành phố'], ['Mường Lay', 'Mường Lay', 'thị xã']]);
  });
  it('reads a list after one level word', () => {
    expect(places('tập trung ở các xã Mường Lạn, Mường Lèo, Sam Kha, nơi đường sá')).toEqual([
      ['Mường Lạn', 'Mường Lạn', 'xã'], ['Mường Lèo', 'Mường Lèo', 'xã'], ['Sam Kha', 'Sam Kha', 'xã'],
    ]);
  });
  it('reads provinces without a level word', () => {
    expect(places('Tỉnh ủy Điện Biên tổng kết')).toEqual([['Điện Biên', 'Điện Biên', 'tỉnh']]);
    expect(places('Điện Biên: Tổng kết')).toEqual([['Điện Biên', 'Điện Biên', 'tỉnh']]);
    expect(places('HÀ GIANG – Trong hai ngày')).toEqual([['HÀ GIANG', 'Hà Giang', 'tỉnh']]);
    expect(places('Huyện ủy Đakrông (Quảng Trị)')).toEqual([['Quảng Trị', 'Quảng Trị', 'tỉnh'], ['Đakrông', 'Đakrông', 'huyện']]);
    expect(places('Phó Bí thư Huyện ủy Mai Châu cho biết')).toEqual([['Mai Châu', 'Mai Châu', 'huyện']]);
    expect(places('tại Hà Nội')).toEqual([['Hà Nội', 'Hà Nội', 'thành phố']]);
  });
  it('rejects names of people and bare levels', () => {
    expect(places('bà Nguyễn Thị Huế cho biết')).toEqual([]);
    expect(places('toàn tỉnh đã kết nạp')).toEqual([]);
    expect(places('Tỉnh ủy chỉ đạo')).toEqual([]);
    expect(places('tư tưởng Hồ Chí Minh')).toEqual([]);
  });
  it('keeps spans inside the sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom('xã', 'huyện', 'bản', 'thị trấn'), fc.constantFrom('Nậm Kè', 'Mường Nhé', 'Huổi Lếch', 'Tủa Chùa'), (level, name) => {
        const text = `Đoàn công tác đến ${level} ${name} kiểm tra.`;
        const ctx = contextOf(text);
        const ds = run(PLACE_RULES, text);
        expect(ds).toHaveLength(1);
        expect(ds[0]).toMatchObject({ name, level });
        for (const d of ds) expect(ctx.text.slice(d.span.start, d.span.end)).toBe(d.span.text);
      }),
    );
  });
});

describe('place/region', () => {
  it('reads the regions of the country with the level "vùng"', () => {
    expect(places('GRDP đứng thứ 5/14 tỉnh vùng Bắc Trung Bộ và duyên hải miền Trung.')).toContainEqual([
      'Bắc Trung Bộ và duyên hải miền Trung',
      'Bắc Trung Bộ và duyên hải miền Trung',
      'vùng',
    ]);
    expect(places('Nắng nóng kéo dài tại các tỉnh Nam Trung Bộ và Tây Nguyên.')).toEqual([
      ['Nam Trung Bộ', 'Nam Trung Bộ', 'vùng'],
      ['Tây Nguyên', 'Tây Nguyên', 'vùng'],
    ]);
  });

  it('reads a name that is also a compass point only after a region word, and nothing inside another name', () => {
    expect(places('Tàu đắm cách bờ 12 hải lý về phía Đông Bắc.')).toEqual([]);
    expect(places('Khô hạn trên diện rộng, đặc biệt là khu vực Đông Bắc.')).toEqual([['Đông Bắc', 'Đông Bắc', 'vùng']]);
    expect(places('Ba khu công nghiệp Lê Minh Xuân, Tây Bắc Củ Chi được mở rộng.').filter((p) => (p as string[])[2] === 'vùng')).toEqual([]);
    expect(places('Trường Đại học Tây Nguyên tuyển sinh.').filter((p) => (p as string[])[2] === 'vùng')).toEqual([]);
  });
});
