import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ORGANIZATION_RULES } from '../../src/rules/organization/index.js';
import { firstMentionOnly } from '../../src/refiners/document.js';
import { contextOf, run } from './named-context.js';

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
});
