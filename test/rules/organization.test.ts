import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ORGANIZATION_RULES } from '../../src/rules/organization/index.js';
import { firstMentionOnly } from '../../src/refiners/document.js';
import { contextOf, run } from './named-context.js';
import { expand } from '../../src/rules/organization/names.js';
import { DEFAULT_LEXICON, compileLexicon, mergeLexicon } from '../../src/extract/lexicon.js';

/** The organization drafts of a text, as [name, expansion]. */
function orgs(text: string): unknown[] {
  return run(ORGANIZATION_RULES, text).map((d) => {
    if (d.kind !== 'organization') throw new Error('not an organization');
    return d.expansion ? [d.name, d.expansion] : [d.name];
  });
}

describe('organization rules', () => {
  it('reads known names and abbreviations', () => {
    expect(orgs('Tỉnh ủy tiếp tục chỉ đạo')).toEqual([['Tỉnh ủy']]);
    expect(orgs('Sáng 9/12, HĐND tỉnh Quảng Ngãi khai mạc')).toEqual([['HĐND tỉnh Quảng Ngãi', 'Hội đồng nhân dân tỉnh Quảng Ngãi']]);
    expect(orgs('của BCH Đảng bộ tỉnh.')).toEqual([['BCH Đảng bộ tỉnh', 'Ban Chấp hành Đảng bộ tỉnh']]);
    expect(orgs('UBND huyện phối hợp với MTTQ')).toEqual([['UBND huyện', 'Ủy ban nhân dân huyện'], ['MTTQ', 'Mặt trận Tổ quốc']]);
  });
  it('reads official names that hold a comma or a lower-case body, and never the issuer code of a symbol', () => {
    expect(orgs('Giám đốc Sở Văn hóa, Thể thao và Du lịch phát biểu')).toEqual([['Sở Văn hóa, Thể thao và Du lịch']]);
    expect(orgs('Trưởng Đoàn đại biểu Quốc hội tỉnh yêu cầu')).toEqual([['Đoàn đại biểu Quốc hội tỉnh']]);
    expect(orgs('theo Kế hoạch số 102/KH-UBND của UBND tỉnh')).toEqual([['UBND tỉnh', 'Ủy ban nhân dân tỉnh']]);
    expect(orgs('Nghị quyết số 09/2023/NQ-HĐND quy định')).toEqual([]);
  });
  it('reads names built from a head', () => {
    expect(orgs('Ủy ban Kiểm tra Tỉnh ủy Cao Bằng tổ chức hội nghị')).toEqual([['Ủy ban Kiểm tra Tỉnh ủy Cao Bằng']]);
    expect(orgs('Ban Thường vụ Tỉnh ủy Lai Châu vừa tổ chức')).toEqual([['Ban Thường vụ Tỉnh ủy Lai Châu']]);
    expect(orgs('Đảng bộ huyện Mèo Vạc tổ chức Đại hội')).toEqual([['Đảng bộ huyện Mèo Vạc']]);
    expect(orgs('Sở Nội vụ, Sở Tài chính, Hội Nông dân và Hội Liên hiệp Phụ nữ')).toEqual([
      ['Sở Nội vụ'], ['Sở Tài chính'], ['Hội Nông dân'], ['Hội Liên hiệp Phụ nữ'],
    ]);
    expect(orgs('Sở Kế hoạch và Đầu tư')).toEqual([['Sở Kế hoạch và Đầu tư']]);
    expect(orgs('Bộ Chính trị, Ban Bí thư, Quốc hội, Chính phủ')).toEqual([['Bộ Chính trị'], ['Ban Bí thư'], ['Quốc hội'], ['Chính phủ']]);
    expect(orgs('Bộ Chỉ huy Quân sự tỉnh')).toEqual([['Bộ Chỉ huy Quân sự tỉnh']]);
  });
  it('reads bodies with lower-case name words, by the capitalization of official names and the lexicon', () => {
    expect(orgs('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp')).toEqual([['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']]);
    expect(orgs('Giám đốc Trung tâm Y tế dự phòng tỉnh cho biết')).toEqual([['Trung tâm Y tế dự phòng tỉnh']]);
    expect(orgs('Phòng Cảnh sát giao thông Công an tỉnh ra quân')).toEqual([['Phòng Cảnh sát giao thông Công an tỉnh']]);
    expect(orgs('Hội Chữ thập đỏ huyện trao quà')).toEqual([['Hội Chữ thập đỏ huyện']]);
    expect(orgs('Bộ Ngoại giao thông báo')).toEqual([['Bộ Ngoại giao']]);
    expect(orgs('Thanh tra Bộ Kế hoạch và Đầu tư kết luận')).toEqual([['Thanh tra Bộ Kế hoạch và Đầu tư']]);
  });
  it('reads parts joined by a dash or an ampersand', () => {
    expect(orgs('Sở GD-ĐT tỉnh ban hành')).toEqual([['Sở GD-ĐT tỉnh']]);
    expect(orgs('Bộ Giáo dục - Đào tạo công bố')).toEqual([['Bộ Giáo dục - Đào tạo']]);
    expect(orgs('Sở NN&PTNT phối hợp')).toEqual([['Sở NN&PTNT']]);
    expect(orgs('Sở Y tế - Hà Nội')).toEqual([['Sở Y tế']]);
  });
  it('reads schools named after a person or a number', () => {
    expect(orgs('Trường Trung học phổ thông Lê Quý Đôn tổ chức')).toEqual([['Trường Trung học phổ thông Lê Quý Đôn']]);
    expect(orgs('tại Trường THCS Nguyễn Du')).toEqual([['Trường THCS Nguyễn Du']]);
    expect(orgs('Trường Tiểu học số 2 xã Nà Hỳ')).toEqual([['Trường Tiểu học số 2 xã Nà Hỳ']]);
  });
  it('reads a body named after its task up to its scope, and a branch with its place', () => {
    expect(orgs('Theo Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh, kinh phí')).toEqual([['Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh']]);
    expect(orgs('Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện họp')).toEqual([['Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện']]);
    expect(orgs('Ban Chỉ đạo phòng chống thiên tai Trung ương cho biết')).toEqual([['Ban Chỉ đạo phòng chống thiên tai Trung ương']]);
    expect(orgs('Trưởng Ban Chỉ đạo chủ trì')).toEqual([['Ban Chỉ đạo']]);
    // no scope: the task is not read, nor a verb after it
    expect(orgs('Ban Chỉ đạo tiếp tục thực hiện đề án trên địa bàn thành phố')).toEqual([['Ban Chỉ đạo']]);
    expect(orgs('Ban Chỉ đạo, ông Lê Văn Hiệu nhấn mạnh')).toEqual([['Ban Chỉ đạo']]);
    expect(orgs('Ngân hàng Chính sách xã hội chi nhánh tỉnh giải ngân')).toEqual([['Ngân hàng Chính sách xã hội chi nhánh tỉnh']]);
  });
  it('never swallows a verb or a clause after a name', () => {
    expect(orgs('giao Sở Nội vụ tham mưu kiện toàn')).toEqual([['Sở Nội vụ']]);
    expect(orgs('Sở Tài nguyên và Môi trường hướng dẫn')).toEqual([['Sở Tài nguyên và Môi trường']]);
    expect(orgs('Công ty TNHH Hòa Bình chở hàng')).toEqual([['Công ty TNHH Hòa Bình']]);
    expect(orgs('Cục Đường bộ Việt Nam phải lên phương án')).toEqual([['Cục Đường bộ Việt Nam']]);
    expect(orgs('Cục Thuế giao chỉ tiêu')).toEqual([['Cục Thuế']]);
    expect(orgs('Tòa án Liên bang Mỹ ở bang Texas')).toEqual([['Tòa án Liên bang Mỹ']]);
    expect(orgs('nghe Bộ Công Thương và UBND tỉnh báo cáo')).toEqual([['Bộ Công Thương'], ['UBND tỉnh', 'Ủy ban nhân dân tỉnh']]);
    // a foreign name or a single letter is a whole word: no lower-case syllable joins it
    expect(orgs('Công ty Sanofi giảm giá thuốc')).toEqual([['Công ty Sanofi']]);
    expect(orgs('Bệnh viện K bắt đầu tiếp nhận')).toEqual([['Bệnh viện K']]);
    expect(orgs('đến Viện Tim sau giờ làm việc')).toEqual([['Viện Tim']]);
    expect(orgs('Ban Tổ chức Festival Biển 2025 cho biết')).toEqual([['Ban Tổ chức Festival Biển']]);
  });
  it('leaves out places and people that start with a head word', () => {
    expect(orgs('các nước Na Uy, Tây Ban Nha, Bỉ')).toEqual([]);
    expect(orgs('phố cổ Hội An và TP Đà Nẵng')).toEqual([]);
    expect(orgs('mưa ở Bắc Trung Bộ và Trung Trung Bộ')).toEqual([]);
    expect(orgs('ông Đoàn Văn Việt cho biết')).toEqual([]);
    expect(orgs('Chủ tịch Ủy ban MTTQ Việt Nam Phạm Thế Duyệt')).toEqual([['Ủy ban MTTQ Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam']]);
  });
  it('stops before a person and rejects common words', () => {
    expect(orgs('Bí thư Tỉnh ủy Giàng Páo Mỷ')).toEqual([['Tỉnh ủy']]);
    expect(orgs('Hội nghị đã ban hành kế hoạch')).toEqual([]);
    expect(orgs('cấp ủy, ủy ban kiểm tra các cấp')).toEqual([]);
  });
  it('keeps the first mention of each name', () => {
    const ds = run(ORGANIZATION_RULES, 'Tỉnh ủy chỉ đạo, HĐND tỉnh giám sát, Tỉnh ủy kiểm tra');
    expect(firstMentionOnly(ds).map((d) => d.span.start)).toEqual([0, ds[1]?.span.start]);
  });
  it('keeps spans inside the sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom('Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'UBND tỉnh', 'Sở Nội vụ'), fc.constantFrom('Sáng nay, ', 'Theo ', ''), (name, before) => {
        const text = `${before}${name} tổ chức hội nghị.`;
        const ctx = contextOf(text);
        const ds = run(ORGANIZATION_RULES, text);
        expect(ds.map((d) => (d.kind === 'organization' ? d.name : ''))).toEqual([name]);
        for (const d of ds) expect(ctx.text.slice(d.span.start, d.span.end)).toBe(d.span.text);
      }),
    );
  });
  it('spells out abbreviations that are whole words of a name, the lexicon\'s own too', () => {
    const ctx = contextOf('UBND tỉnh');
    expect(expand(ctx, 'UBND tỉnh Quảng Ngãi')).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi');
    expect(expand(ctx, 'HĐND  TP. Huế')).toBe('Hội đồng nhân dân thành phố Huế');
    expect(expand(ctx, 'Văn phòng KH-UBND')).toBe('Văn phòng KH-Ủy ban nhân dân');
    expect(expand(ctx, 'UBNDX tỉnh')).toBeUndefined();
    expect(expand(ctx, 'Sở Nội vụ')).toBeUndefined();
    expect(expand(ctx, 'Ubnd tỉnh')).toBeUndefined();
    const own = { ...ctx, lexicon: compileLexicon(mergeLexicon({ organizations: { 'BQLDA': 'Ban Quản lý dự án' } })) };
    expect(expand(own, 'BQLDA huyện')).toBe('Ban Quản lý dự án huyện');
    expect(expand(ctx, 'BQLDA huyện')).toBeUndefined();
    expect(DEFAULT_LEXICON.organizations['BQLDA']).toBeUndefined();
  });

  it('spells out the names it reads, an abbreviation of one capital letter too', () => {
    const read = (ctx: ReturnType<typeof contextOf>): unknown[] => ORGANIZATION_RULES.flatMap((r) => r.apply(ctx)).map((d) => (d.kind === 'organization' ? [d.name, d.expansion] : []));
    const text = 'Hôm nay Sở Nội vụ, UBND tỉnh và Q tỉnh Quảng Ngãi đã họp';
    expect(read(contextOf(text))).toEqual([['Sở Nội vụ', undefined], ['UBND tỉnh', 'Ủy ban nhân dân tỉnh']]);
    const own = { ...contextOf(text), lexicon: compileLexicon(mergeLexicon({ organizations: { 'Q': 'Quỹ' } })) };
    expect(read(own)).toEqual([['Sở Nội vụ', undefined], ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'], ['Q tỉnh Quảng Ngãi', 'Quỹ tỉnh Quảng Ngãi']]);
  });
});
