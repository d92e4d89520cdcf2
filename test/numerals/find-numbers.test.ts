import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/numerals/index.js';
import { InvalidInputError } from '../../src/errors.js';

/** The mentions of `text` as [kind, value, span text] triples. */
function brief(text: string): Array<[string, number, string]> {
  return findNumbers(text).map((m) => [m.kind, m.value, m.span.text]);
}

/** The single mention of `text`. */
function one(text: string) {
  const found = findNumbers(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
}

describe('findNumbers: digits', () => {
  it('reads Vietnamese grouping and decimals, with exact spans', () => {
    const text = 'kết nạp 4.568 đảng viên, 1.250.000 lượt, tăng 2,5 lần, đạt 1.250,75';
    expect(brief(text)).toEqual([
      ['cardinal', 4568, '4.568'],
      ['cardinal', 1250000, '1.250.000'],
      ['decimal', 2.5, '2,5'],
      ['decimal', 1250.75, '1.250,75'],
    ]);
    for (const m of findNumbers(text)) expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
  });
  it('keeps three decimals before a scale word and reads scales exactly', () => {
    expect(one('thu 452,125 tỷ').value).toBe(452_125_000_000);
    expect(one('vốn 2,01 triệu').value).toBe(2_010_000);
    expect(one('1.200 tỷ').value).toBe(1_200_000_000_000);
  });
  it('reads English-style input only where unambiguous', () => {
    expect(one('1,250,000 người').value).toBe(1_250_000);
    expect(one('2.5 triệu').value).toBe(2_500_000);
  });
  it('reads signs, zero padding and glued suffixes', () => {
    expect(one('nhiệt độ -5 độ').value).toBe(-5);
    expect(one('âm 5').value).toBe(-5);
    expect(one('số 07').value).toBe(7);
    expect(one('giá 1tr2').value).toBe(1_200_000);
    expect(one('giá 100K').value).toBe(100_000);
  });
  it('does not read digits glued to letters', () => {
    for (const t of ['H5N1', 'COVID-19', 'QL1A', 'A2', 'mạng 5G']) expect(findNumbers(t), t).toEqual([]);
  });
});

describe('findNumbers: words', () => {
  it('reads number words with scales', () => {
    expect(brief('hai tỷ ba trăm triệu đồng')).toEqual([['money', 2_300_000_000, 'hai tỷ ba trăm triệu đồng']]);
    expect(one('hai mươi mốt người').value).toBe(21);
    expect(one('một trăm linh năm hộ').value).toBe(105);
    expect(one('2 triệu 500 nghìn').value).toBe(2_500_000);
  });
  it("reads 'ba nghìn năm' as 3000 followed by the word năm", () => {
    expect(brief('ba nghìn năm lịch sử')).toEqual([['cardinal', 3000, 'ba nghìn']]);
  });
  it('reads a lone number word only when it counts something', () => {
    expect(brief('ba xã, hai đồng chí')).toEqual([
      ['cardinal', 3, 'ba'],
      ['cardinal', 2, 'hai'],
    ]);
    for (const t of ['ba tôi nói', 'một số đảng viên', 'một trong những chi bộ', 'mười phần chết bảy', 'đầu tư hai', 'tư nhân', 'năm nay', 'không có']) {
      expect(findNumbers(t), t).toEqual([]);
    }
  });
  it('does not read number words inside proper names', () => {
    for (const t of ['quận Ba Đình', 'hồ Ba Bể', 'huyện Năm Căn', 'phố Hai Bà Trưng']) expect(findNumbers(t), t).toEqual([]);
  });
});

describe('findNumbers: qualifiers', () => {
  it.each([
    ['hơn 100 người', 'over', 'hơn 100'],
    ['trên 112%', 'over', 'trên 112%'],
    ['dưới 5 ha', 'under', 'dưới 5 ha'],
    ['chưa đến 10 hộ', 'under', 'chưa đến 10'],
    ['khoảng 3,5 tỷ đồng', 'about', 'khoảng 3,5 tỷ đồng'],
    ['ước tính 200 tấn', 'about', 'ước tính 200 tấn'],
    ['gần 2 triệu', 'nearly', 'gần 2 triệu'],
    ['ít nhất 3 lần', 'at_least', 'ít nhất 3'],
    ['tối đa 20 km', 'at_most', 'tối đa 20 km'],
    ['không quá 5 người', 'at_most', 'không quá 5'],
  ])('%s', (text, approx, span) => {
    const m = one(text);
    expect(m.approx).toBe(approx);
    expect(m.span.text).toBe(span);
  });
  it("reads 'từ … trở lên' as at_least", () => {
    expect(one('từ 18 trở lên').approx).toBe('at_least');
  });
  it('takes no built-in object property for a qualifier', () => {
    const m = one('the constructor 5');
    expect(m.approx).toBeUndefined();
    expect(m.span.text).toBe('5');
  });
  it('takes no built-in object property for a number word', () => {
    expect(findNumbers('hai constructor')).toEqual([]);
    expect(findNumbers('một phẩy constructor')).toEqual([]);
    expect(brief('một triệu hai constructor')).toEqual([['cardinal', 1_200_000, 'một triệu hai']]);
  });
  it("does not take the preposition 'trên' far from a numeral", () => {
    const m = one('trên địa bàn 5 xã');
    expect(m.approx).toBeUndefined();
    expect(m.span.text).toBe('5');
  });
});

describe('findNumbers: percent, money, units', () => {
  it('reads per cents', () => {
    expect(brief('đạt 112%, giảm 25,3 %, hai mươi lăm phần trăm')).toEqual([
      ['percent', 112, '112%'],
      ['percent', 25.3, '25,3 %'],
      ['percent', 25, 'hai mươi lăm phần trăm'],
    ]);
  });
  it('reads money with its currency', () => {
    const cases: Array<[string, number, string, string]> = [
      ['3,5 tỷ đồng', 3_500_000_000, 'đồng', 'VND'],
      ['400.000 đồng', 400_000, 'đồng', 'VND'],
      ['50.000đ', 50_000, 'đồng', 'VND'],
      ['100 VNĐ', 100, 'đồng', 'VND'],
      ['850 USD', 850, 'USD', 'USD'],
      ['$5', 5, 'USD', 'USD'],
      ['2 đô la', 2, 'USD', 'USD'],
      ['2,5 triệu USD', 2_500_000, 'USD', 'USD'],
      ['20 euro', 20, 'EUR', 'EUR'],
      ['10€', 10, 'EUR', 'EUR'],
    ];
    for (const [text, value, unit, currency] of cases) {
      const m = one(text);
      expect([m.kind, m.value, m.unit, m.currency, m.span.text], text).toEqual(['money', value, unit, currency, text]);
    }
  });
  it("reads a half word after the currency as half of the scale the numeral ends on ('hai tỷ đồng rưỡi')", () => {
    const cases: Array<[string, number]> = [
      ['hai tỷ đồng rưỡi', 2_500_000_000],
      ['mười lăm triệu đồng rưỡi', 15_500_000],
      ['âm hai tỷ đồng rưỡi', -2_500_000_000],
      ['hai đồng rưỡi', 2.5],
      ['một tỷ rưỡi đồng', 1_500_000_000],
    ];
    for (const [text, value] of cases) {
      const m = one(text);
      expect([m.kind, m.value, m.span.text], text).toEqual(['money', value, text]);
    }
  });

  it('reads measured units but not counted nouns', () => {
    expect(one('15 ha').unit).toBe('ha');
    expect(one('2,5 km²').unit).toBe('km2');
    expect(one('300 tấn').unit).toBe('tấn');
    expect(one('50 MW').unit).toBe('MW');
    expect(one('12 đảng viên').unit).toBeUndefined();
    expect(one('12 chi bộ').unit).toBeUndefined();
    expect(one('ba đồng chí').kind).toBe('cardinal');
  });

  it('reads an exponent written apart from its unit, but not the next figure', () => {
    expect(findNumbers('khai thác 1.200 m 3 gỗ').map((m) => [m.span.text, m.unit])).toEqual([['1.200 m 3', 'm3']]);
    expect(findNumbers('bình quân 48,3 km 2 mỗi xã').map((m) => [m.span.text, m.unit])).toEqual([['48,3 km 2', 'km2']]);
    expect(findNumbers('cao 3 m 2,5 m').map((m) => [m.span.text, m.value])).toEqual([['3 m', 3], ['2,5 m', 2.5]]);
    expect(findNumbers('dài 5 m 20 cm').map((m) => m.span.text)).toEqual(['5 m', '20 cm']);
  });
});

describe('findNumbers: ranges and fractions', () => {
  it('reads ranges with low value and max', () => {
    expect(findNumbers('từ 60 - 80 người').map((m) => [m.kind, m.value, m.max, m.span.text])).toEqual([['range', 60, 80, 'từ 60 - 80']]);
    const pct = one('5-6%');
    expect([pct.kind, pct.value, pct.max, pct.unit]).toEqual(['range', 5, 6, '%']);
    const money = one('từ 10 đến 15 tỷ đồng');
    expect([money.value, money.max, money.unit, money.currency]).toEqual([10e9, 15e9, 'đồng', 'VND']);
    expect([one('2-3 triệu').value, one('2-3 triệu').max]).toEqual([2e6, 3e6]);
  });
  it('reads fractions', () => {
    const f = one('412/430 xã');
    expect([f.kind, f.numerator, f.denominator, f.value]).toEqual(['fraction', 412, 430, 412 / 430]);
    expect(one('1/3 số hộ').value).toBeCloseTo(1 / 3);
    const w = one('ba phần tư dân số');
    expect([w.kind, w.numerator, w.denominator, w.value]).toEqual(['fraction', 3, 4, 0.75]);
  });
});

describe('findNumbers: years, Roman numerals, ordinals', () => {
  it('reads years, each its own mention', () => {
    expect(brief('năm 2016')).toEqual([['year', 2016, '2016']]);
    expect(brief('giai đoạn 2016-2020')).toEqual([
      ['year', 2016, '2016'],
      ['year', 2020, '2020'],
    ]);
    expect(brief('nhiệm kỳ 2020 – 2025')).toEqual([
      ['year', 2020, '2020'],
      ['year', 2025, '2025'],
    ]);
  });
  it('reads Roman numerals only in Roman contexts', () => {
    expect(brief('khóa XII')).toEqual([['roman', 12, 'XII']]);
    expect(brief('quý IV, Đại hội XIII, thế kỷ XXI')).toEqual([
      ['roman', 4, 'IV'],
      ['roman', 13, 'XIII'],
      ['roman', 21, 'XXI'],
    ]);
    for (const t of ['I think so', 'chữ V hoa', 'công ty MC', 'Vitamin C']) expect(findNumbers(t), t).toEqual([]);
  });
  it('reads ordinals', () => {
    expect(brief('lần thứ 9, thứ nhất, thứ nhì, thứ 13, đầu tiên')).toEqual([
      ['ordinal', 9, 'thứ 9'],
      ['ordinal', 1, 'thứ nhất'],
      ['ordinal', 2, 'thứ nhì'],
      ['ordinal', 13, 'thứ 13'],
      ['ordinal', 1, 'đầu tiên'],
    ]);
    expect(brief('kỳ họp thứ hai')).toEqual([['ordinal', 2, 'thứ hai']]);
  });
  it('skips weekdays', () => {
    for (const t of ['Sáng thứ Hai', 'vào thứ hai tuần tới', 'thứ Năm, ngày 5/8', 'chiều thứ sáu']) expect(findNumbers(t), t).toEqual([]);
  });
});

describe('findNumbers: what is not a mention', () => {
  it.each([
    'Nghị quyết 04-NQ/TU',
    'Nghị định 123/NĐ-CP',
    'Chỉ thị 05-CT/TW',
    'NQ/TU',
    'ngày 16/10',
    'hết ngày 15/3/2019',
    'sáng 5.3',
    'tối 23-9',
    'ngày 12.4',
    'ngày 5/8/2020',
    'ngày 5 tháng 8 năm 2020',
    'lúc 8h30',
    'lúc 14:30',
    'lúc 14 giờ',
    'gọi 0912 345 678',
    'chi bộ',
  ])('%s', (text) => {
    expect(findNumbers(text)).toEqual([]);
  });
  it('keeps a duration in hours as a number', () => {
    expect(brief('trong 24 giờ qua')).toEqual([['cardinal', 24, '24']]);
  });
});

describe('findNumbers: input', () => {
  it('throws InvalidInputError for a non-string', () => {
    expect(() => findNumbers(42 as unknown as string)).toThrow(InvalidInputError);
  });
  it('maps spans back through NFD, CRLF and NBSP', () => {
    const nfd = 'Kết nạp 4.568 đảng viên, đạt trên 112% kế hoạch'.normalize('NFD');
    const crlf = 'Dòng một\r\nthu 3,5\u00a0tỷ\u00a0đồng\r\nhơn 100 người';
    for (const text of [nfd, crlf]) {
      const found = findNumbers(text);
      expect(found.length).toBeGreaterThan(1);
      for (const m of found) expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
    }
    expect(findNumbers(nfd).map((m) => m.span.text.normalize('NFC'))).toEqual(['4.568', 'trên 112%']);
    expect(findNumbers(crlf).map((m) => m.span.text)).toEqual(['3,5\u00a0tỷ\u00a0đồng', 'hơn 100']);
  });
});
