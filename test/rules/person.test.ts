import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PERSON_RULES } from '../../src/rules/person/index.js';
import { contextOf, run } from './named-context.js';
import { FAMILY_NAMES } from '../../src/lexicon/people.js';

/** The person drafts of a text, as { text, name, titles, honorific }. */
function people(text: string): unknown[] {
  return run(PERSON_RULES, text).map((d) => {
    if (d.kind !== 'person') throw new Error('not a person');
    return { text: d.span.text, name: d.name, titles: d.titles, ...(d.honorific ? { honorific: d.honorific } : {}) };
  });
}

describe('person rules', () => {
  it('reads a title whose body is an unknown name or abbreviation with its lower-case syllables', () => {
    expect(people('ông Trần Văn Hiệp, Chủ tịch HĐQT Tổng Công ty Đầu tư phát triển cho biết')).toMatchObject([
      { name: 'Trần Văn Hiệp', titles: ['Chủ tịch HĐQT Tổng Công ty Đầu tư phát triển'] },
    ]);
    expect(people('ông Lê Quốc Trung, Trưởng Phòng Thông tin tuyên truyền của công ty nói')).toMatchObject([
      { name: 'Lê Quốc Trung', titles: ['Trưởng Phòng Thông tin tuyên truyền'] },
    ]);
  });
  it('reads an honorific, a name and two titles', () => {
    expect(people('Kết luận hội nghị, đồng chí Lò Văn Muôn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn mạnh')).toEqual([
      {
        text: 'đồng chí Lò Văn Muôn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
        name: 'Lò Văn Muôn',
        titles: ['Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
        honorific: 'đồng chí',
      },
    ]);
  });
  it('reads ông and bà', () => {
    expect(people('ông Nguyễn Văn Sơn, Giám đốc Sở Nội vụ cho biết')).toEqual([
      { text: 'ông Nguyễn Văn Sơn, Giám đốc Sở Nội vụ', name: 'Nguyễn Văn Sơn', titles: ['Giám đốc Sở Nội vụ'], honorific: 'ông' },
    ]);
    expect(people('bà Thạch Thị Sa Rên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy đề nghị')).toMatchObject([
      { name: 'Thạch Thị Sa Rên', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy'], honorific: 'bà' },
    ]);
    expect(people('Ông Lò Văn Thanh cho biết')).toMatchObject([{ name: 'Lò Văn Thanh', titles: [], honorific: 'Ông' }]);
  });
  it('reads titles before the name', () => {
    expect(people('Phó Chủ tịch UBND tỉnh Nguyễn Văn A cho biết')).toEqual([
      { text: 'Phó Chủ tịch UBND tỉnh Nguyễn Văn A', name: 'Nguyễn Văn A', titles: ['Phó Chủ tịch UBND tỉnh'] },
    ]);
    expect(people('Bí thư Tỉnh ủy Giàng Páo Mỷ phát biểu')).toMatchObject([{ name: 'Giàng Páo Mỷ', titles: ['Bí thư Tỉnh ủy'] }]);
    expect(people('Chủ tịch UBND TP Hà Nội Nguyễn Quốc Triệu cho biết')).toMatchObject([
      { name: 'Nguyễn Quốc Triệu', titles: ['Chủ tịch UBND TP Hà Nội'] },
    ]);
  });
  it('reads every titled person of a sentence, a former title too, wherever the title heads stand', () => {
    expect(people('Dự buổi lễ có nguyên Phó Chủ tịch UBND tỉnh Nguyễn Văn An và Bí thư Huyện ủy Lò Văn Muôn cùng nhiều đại biểu.')).toEqual([
      { text: 'nguyên Phó Chủ tịch UBND tỉnh Nguyễn Văn An', name: 'Nguyễn Văn An', titles: ['nguyên Phó Chủ tịch UBND tỉnh'] },
      { text: 'Bí thư Huyện ủy Lò Văn Muôn', name: 'Lò Văn Muôn', titles: ['Bí thư Huyện ủy'] },
    ]);
    expect(people('nguyên Chủ tịch UBND tỉnh Trần Văn Bình phát biểu')).toMatchObject([{ name: 'Trần Văn Bình', titles: ['nguyên Chủ tịch UBND tỉnh'] }]);
    expect(people('Phó Chủ tịch Thường trực HĐND tỉnh Hà Văn Cường, Giám đốc Sở Nội vụ Nguyễn Thị Dung cho biết')).toMatchObject([
      { name: 'Hà Văn Cường', titles: ['Phó Chủ tịch Thường trực HĐND tỉnh'] },
      { name: 'Nguyễn Thị Dung', titles: ['Giám đốc Sở Nội vụ'] },
    ]);
    expect(people('Chủ tịch Nguyễn Văn A')).toMatchObject([{ name: 'Nguyễn Văn A', titles: ['Chủ tịch'] }]);
  });
  it('keeps family names as words apart by single spaces (the readers look a family name up only before a space)', () => {
    for (const family of FAMILY_NAMES) expect(family).toMatch(/^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*'?$/u);
  });
  it('reads titles after a dash and list items', () => {
    expect(people('Nguyễn Văn A - Bí thư Huyện ủy')).toMatchObject([{ name: 'Nguyễn Văn A', titles: ['Bí thư Huyện ủy'] }]);
    expect(people('Dự hội nghị có các đồng chí: Nguyễn Văn A, Bí thư Huyện ủy; Trần Thị B, Phó Bí thư Huyện ủy.')).toMatchObject([
      { name: 'Nguyễn Văn A', titles: ['Bí thư Huyện ủy'], honorific: 'đồng chí' },
      { name: 'Trần Thị B', titles: ['Phó Bí thư Huyện ủy'], honorific: 'đồng chí' },
    ]);
  });
  it('reads minority names', () => {
    expect(people("bà H'Nơ Niê, Bí thư Đảng ủy xã")).toMatchObject([{ name: "H'Nơ Niê" }]);
    expect(people('ông Y Thanh Hà Niê Kdăm, Phó Chủ tịch Quốc hội')).toMatchObject([{ name: 'Y Thanh Hà Niê Kdăm' }]);
    expect(people('đồng chí Giàng A Páo, Tỉnh ủy viên')).toMatchObject([{ name: 'Giàng A Páo', titles: ['Tỉnh ủy viên'] }]);
  });
  it('never takes a title, an organization or a place for a person', () => {
    expect(people('Tỉnh ủy tiếp tục tập trung chỉ đạo')).toEqual([]);
    expect(people('Tỉnh ủy Điện Biên tổng kết Nghị quyết')).toEqual([]);
    expect(people('bà con Điện Biên đón Tết')).toEqual([]);
    expect(people('tái đắc cử chức Bí thư Huyện ủy với 100% số phiếu')).toEqual([]);
    expect(people('Phó Chủ tịch UBND tỉnh Điện Biên cho biết')).toEqual([]);
    expect(people('Phó Bí thư Thường trực Huyện ủy Mai Châu cho biết')).toEqual([]);
  });
  it('reads any generated person', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Nguyễn Văn Hùng', 'Lò Thị Mai', 'Trần Quốc Toản', 'Giàng A Páo', 'Hoàng Thị Thu Hà'),
        fc.constantFrom('Phó Bí thư Tỉnh ủy', 'Giám đốc Sở Tài chính', 'Chủ tịch UBND huyện Mường Nhé'),
        fc.constantFrom('đồng chí', 'ông', 'bà'),
        fc.constantFrom('phát biểu', 'cho biết', 'nhấn mạnh'),
        (name, title, honorific, verb) => {
          const text = `Tại hội nghị, ${honorific} ${name}, ${title} ${verb} nhiều ý kiến.`;
          const ds = run(PERSON_RULES, text);
          expect(ds).toHaveLength(1);
          const d = ds[0];
          if (d?.kind !== 'person') throw new Error('not a person');
          expect(d.name).toBe(name);
          expect(d.titles).toEqual([title]);
          const ctx = contextOf(text);
          expect(ctx.text.slice(d.span.start, d.span.end)).toBe(d.span.text);
        },
      ),
    );
  });
});
