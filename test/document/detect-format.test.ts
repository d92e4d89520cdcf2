import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/document/detect-format.js';
import { parseArticle } from '../../src/document/index.js';

describe('detectFormat', () => {
  it.each([
    ['<!DOCTYPE html><html><body><p>Xin chào</p></body></html>', 'html'],
    ['<html><body>x</body></html>', 'html'],
    ['<p>Đoạn một.</p><p>Đoạn hai.</p>', 'html'],
    ['<h1>Tiêu đề</h1>\n<div class="x">Nội dung</div>', 'html'],
    ['# Tiêu đề\n\nĐoạn văn.', 'markdown'],
    ['Tiêu đề\n\nXem [chi tiết](https://example.vn/a).', 'markdown'],
    ['Tiêu đề\n\n- một\n- hai\n- ba\n', 'markdown'],
    ['Tiêu đề\nĐoạn văn có *nhấn mạnh* và _gạch_.', 'text'],
    ['Tiêu đề\n2016. Năm đó xã có 5 thôn.\n- Một dòng gạch đầu.', 'text'],
    ['Tiêu đề\nDanh sách:\n- Ưu tiên: tiếng Anh.\n- Hồ sơ: bảng điểm.\n- Hạn: 31/12.', 'text'],
    ['Giá trị a < b và c > d trong câu.', 'text'],
    ['#hashtag không phải tiêu đề', 'text'],
    ['Tiêu đề\r\n\r\n   ## Mục 2\r\n', 'markdown'],
    ['Tiêu đề\n    # bốn dấu cách là mã, không phải tiêu đề', 'text'],
    ['Tiêu đề\r\n \t\r\n  - một\r\n - hai\r\n   - ba\r\n', 'markdown'],
    ['Tiêu đề\nchữ\n- một\n- hai\n- ba\n', 'text'],
    ['Tiêu đề\n\n- một\nhai\n- ba\n- bốn\n', 'text'],
    ['Dòng có ]( nhưng không phải liên kết\nXem [chi tiết](https://example.vn/a).', 'markdown'],
    ['Dòng một [chi tiết]\n(https://example.vn/a) không phải liên kết.', 'text'],
    ['Tiêu đề\n~~~\nmã\n~~~', 'markdown'],
  ])('%j → %s', (input, format) => {
    expect(detectFormat(input)).toBe(format);
  });
});

describe('plain text is never mangled', () => {
  it('keeps a line starting "2016." and "- " as prose, with * and _ intact', () => {
    const input = 'Tiêu đề bài\nTóm tắt ngắn của bài.\n2016. Năm đó xã có 5 thôn.\n- Ý kiến *rất* đáng chú ý, mã số a_b_c.\nĐoạn cuối cùng của bài.';
    const a = parseArticle(input);
    expect(a.format).toBe('text');
    const texts = a.paragraphs.map((p) => p.span.text);
    expect(texts).toContain('2016. Năm đó xã có 5 thôn.');
    expect(texts).toContain('- Ý kiến *rất* đáng chú ý, mã số a_b_c.');
  });

  it('honours an explicit format', () => {
    const input = '# Tiêu đề\n\nĐoạn *một* của bài.\n\nĐoạn hai của bài.';
    expect(parseArticle(input, { format: 'text' }).format).toBe('text');
    expect(parseArticle(input, { format: 'text' }).title).toBe('# Tiêu đề');
    const md = parseArticle(input, { format: 'markdown' });
    expect(md.title).toBe('Tiêu đề');
    expect(md.sentences.some((s) => s.span.text.includes('*một*'))).toBe(true);
  });
});
