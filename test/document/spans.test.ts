import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticle, parseDocument } from '../../src/document/index.js';
import type { Article, Span } from '../../src/types.js';
import { InputTooLargeError, InvalidInputError } from '../../src/errors.js';

/** Every span an article reports. */
function allSpans(a: Article): Span[] {
  const spans: (Span | undefined)[] = [...a.paragraphs.map((p) => p.span), ...a.sentences.map((s) => s.span), ...a.dropped, a.titleSpan, a.leadSpan, a.datelineSpan];
  return spans.filter((s): s is Span => s !== undefined);
}

/** True when every span slices `input` exactly. */
function honest(input: string, a: Article): boolean {
  return allSpans(a).every((s) => Number.isInteger(s.start) && s.start <= s.end && input.slice(s.start, s.end) === s.text);
}

/** Words to build articles from, with figures, abbreviations, quotes and entities-to-be. */
const WORDS = ['Tỉnh', 'ủy', 'Điện', 'Biên', 'kết', 'nạp', '8.990', 'đảng', 'viên', 'TP.', 'Hồ', 'Chí', 'Minh', '04-NQ/TU', '“trắng”', 'hòa', 'thuỷ', '25,3%', 'v.v.', 'PGS.', '&', '<', 'xã', 'A&B', '—', 'hơn', '4.568'];
const ENDS = ['.', '!', '?', '…', '', ':'];

/** A generated sentence. */
const sentence = fc.tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), fc.constantFrom(...ENDS)).map(([w, e]) => {
  const s = w.join(' ') + e;
  return s.charAt(0).toUpperCase() + s.slice(1);
});
/** A generated paragraph. */
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
/** A generated article: title, lead, body and maybe furniture. */
const article = fc.record({
  title: sentence,
  lead: fc.option(paragraph),
  body: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
  tail: fc.subarray(['Chia sẻ', 'Minh Anh (TTXVN)', 'Các tin khác', 'Xã A có 12 thôn', 'ĐT: 0230 3824 567']),
});

/** Escapes text for HTML. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/ /g, (m, i: number) => (i % 7 === 3 ? '&nbsp;' : m));
}

/** Renders a generated article in one of the layouts. */
function render(a: { title: string; lead: string | null; body: string[]; tail: string[] }, layout: number): string {
  const lines = [a.title, ...(a.lead ? [a.lead] : []), ...a.body, ...a.tail];
  switch (layout) {
    case 0:
      return lines.join('\n');
    case 1:
      return lines.join('\r\n').normalize('NFD');
    case 2:
      return lines.map((l) => '  ' + l.replace(/ /g, '\u00a0 ')).join('\r\n\r\n') + '\r\n';
    case 3:
      return `<html><head><title>${esc(a.title)}</title></head><body><h1>${esc(a.title)}</h1>${a.lead ? `<p class="sapo">${esc(a.lead)}</p>` : ''}${a.body.map((p) => `<p>${esc(p).replace(/^(\S+)/, '<b>$1</b>')}</p>\r\n`).join('')}${a.tail.map((t) => `<div>${esc(t)}</div>`).join('')}</body></html>`;
    default: {
      // a line opening with '<' starts an HTML block in CommonMark ('<? …' runs to the end of the
      // document), so Markdown writers escape it, as here
      const md = (t: string): string => t.replace(/</g, '&lt;');
      return `# ${md(a.title)}\n\n${a.lead ? md(a.lead) + '\n\n' : ''}${a.body.map(md).join('\n\n')}\n\n${a.tail.map((t) => '- ' + md(t)).join('\n')}\n`;
    }
  }
}

describe('spans slice the original input exactly', () => {
  it('for generated articles as text, NFD + CRLF, NBSP, HTML with entities, and Markdown', () => {
    fc.assert(
      fc.property(article, fc.integer({ min: 0, max: 4 }), (a, layout) => {
        const input = render(a, layout);
        const parsed = parseArticle(input);
        expect(honest(input, parsed)).toBe(true);
        expect(parsed.paragraphs.length + (parsed.lead === undefined ? 0 : 1)).toBeGreaterThan(0);
        expect(parsed.title).toBeDefined();
        for (const s of parsed.sentences) expect(s.span.text).toBe(s.span.text.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('for arbitrary strings in every format, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('auto', 'text', 'markdown', 'html') as fc.Arbitrary<'auto'>, (input, format) => {
        expect(honest(input, parseArticle(input, { format }))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('for HTML-ish soup', () => {
    const pieces = ['<p>', '</p>', '<div class="related">', '</div>', '<br>', '&amp;', '&nbsp;', '&#7871;', '&bogus;', 'Xã có 5 thôn. ', '<h1>', '</h1>', '\r\n', '<!-- c -->', '<script>x</script>', '&', '<a href="/">', '</a>'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        expect(honest(input, parseArticle(input, { format: 'html' }))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('clean strings and blocks', () => {
  it('title, lead and dateline are NFC with entities decoded', () => {
    const input = '<h1>Đi&#7879;n Biên: T&ocirc;̉ng kết</h1><p class="sapo">Tóm&nbsp;&nbsp;tắt.</p><p>Thân.</p>'.normalize('NFD');
    const a = parseArticle(input);
    expect(a.title).toBe(a.title?.normalize('NFC'));
    expect(a.title).toBe('Điện Biên: Tổng kết');
    expect(a.lead).toBe('Tóm tắt.');
    expect(a.dateline).toBe('Điện Biên:');
  });

  it('parseDocument blocks: folded clean text mapped to the original', () => {
    const input = '<h1>Hoà bình</h1><p class="lead">Tóm tắt “ngắn”.</p><p>Thu&nbsp;<b>4.568</b> tỷ đồng. Câu hai.</p>';
    const { article, blocks } = parseDocument(input);
    expect(blocks.map((b) => b.section)).toEqual(['title', 'lead', 'body']);
    expect(blocks[0]?.view.text).toBe('Hòa bình');
    expect(blocks[1]?.view.text).toBe('Tóm tắt "ngắn".');
    const body = blocks[2]!;
    expect(body.view.text).toBe('Thu 4.568 tỷ đồng. Câu hai.');
    expect(body.sentences.map((s) => body.view.text.slice(s.start, s.end))).toEqual(['Thu 4.568 tỷ đồng.', 'Câu hai.']);
    const at = body.view.text.indexOf('4.568');
    const start = body.view.starts![at]!;
    const end = body.view.ends![at + 4]!;
    expect(input.slice(start, end)).toBe('4.568');
    expect(article.paragraphs[0]?.span.text).toBe('Thu&nbsp;<b>4.568</b> tỷ đồng. Câu hai.');
  });
});

describe('parseArticle and parseDocument', () => {
  it('give the same article, parseArticle making no blocks; blocks are title, lead, then body', () => {
    const inputs = [
      'Tiêu đề\nTóm tắt ngắn.\nThân bài một. Câu hai.\nThân bài hai.',
      'Chỉ một dòng',
      '',
      '1. Có 5 xã\n'.repeat(50),
      '# Tiêu đề\n\n**Tóm tắt.**\n\nThân bài.',
      '<h1>Tiêu đề</h1><p class="sapo">Tóm tắt.</p><p>Thân. Hai.</p>',
    ];
    for (const input of inputs) {
      const { article, blocks } = parseDocument(input);
      expect(JSON.stringify(parseArticle(input))).toBe(JSON.stringify(article));
      const sections = blocks.map((b) => b.section);
      expect(sections).toEqual([...(article.title ? ['title'] : []), ...(article.lead ? ['lead'] : []), ...article.paragraphs.map(() => 'body')]);
      blocks.forEach((b, i) => {
        const body = i - sections.indexOf('body');
        if (b.section === 'body') expect(b.span).toEqual(article.paragraphs[body]?.span);
      });
    }
  });

  it('give the same article on any text (property)', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'Đ', '1', '.', ' ', '"', ':', '-', '\n', '\r\n', '<p>', '#'), maxLength: 60 });
    fc.assert(
      fc.property(line, (input) => {
        expect(JSON.stringify(parseArticle(input))).toBe(JSON.stringify(parseDocument(input).article));
      }),
    );
  });
});

describe('input validation', () => {
  it('rejects non-strings and over-long input with typed errors', () => {
    expect(() => parseArticle(42 as unknown as string)).toThrow(InvalidInputError);
    expect(() => parseArticle(null as unknown as string)).toThrow(InvalidInputError);
    expect(() => parseArticle('abcdef', { maxLength: 3 })).toThrow(InputTooLargeError);
  });

  it('reads the empty string', () => {
    const a = parseArticle('');
    expect(a.paragraphs).toEqual([]);
    expect(a.sentences).toEqual([]);
    expect(a.title).toBeUndefined();
  });
});
