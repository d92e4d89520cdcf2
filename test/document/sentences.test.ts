import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/document/sentences.js';
import { parseArticle } from '../../src/document/index.js';

/** The sentences of `text` as strings. */
function split(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end));
}

describe('splitSentences: splits', () => {
  it.each([
    ['Câu một. Câu hai.', ['Câu một.', 'Câu hai.']],
    ['Thật sao! Đúng vậy? Vâng.', ['Thật sao!', 'Đúng vậy?', 'Vâng.']],
    ['Họ chờ... Rồi đi.', ['Họ chờ...', 'Rồi đi.']],
    ['Họ chờ… Rồi đi.', ['Họ chờ…', 'Rồi đi.']],
    ['Năm 2016 có 5 xã. 30 thôn đạt chuẩn.', ['Năm 2016 có 5 xã.', '30 thôn đạt chuẩn.']],
    ['Ông nói: "Tôi đồng ý." Sau đó họ về.', ['Ông nói: "Tôi đồng ý."', 'Sau đó họ về.']],
    ['Xã đạt chuẩn (năm 2020.) Huyện cũng vậy.', ['Xã đạt chuẩn (năm 2020.)', 'Huyện cũng vậy.']],
    ['Dòng một\nDòng hai', ['Dòng một', 'Dòng hai']],
    ['Câu cuối.   ', ['Câu cuối.']],
    ['Câu một. "Câu hai" là trích dẫn.', ['Câu một.', '"Câu hai" là trích dẫn.']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('splitSentences: does not split', () => {
  it.each([
    'Tại TP. Hồ Chí Minh có 4.568 người.',
    'Hội thảo do PGS. TS. Nguyễn Văn A và ThS. Lê B chủ trì.',
    'GS. Trần C và BS. Phạm D đến thăm.',
    'Các loại cây trồng, v.v. Đều phát triển tốt.',
    'Ông Tr. Văn E sống ở Q. 3 và P. 5.',
    'Giá trị đạt 1.250,75 tỷ đồng, tăng 5.3 điểm.',
    'Thực hiện Nghị quyết 04-NQ/TU của Tỉnh ủy.',
    'Xem tại https://baodienbien.vn/tin.html hoặc gửi thư tới toasoan@bao.vn nhé.',
    'Ông nói: "Tôi đồng ý. Anh cũng vậy. Chúng ta đi thôi" rồi ra về.',
    'Họ chờ... rồi đi tiếp.',
    'Anh ấy hỏi vậy ư? thật không.',
    'Ông Nguyễn V. Anh phát biểu.',
    '1. Mục tiêu chung của kế hoạch.',
    'St. Petersburg và Th.S Lê F.',
  ])('%j', (text) => {
    expect(split(text)).toEqual([text]);
  });
});

describe('sentences in articles', () => {
  it('covers title, lead and body with sections, trimmed and exact', () => {
    const input = 'Tiêu đề bài viết\n  Tóm tắt một câu.  \nCâu một của thân bài. Câu hai của thân bài.\nĐoạn hai.';
    const a = parseArticle(input);
    expect(a.sentences.map((s) => [s.section, s.span.text])).toEqual([
      ['title', 'Tiêu đề bài viết'],
      ['lead', 'Tóm tắt một câu.'],
      ['body', 'Câu một của thân bài.'],
      ['body', 'Câu hai của thân bài.'],
      ['body', 'Đoạn hai.'],
    ]);
  });

  it('splits at line breaks inside a hard-wrapped paragraph', () => {
    const input = 'Tiêu đề\n\nTóm tắt của bài.\n\nDòng một của đoạn văn được ngắt cứng\nvẫn tiếp tục ở đây với nhiều chữ hơn\nvà dòng ba kết thúc câu.\n\nĐoạn hai dòng một cũng khá dài nữa\nđoạn hai dòng hai kết thúc đoạn.\n\nĐoạn ba dòng một cũng khá dài nữa\nđoạn ba dòng hai kết thúc đoạn.\n';
    const a = parseArticle(input);
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[0]?.span.text).toBe('Dòng một của đoạn văn được ngắt cứng\nvẫn tiếp tục ở đây với nhiều chữ hơn\nvà dòng ba kết thúc câu.');
    expect(a.sentences.filter((s) => s.section === 'body').map((s) => s.span.text).slice(0, 3)).toEqual([
      'Dòng một của đoạn văn được ngắt cứng',
      'vẫn tiếp tục ở đây với nhiều chữ hơn',
      'và dòng ba kết thúc câu.',
    ]);
  });

  it('keeps curly closing quotes with the sentence', () => {
    const a = parseArticle('Tiêu đề\nÔng nói: “Xã sẽ làm.” Sau đó ông về. Hết.\nĐoạn hai.', { format: 'text' });
    expect(a.sentences.map((s) => s.span.text)).toContain('Ông nói: “Xã sẽ làm.”');
  });
});
