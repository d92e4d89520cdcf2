import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REFERENCE_RULES } from '../../src/rules/reference/index.js';
import { contextOf, run } from './named-context.js';

/** The reference drafts of a text, without provenance. */
function refs(text: string): unknown[] {
  return run(REFERENCE_RULES, text).map((d) => {
    if (d.kind !== 'reference') throw new Error('not a reference');
    const { kind: _k, rule: _r, uses: _u, span, ...fields } = d;
    return { text: span.text, ...fields };
  });
}

describe('reference rules', () => {
  it('reads party codes', () => {
    expect(refs('thực hiện Nghị quyết 04-NQ/TU, cấp ủy')).toEqual([{ text: 'Nghị quyết 04-NQ/TU', docType: 'Nghị quyết', number: '04', symbol: 'NQ/TU' }]);
    expect(refs('Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII về tăng cường')).toEqual([
      {
        text: 'Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII',
        docType: 'Nghị quyết', number: '21', symbol: 'NQ/TW', issuer: 'Ban Chấp hành Trung ương Đảng', term: 13,
      },
    ]);
    expect(refs('Chỉ thị 05-CT/TW')).toEqual([{ text: 'Chỉ thị 05-CT/TW', docType: 'Chỉ thị', number: '05', symbol: 'CT/TW' }]);
    expect(refs('Kế hoạch 45-KH/TU của Ban Thường vụ Tỉnh ủy về phát triển')).toEqual([
      { text: 'Kế hoạch 45-KH/TU của Ban Thường vụ Tỉnh ủy', docType: 'Kế hoạch', number: '45', symbol: 'KH/TU', issuer: 'Ban Thường vụ Tỉnh ủy' },
    ]);
  });
  it('reads a date and issuer after the code', () => {
    expect(refs('Nghị quyết 15-NQ/TU ngày 20/7/2020 của Tỉnh ủy về tăng cường')).toEqual([
      { text: 'Nghị quyết 15-NQ/TU ngày 20/7/2020 của Tỉnh ủy', docType: 'Nghị quyết', number: '15', symbol: 'NQ/TU', issuer: 'Tỉnh ủy' },
    ]);
  });
  it('reads sloppy spacing', () => {
    expect(refs('Nghị quyết 04 - NQ/TU')).toMatchObject([{ number: '04', symbol: 'NQ/TU' }]);
    expect(refs('Nghị quyết 04-NQ / TU')).toMatchObject([{ number: '04', symbol: 'NQ/TU' }]);
  });
  it('reads state codes', () => {
    expect(refs('Nghị quyết số 35/NQ-HĐND ngày 12/7/2024 của HĐND tỉnh về chính sách')).toMatchObject([
      { docType: 'Nghị quyết', number: '35', symbol: 'NQ-HĐND', issuer: 'HĐND tỉnh' },
    ]);
    expect(refs('Nghị định 38/2021/NĐ-CP')).toMatchObject([{ docType: 'Nghị định', number: '38', symbol: '2021/NĐ-CP' }]);
    expect(refs('Nghị quyết số 09/2023/NQ-HĐND của HĐND tỉnh')).toMatchObject([{ number: '09', symbol: '2023/NQ-HĐND', issuer: 'HĐND tỉnh' }]);
    expect(refs('Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ')).toMatchObject([
      { docType: 'Quyết định', number: '1719', symbol: 'QĐ-TTg', issuer: 'Thủ tướng Chính phủ' },
    ]);
    expect(refs('Quyết định 123/QĐ-UBND')).toMatchObject([{ number: '123', symbol: 'QĐ-UBND' }]);
    expect(refs('theo 05-QĐ/TW')).toMatchObject([{ docType: 'Quyết định', number: '05', symbol: 'QĐ/TW' }]);
  });
  it('reads plenums, congresses and numbered documents', () => {
    expect(refs('Nghị quyết Trung ương 4 (khóa XII) gắn với Chỉ thị số 05 của Bộ Chính trị về đẩy mạnh')).toEqual([
      { text: 'Nghị quyết Trung ương 4 (khóa XII)', docType: 'Nghị quyết', number: '4', issuer: 'Trung ương', term: 12 },
      { text: 'Chỉ thị số 05 của Bộ Chính trị', docType: 'Chỉ thị', number: '05', issuer: 'Bộ Chính trị' },
    ]);
    expect(refs('Nghị quyết Trung ương 4 khóa XII')).toMatchObject([{ number: '4', term: 12 }]);
    expect(refs('Đề án 06 về phát triển')).toMatchObject([{ docType: 'Đề án', number: '06' }]);
    expect(refs('Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV')).toMatchObject([
      { docType: 'Nghị quyết', issuer: 'Đại hội Đảng bộ tỉnh', ordinal: 15 },
    ]);
    expect(refs('Nghị quyết Đại hội XIII của Đảng')).toMatchObject([{ docType: 'Nghị quyết', ordinal: 13 }]);
  });
  it('reads every part of a congress name', () => {
    expect(refs('Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng')).toMatchObject([
      { text: 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', issuer: 'Đại hội đại biểu toàn quốc Đảng', ordinal: 13 },
    ]);
    expect(refs('Nghị quyết Đại hội Đảng bộ thành phố Hà Nội lần thứ XVII')).toMatchObject([
      { issuer: 'Đại hội Đảng bộ thành phố Hà Nội', ordinal: 17 },
    ]);
    expect(refs('Văn kiện Đại hội XIII Đảng toàn quốc')).toMatchObject([{ docType: 'Văn kiện', issuer: 'Đại hội Đảng', ordinal: 13 }]);
    expect(refs('Nghị quyết Đại hội Đảng bộ thị trấn Mường Lát')).toMatchObject([{ issuer: 'Đại hội Đảng bộ thị trấn Mường Lát' }]);
    // a congress named by neither a number nor a level of place is not read
    expect(refs('Nghị quyết Đại hội Đảng')).toEqual([]);
  });
  it('rejects what names no document', () => {
    expect(refs('các chủ trương, nghị quyết của Đảng')).toEqual([]);
    expect(refs('xây dựng kế hoạch 5 năm')).toEqual([]);
    expect(refs('Kế hoạch 2025 của huyện')).toEqual([]);
    expect(refs('có 45/96 xã')).toEqual([]);
    expect(refs('Nghị quyết của Tỉnh ủy')).toEqual([]);
  });
  it('reads one reference per generated sentence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }).map((n) => (n < 10 ? `0${n}` : String(n))),
        fc.constantFrom('TU', 'TW', 'HU', 'ĐU', 'ThU'),
        fc.constantFrom('Tỉnh ủy tổng kết', 'Qua 3 năm thực hiện', 'Các cấp ủy quán triệt', ''),
        fc.constantFrom('về công tác cán bộ.', ', đạt kết quả tốt.', 'đã đi vào cuộc sống.', ''),
        (n, issuer, before, after) => {
          const text = `${before} Nghị quyết ${n}-NQ/${issuer} ${after}`;
          const ds = run(REFERENCE_RULES, text);
          expect(ds).toHaveLength(1);
          const d = ds[0];
          if (d?.kind !== 'reference') throw new Error('not a reference');
          expect(d.number).toBe(n);
          expect(d.symbol).toBe(`NQ/${issuer}`);
          const ctx = contextOf(text);
          expect(d.span.start).toBeGreaterThanOrEqual(ctx.start);
          expect(d.span.end).toBeLessThanOrEqual(ctx.end);
          expect(ctx.text.slice(d.span.start, d.span.end)).toBe(d.span.text);
        },
      ),
    );
  });
});
