import { describe, expect, it } from 'vitest';
import { factsOf, ofKind } from './quantity-helpers.js';

describe('change rules', () => {
  it('change/from-to reads before and after, the direction from the marker', () => {
    const [c] = ofKind(factsOf('Số bản "trắng" đảng viên từ 95 bản xuống còn 8 bản.'), 'change');
    expect(c).toMatchObject({ rule: 'change/from-to', direction: 'decrease', before: { value: 95 }, after: { value: 8 } });
    expect(c?.consistent).toBeUndefined();
  });

  it('pairs the amount with its frame, even in an unclosed parenthesis, and checks the arithmetic', () => {
    const [c, ...rest] = ofKind(factsOf('Giảm 193 thôn, bản chưa có chi bộ (từ 328 bản xuống còn 135 bản; các xã đều có chi bộ.'), 'change');
    expect(rest).toEqual([]);
    expect(c).toMatchObject({
      direction: 'decrease',
      entity: 'thôn, bản chưa có chi bộ',
      before: { value: 328 },
      after: { value: 135 },
      delta: { value: 193 },
      deltaUnit: 'absolute',
      consistent: true,
    });
  });

  it('flags arithmetic that does not add up', () => {
    const [c] = ofKind(factsOf('Giảm 45 bản chưa có chi bộ (từ 120 bản xuống còn 80 bản).'), 'change');
    expect(c).toMatchObject({ before: { value: 120 }, after: { value: 80 }, delta: { value: 45 }, consistent: false });
  });

  it('links a delta in the next clause when the arithmetic agrees', () => {
    const changes = ofKind(factsOf('Đã thu hẹp từ 95 bản xuống còn 8 bản, xóa được 87 bản "trắng" đảng viên.'), 'change');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ before: { value: 95 }, after: { value: 8 }, delta: { value: 87 }, consistent: true });
  });

  it('a linked verb alone governs a count, not a change', () => {
    const facts = factsOf('Năm nay huyện đã xóa được 19 làng chưa có chi bộ.');
    expect(ofKind(facts, 'change')).toEqual([]);
    expect(ofKind(facts, 'count')[0]).toMatchObject({ quantity: { value: 19 }, action: 'xóa được' });
  });

  it('rates with years between read as points', () => {
    const [c] = ofKind(factsOf('Tỷ lệ hộ nghèo giảm từ 12,5% năm 2020 xuống còn 4,8% năm 2024, giảm 7,7%.'), 'change');
    expect(c).toMatchObject({ before: { value: 12.5 }, after: { value: 4.8 }, delta: { value: 7.7 }, deltaUnit: 'point', consistent: true });
  });

  it('change/verb-delta reads relative changes, baselines, multipliers and per', () => {
    const [a] = ofKind(factsOf('Thu ngân sách tăng 8,32% so với cùng kỳ năm 2019.'), 'change');
    expect(a).toMatchObject({ rule: 'change/verb-delta', direction: 'increase', delta: { value: 8.32 }, deltaUnit: 'percent', baseline: 'cùng kỳ năm 2019' });
    const [b] = ofKind(factsOf('Giá trị sản xuất tăng 2,6 lần.'), 'change');
    expect(b).toMatchObject({ multiplier: 2.6, direction: 'increase' });
    expect(b?.delta).toBeUndefined();
    const [c] = ofKind(factsOf('Tỷ lệ hộ nghèo giảm bình quân 1,9%/năm.'), 'change');
    expect(c).toMatchObject({ delta: { value: 1.9 }, per: 'năm', deltaUnit: 'point' });
  });

  it('change/merge reads merges of units', () => {
    const [c] = ofKind(factsOf('Huyện đã sáp nhập 58 thôn, tổ dân phố thành 27 thôn, tổ dân phố.'), 'change');
    expect(c).toMatchObject({ rule: 'change/merge', direction: 'decrease', before: { value: 58 }, after: { value: 27 } });
  });

  it('change/to-level reads a level moved to a value', () => {
    const [c] = ofKind(factsOf('Phấn đấu đưa tỷ lệ hộ nghèo xuống còn 0,8%.'), 'change');
    expect(c).toMatchObject({ rule: 'change/to-level', direction: 'decrease', after: { value: 0.8 }, entity: 'tỷ lệ hộ nghèo', target: true });
  });

  it('change/equivalent-percent restates a change relatively', () => {
    const changes = ofKind(factsOf('Sau sáp nhập còn 76 thôn, giảm 42 thôn, bon (tương đương 35,6%).'), 'change');
    expect(changes.map((c) => [c.rule, c.delta?.value, c.deltaUnit])).toContainEqual(['change/equivalent-percent', 35.6, 'percent']);
  });

  it('change/current-state reads the level now with the change that led to it', () => {
    const changes = ofKind(factsOf('Toàn tỉnh hiện còn 995 ấp, khu phố, giảm 31 ấp, khu phố so với trước khi sắp xếp.'), 'change');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ rule: 'change/current-state', direction: 'decrease', after: { value: 995 }, delta: { value: 31 }, baseline: 'trước khi sắp xếp' });
    expect(ofKind(factsOf('Toàn tỉnh hiện còn 995 ấp, khu phố.'), 'change')).toEqual([]);
  });

  it('reads no change where the verb is part of another word or does not govern the figure', () => {
    for (const text of [
      'Một giờ trước đó, Lữ đoàn xe tăng 203 đã có mặt.',
      'Đã triển khai trước phần hạ tầng cho 4 khối nhà.',
      'Dịch bệnh gia tăng mạnh trong 5 tháng qua.',
    ]) {
      expect(ofKind(factsOf(text), 'change'), text).toEqual([]);
    }
    const facts = factsOf('Đã tăng cường 1.400 xe khách tại các bến.');
    expect(ofKind(facts, 'change')).toEqual([]);
    expect(ofKind(facts, 'count')[0]).toMatchObject({ quantity: { value: 1400 } });
  });

  it("'gấp' makes a multiplier without 'lần'", () => {
    const [c] = ofKind(factsOf('Giá dịch vụ cao gấp ba ngày thường.'), 'change');
    expect(c).toMatchObject({ direction: 'increase', multiplier: 3 });
  });

  it("a figure after 'còn' is the level reached, never the amount", () => {
    const [a] = ofKind(factsOf('Năm 2026, huyện phấn đấu giảm tỷ lệ hộ nghèo đa chiều còn 3,2%.'), 'change');
    expect(a).toMatchObject({ rule: 'change/to-level', direction: 'decrease', after: { value: 3.2 } });
    expect(a?.delta).toBeUndefined();
    const [b] = ofKind(factsOf('Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân ở vùng cao giảm còn 11,4%.'), 'change');
    expect(b).toMatchObject({ rule: 'change/to-level', after: { value: 11.4 } });
  });
});

describe('what a change is about', () => {
  const entityOf = (sentence: string): string | undefined => ofKind(factsOf(sentence), 'change')[0]?.entity;

  it('leaves out the frame of the subject: growth word, number-of word, scopes, times, auxiliaries', () => {
    expect(entityOf('Tăng trưởng GRDP cả năm đạt 8%.')).toBe('GRDP');
    expect(entityOf('Số hộ cận nghèo giảm từ 9.842 hộ xuống còn 6.105 hộ.')).toBe('hộ cận nghèo');
    expect(entityOf('Cả năm GRDP tăng 7,5% so với cùng kỳ.')).toBe('GRDP');
    expect(entityOf('GRDP năm 2024 tăng 10,28%.')).toBe('GRDP');
    expect(entityOf('Tỷ lệ hộ nghèo mỗi năm giảm bình quân 4,5%.')).toBe('Tỷ lệ hộ nghèo');
  });

  it('reads indicators and a bracketed abbreviation as subjects', () => {
    expect(entityOf('Giá trị sản xuất lâm nghiệp tăng 6,4%.')).toBe('Giá trị sản xuất lâm nghiệp');
    expect(entityOf('Tổng sản phẩm trên địa bàn (GRDP) tăng 10,28%.')).toBe('Tổng sản phẩm trên địa bàn (GRDP)');
  });

  it('takes a list of counted nouns whole, and a frame alone is no subject', () => {
    expect(entityOf('Số thôn, bản chưa có đảng viên giảm 6 thôn (từ 9 thôn xuống còn 3 thôn).')).toBe('thôn, bản chưa có đảng viên');
    expect(entityOf('Đến nay toàn tỉnh đã giảm 45 bản chưa có chi bộ.')).toBe('bản chưa có chi bộ');
  });

  it('a list of names goes on across its commas, and a frame word alone names nothing', () => {
    expect(ofKind(factsOf('Người dân tộc Thái, Mường chiếm 88,2% dân số của huyện.'), 'percent')[0]?.entity).toBe('Người dân tộc Thái, Mường');
    expect(entityOf('Năm 2024, tăng trưởng ở mức 3,3%.')).toBeUndefined();
  });

  it('reads the entity of a merge of "khu"', () => {
    expect(entityOf('Toàn huyện sáp nhập 32 khu thành 14 khu.')).toBe('khu');
  });
});

describe('change/verb-delta on sentences without a change verb', () => {
  it('reads a change verb added to the lexicon, and nothing where no verb stands', async () => {
    const { createExtractor } = await import('../../src/extract/extractor.js');
    const extractor = createExtractor({ lexicon: { increaseVerbs: ['bổ sung'] } });
    const changes = (text: string) => extractor.extract(`Tiêu đề bản tin\n\n${text}\n`, { format: 'text' }).facts.filter((f) => f.kind === 'change');
    expect(changes('Huyện bổ sung 12 biên chế cho các xã.')[0]).toMatchObject({ rule: 'change/verb-delta', direction: 'increase', delta: { value: 12 } });
    expect(changes('Huyện có 12 biên chế cho các xã.')).toEqual([]);
  });
});
