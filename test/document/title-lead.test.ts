import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/document/index.js';

describe('plain-text layouts', () => {
  it('VnExpress: first line is the headline, second the lead', () => {
    const input = 'Tỉnh Mẫu tăng phụ cấp cho cán bộ thôn\r\nCán bộ thôn ở tỉnh Mẫu sẽ nhận thêm 500.000 đồng mỗi tháng từ quý III.\r\nTheo nghị quyết vừa được thông qua, mức phụ cấp mới áp dụng cho 1.200 thôn.\r\nNgân sách tỉnh bố trí 7,2 tỷ đồng mỗi năm.\r\n\r\n';
    const a = parseArticle(input);
    expect(a.title).toBe('Tỉnh Mẫu tăng phụ cấp cho cán bộ thôn');
    expect(a.lead).toBe('Cán bộ thôn ở tỉnh Mẫu sẽ nhận thêm 500.000 đồng mỗi tháng từ quý III.');
    expect(a.dateline).toBeUndefined();
    expect(a.paragraphs).toHaveLength(2);
  });

  it('Người Lao Động: title, (NLĐ)- and lead on one line', () => {
    const input = ' Xã Mẫu xây 3 trường học mới (NLĐ)- Ngày 5-9, UBND xã Mẫu khánh thành 3 trường học với tổng vốn 12 tỉ đồng.\r\nCác trường có 24 phòng học, đón 800 học sinh.\r\nĐịa phương còn thiếu 40 giáo viên.\r\n';
    const a = parseArticle(input);
    expect(a.title).toBe('Xã Mẫu xây 3 trường học mới');
    expect(a.lead).toBe('Ngày 5-9, UBND xã Mẫu khánh thành 3 trường học với tổng vốn 12 tỉ đồng.');
    expect(a.dateline).toBeUndefined();
    expect(a.dropped.map((d) => d.text)).toContain('(NLĐ)-');
    expect(a.paragraphs.map((p) => p.span.text)).toEqual(['Các trường có 24 phòng học, đón 800 học sinh.', 'Địa phương còn thiếu 40 giáo viên.']);
  });

  it('Người Lao Động: a lone run-together paragraph is body, not lead', () => {
    const a = parseArticle('Hỗ trợ 16 tỉ đồng (NLĐ) - Trong hai ngày 25 và 26-2, hội thảo đã bàn dự án 16 tỉ đồng.\r\n');
    expect(a.title).toBe('Hỗ trợ 16 tỉ đồng');
    expect(a.lead).toBeUndefined();
    expect(a.paragraphs).toHaveLength(1);
  });

  it('dateline "ĐIỆN BIÊN -" opening the lead', () => {
    const a = parseArticle('Tổng kết công tác xây dựng Đảng\nĐIỆN BIÊN - Sáng 5/8, Tỉnh ủy tổ chức hội nghị tổng kết.\nĐoạn thân bài thứ nhất.\nĐoạn thân bài thứ hai.');
    expect(a.dateline).toBe('ĐIỆN BIÊN -');
    expect(a.datelineSpan?.text).toBe('ĐIỆN BIÊN -');
    expect(a.lead?.startsWith('ĐIỆN BIÊN - Sáng 5/8')).toBe(true);
  });

  it.each([
    ['Điện Biên: Tổng kết Nghị quyết 04-NQ/TU', 'Điện Biên:'],
    ['HẢI DƯƠNG – Khánh thành cầu mới', 'HẢI DƯƠNG –'],
    ['TP HCM - Giá xăng giảm 500 đồng', 'TP HCM -'],
    ['TP. Hồ Chí Minh: Mở 3 tuyến xe buýt', 'TP. Hồ Chí Minh:'],
  ])('title dateline %j → %j', (title, dateline) => {
    const a = parseArticle(`${title}\nTóm tắt ngắn.\nThân bài.`);
    expect(a.title).toBe(title);
    expect(a.dateline).toBe(dateline);
  });

  it.each([
    '(NLĐ)- Sáng nay, xã Mẫu khai giảng.',
    '(TTXVN) Sáng nay, xã Mẫu khai giảng.',
    '(VOV) - Sáng nay, xã Mẫu khai giảng.',
    '(Chinhphu.vn) - Sáng nay, xã Mẫu khai giảng.',
    'VOV - Sáng nay, xã Mẫu khai giảng.',
  ])('outlet codes are never datelines: %j', (lead) => {
    const a = parseArticle(`Khai giảng năm học mới\n${lead}\nThân bài một.\nThân bài hai.`);
    expect(a.dateline).toBeUndefined();
  });

  it.each([
    'Ông Nguyễn Văn A: Tôi sẽ làm hết sức',
    'Luang Prabang - nơi sắc vàng bị săn đuổi',
    'Bỏ kỳ thi đại học: Cần cân nhắc kỹ',
  ])('no dateline in %j', (title) => {
    expect(parseArticle(`${title}\nTóm tắt.\nThân bài.`).dateline).toBeUndefined();
  });

  it('a long first paragraph is not a title', () => {
    const long = 'Mới đây, ' + 'một chủ doanh nghiệp đã thuê người theo dõi xe quá tải, '.repeat(7) + 'rồi báo cho cảnh sát.';
    const a = parseArticle(`${long}\nĐoạn hai.`);
    expect(a.title).toBeUndefined();
    expect(a.lead).toBeUndefined();
    expect(a.paragraphs).toHaveLength(2);
  });

  it('a second line that introduces a list or stands alone is not a lead', () => {
    expect(parseArticle('Tiêu đề\nHồ sơ gồm:\n- Bảng điểm.\n- Bằng tốt nghiệp.').lead).toBeUndefined();
    expect(parseArticle('Tiêu đề\nChỉ có một đoạn.').lead).toBeUndefined();
  });

  it('title keeps the dateline, clean NFC text from NFD input', () => {
    const input = 'Điện Biên: Tổng kết\u00a0 công tác\nTóm tắt.\nThân bài.'.normalize('NFD');
    const a = parseArticle(input);
    expect(a.title).toBe('Điện Biên: Tổng kết công tác');
    expect(a.dateline).toBe('Điện Biên:');
    expect(input.slice(a.titleSpan!.start, a.titleSpan!.end)).toBe(a.titleSpan!.text);
  });
});

describe('Markdown layouts', () => {
  it('ATX heading is the title, next paragraph the lead', () => {
    const input = '# Xã Mẫu đạt chuẩn nông thôn mới\n\n**Năm 2023, xã Mẫu hoàn thành 19/19 tiêu chí.**\n\nXã có 5 thôn với 1.200 hộ.\n\nXem [bài gốc](https://example.vn/a).\n';
    const a = parseArticle(input);
    expect(a.format).toBe('markdown');
    expect(a.title).toBe('Xã Mẫu đạt chuẩn nông thôn mới');
    expect(a.titleSpan?.text).toBe('Xã Mẫu đạt chuẩn nông thôn mới');
    expect(a.lead).toBe('Năm 2023, xã Mẫu hoàn thành 19/19 tiêu chí.');
    expect(a.paragraphs[0]?.span.text).toBe('Xã có 5 thôn với 1.200 hộ.');
  });

  it('a list of links under "Tin liên quan" is dropped', () => {
    const input = '# Tiêu đề\n\nTóm tắt ngắn.\n\nThân bài có 3 thôn.\n\n## Tin liên quan\n\n- [Huyện A có 900 hộ nghèo](https://e.vn/1)\n- [Xã B giải ngân 70 tỷ](https://e.vn/2)\n';
    const a = parseArticle(input);
    const body = a.paragraphs.map((p) => p.span.text).join('\n');
    expect(body).not.toMatch(/900|70 tỷ/);
    expect(body).toContain('Thân bài có 3 thôn.');
  });
});

describe('HTML layouts', () => {
  it('an <h1> in the article wins over a site-logo <h1>; sapo by class', () => {
    const input = '<html><head><title>Tin - Báo Mẫu</title></head><body><header><h1 class="logo"><a href="/">Báo Mẫu</a></h1></header><article><h1>Huyện Mẫu có thêm 4 xã đạt chuẩn</h1><p class="sapo">Sapo: huyện đã có 12/15 xã đạt chuẩn.</p><p>Thân bài một có nhiều chữ để đọc.</p><p>Thân bài hai.</p></article></body></html>';
    const a = parseArticle(input);
    expect(a.format).toBe('html');
    expect(a.title).toBe('Huyện Mẫu có thêm 4 xã đạt chuẩn');
    expect(a.lead).toBe('Sapo: huyện đã có 12/15 xã đạt chuẩn.');
    expect(a.paragraphs.map((p) => p.span.text)).toEqual(['Thân bài một có nhiều chữ để đọc.', 'Thân bài hai.']);
  });

  it('leading bold paragraph or <h2> after the title is the lead', () => {
    const bold = parseArticle('<h1>Tiêu đề</h1><p><strong>Tóm tắt in đậm.</strong></p><p>Thân bài.</p>');
    expect(bold.lead).toBe('Tóm tắt in đậm.');
    const h2 = parseArticle('<h1>Tiêu đề</h1><h2>Tóm tắt h2.</h2><p>Thân bài.</p>');
    expect(h2.lead).toBe('Tóm tắt h2.');
  });

  it('falls back to <title>, then og:title, when there is no heading', () => {
    const a = parseArticle('<html><head><title>Xã A &amp; xã B sáp nhập</title></head><body><p>Thân bài.</p></body></html>');
    expect(a.title).toBe('Xã A & xã B sáp nhập');
    expect(a.titleSpan?.text).toBe('Xã A &amp; xã B sáp nhập');
    const og = parseArticle('<html><head><meta property="og:title" content="Xã C &amp; xã D"></head><body><p>Thân bài.</p></body></html>');
    expect(og.title).toBe('Xã C & xã D');
    expect(og.titleSpan?.text).toBe('Xã C &amp; xã D');
  });

  it('clean title, lead and dateline: entities decoded, tags and extra spaces removed', () => {
    const a = parseArticle('<h1>ĐIỆN BIÊN &ndash; <em>Tổng   kết</em>\n  công tác</h1><p class="lead">Tóm&nbsp;tắt <b>đậm</b>.</p><p>Thân.</p>');
    expect(a.title).toBe('ĐIỆN BIÊN – Tổng kết công tác');
    expect(a.dateline).toBe('ĐIỆN BIÊN –');
    expect(a.datelineSpan?.text).toBe('ĐIỆN BIÊN &ndash;');
    expect(a.lead).toBe('Tóm tắt đậm.');
  });
});
