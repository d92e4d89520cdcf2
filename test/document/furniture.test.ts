import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/document/index.js';
import fc from 'fast-check';
import { isByline, isFooterLine, isFurnitureHeading, isLinkLine, lineKey } from '../../src/document/furniture.js';

/** Asserts that every span of an article slices `input`. */
function expectHonest(input: string, a: ReturnType<typeof parseArticle>): void {
  const spans = [...a.paragraphs.map((p) => p.span), ...a.sentences.map((s) => s.span), ...a.dropped, a.titleSpan, a.leadSpan, a.datelineSpan];
  for (const s of spans) if (s) expect(input.slice(s.start, s.end)).toBe(s.text);
}

describe('lineKey', () => {
  it('lower-cases and strips bullets, trailing marks and a bracketed count', () => {
    expect(lineKey('• Tin LIÊN QUAN »')).toBe('tin liên quan');
    expect(lineKey('Bình luận (12):')).toBe('bình luận');
    expect(lineKey('Ý kiến (a)')).toBe('ý kiến (a)');
    expect(lineKey('(3)')).toBe('');
    expect(lineKey('-- > --')).toBe('');
  });

  it('is the lower-cased line with its opening and closing marks stripped, as the patterns say', () => {
    const pattern = (text: string): string =>
      text.toLowerCase().replace(/^[\s\-•*>#|]+/u, '').replace(/[\s:.\-|»>›]*(?:\(\d+\))?[\s:.\-|»>›]*$/u, '').trim();
    const pieces = [' ', '-', '•', '*', '>', '#', '|', ':', '.', '»', '›', '(', ')', '1', '23', 'a', 'Bình', 'İ', 'Σ', '\u00a0', '(5)', 'X'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(lineKey(text)).toBe(pattern(text));
      }),
    );
  });
});

describe('furniture rules', () => {
  it.each(['Phản hồi', 'Các tin khác', 'Tin liên quan:', 'Tin cùng chuyên mục', 'Mới nhất', 'Xem nhiều nhất', 'Đọc nhiều', 'Bình luận (12)', 'Ý kiến bạn đọc', 'Tags', 'Từ khóa:'])(
    'heading %j',
    (text) => expect(isFurnitureHeading(text)).toBe(true),
  );
  it.each(['Địa chỉ: 12 Lê Lợi, TP Mẫu', 'ĐT: 0230 3824 567', 'Điện thoại: (0230) 382 4567', 'Email: toasoan@bao.vn', 'Giấy phép số 123/GP-BTTTT', '© 2024 Báo Mẫu', 'Bản quyền thuộc về Báo Mẫu', 'Ghi rõ nguồn khi phát hành lại'])(
    'footer %j',
    (text) => expect(isFooterLine(text)).toBe(true),
  );
  it.each(['Theo TTXVN', 'Nguồn: Báo Nhân Dân', '(Theo Thanh Niên)', 'PV', 'Minh Anh (TTXVN)', 'Minh Anh', 'Phong Lan - Việt Hòa', 'Việt Anh thực hiện', 'V.H.'])(
    'byline %j',
    (text) => expect(isByline(text)).toBe(true),
  );
  it.each(['Theo Cục Thú y, trong ngày có 16 điểm phát dịch.', 'Hôm nay, phiên tòa tiếp tục.', 'Vụ việc đang được điều tra làm rõ.'])('not a byline %j', (text) =>
    expect(isByline(text)).toBe(false),
  );
  it.each(['Xem thêm: Xã A có 900 hộ nghèo', 'https://example.vn/tin-a.html', 'Gà chết hàng loạt ở Long An(02/01/2004)'])('link line %j', (text) =>
    expect(isLinkLine(text)).toBe(true),
  );
  it('body text with the words is not furniture', () => {
    expect(isFooterLine('Công ty vi phạm bản quyền tác giả đã bị xử phạt 20 triệu đồng.')).toBe(false);
    expect(isFooterLine('Cán bộ thú y phải ghi rõ nguồn gốc gia cầm.')).toBe(false);
    expect(isFurnitureHeading('Bình luận của chuyên gia về giá lúa')).toBe(false);
  });
});

describe('furniture in plain text', () => {
  it('drops trailing furniture lines and everything after a furniture heading', () => {
    const input = 'Tiêu đề\nTóm tắt.\nThân bài có 64 tổ chức.\nChia sẻ\nIn bài\nMinh Anh (TTXVN)\n\nPhản hồi\n\nCác tin khác\nXã A kết nạp 12 đảng viên\nMới nhất\nXem nhiều nhất\n';
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.span.text)).toEqual(['Thân bài có 64 tổ chức.']);
    expect(a.dropped.map((d) => d.text)).toEqual(['Chia sẻ', 'In bài', 'Minh Anh (TTXVN)', 'Phản hồi', 'Các tin khác', 'Xã A kết nạp 12 đảng viên', 'Mới nhất', 'Xem nhiều nhất']);
    expectHonest(input, a);
  });

  it('keeps lines with figures unless they are clearly furniture', () => {
    const input = 'Tiêu đề\nTóm tắt.\nThân bài.\n2019\nĐịa chỉ: 12 Lê Lợi\nĐT: 0230 3824 567\nGiấy phép số 123/GP-BTTTT\n© 2024 Báo Mẫu\n';
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.span.text)).toEqual(['Thân bài.', '2019']);
    expect(a.dropped).toHaveLength(4);
  });

  it('drops bylines at the end: author alone, Theo …, Nguồn: …, PV', () => {
    for (const byline of ['Nguyễn Minh Anh', 'Theo Báo Nhân Dân', 'Nguồn: TTXVN', 'PV']) {
      const a = parseArticle(`Tiêu đề\nTóm tắt.\nThân bài một.\nThân bài hai.\n${byline}\n`);
      expect(a.paragraphs).toHaveLength(2);
      expect(a.dropped.map((d) => d.text)).toEqual([byline]);
    }
  });

  it('drops a dated related-headline list', () => {
    const a = parseArticle('Tiêu đề\nTóm tắt.\nThân bài.\nXã A có thêm 12 đảng viên(27/10/2005)\nHuyện B giải ngân 70 tỷ(25/10/2005)\n');
    expect(a.paragraphs.map((p) => p.span.text)).toEqual(['Thân bài.']);
  });
});

describe('furniture in HTML', () => {
  const input = readFileSync(new URL('../fixtures/document/news-page.html', import.meta.url), 'utf8');
  const a = parseArticle(input);

  it('reads the article inside the site chrome', () => {
    expect(a.format).toBe('html');
    expect(a.title).toBe('TÂN LẬP – Xã Tân Lập hoàn thành 12 công trình nông thôn mới');
    expect(a.dateline).toBe('TÂN LẬP –');
    expect(a.lead).toBe('Năm 2023, xã Tân Lập huy động 4.500 triệu đồng để hoàn thành 12 công trình phúc lợi.');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0]?.span.text.startsWith('Theo UBND xã')).toBe(true);
    expect(a.paragraphs[2]?.span.text.includes('phấn đấu có thêm 2 thôn')).toBe(true);
    expectHonest(input, a);
  });

  it('no related headline, comment, sidebar, footer or script figure reaches the paragraphs or sentences', () => {
    const body = [...a.paragraphs.map((p) => p.span.text), ...a.sentences.map((s) => s.span.text)].join('\n');
    for (const figure of ['987', '61 đảng viên', '333', '999', '10 điểm', '300 đồng', '140 ki-ốt', '123/GP', '3824', '2024 Báo', 'Báo Tỉnh Mẫu', 'Chia sẻ', 'nông thôn mới</a>', 'Thứ Hai', 'Minh Anh']) {
      expect(body).not.toContain(figure);
    }
  });

  it('lists what it dropped', () => {
    const dropped = a.dropped.map((d) => d.text).join('\n');
    expect(dropped).toContain('987 tỷ đồng');
    expect(dropped).toContain('Tỉnh Mẫu có 333 xã đạt chuẩn');
    expect(dropped).toContain('Thị trấn Mẫu mở rộng chợ với 140 ki-ốt');
  });

  it('a "Tin liên quan" heading and its list inside the body, without classes', () => {
    const page = '<h1>Tiêu đề</h1><div><p>Đoạn một có 5 xã đạt chuẩn nông thôn mới trong năm nay.</p><h4>Tin liên quan</h4><ul><li><a href="/1">Huyện X đạt 777 tỷ</a></li><li><a href="/2">Xã Y có 88 hộ</a></li></ul><p>Đoạn hai nói rằng thu nhập bình quân đạt 45 triệu đồng mỗi người.</p><p><a href="/3">Xã Z có 66 thôn</a></p></div>';
    const b = parseArticle(page);
    const body = b.paragraphs.map((p) => p.span.text).join('\n');
    expect(body).not.toMatch(/777|88 hộ|66 thôn/);
    expect(body).toContain('Đoạn hai');
  });
});
