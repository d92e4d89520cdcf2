import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/document/index.js';
import { markdownIsSafe } from '../../src/document/markdown.js';
import { htmlIsSafe } from '../../src/document/html-strip.js';
import { describeRatio, LINEAR_BOUND, timeRatio } from '../support/linear-time.js';

/** Asserts that parsing `make(2n)` takes at most {@link LINEAR_BOUND} times as long as `make(n)`. */
function expectLinear(make: (n: number) => string, n: number, options?: Parameters<typeof parseArticle>[1]): void {
  const r = timeRatio((input) => parseArticle(input, options), make(n), make(2 * n));
  expect(r.ratio, describeRatio(r)).toBeLessThanOrEqual(LINEAR_BOUND);
}

/** `n` bytes or so of numbered Markdown lines. */
const orderedLines = (bytes: number): string => {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `1. Mục số ${i} có 5 xã\n`;
    out.push(line);
    size += line.length;
  }
  return out.join('');
};

/** `n` nested `<div>`s around a paragraph. */
const nestedDivs = (n: number): string => '<div>'.repeat(n) + '<p>Xã có 5 thôn.</p>' + '</div>'.repeat(n);

// Timing ratios are noisy on a loaded machine: each linearity test may retry twice.
describe('guards', () => {
  it('60 kB of "1. " lines as markdown and auto do not throw', () => {
    const input = orderedLines(60_000);
    expect(markdownIsSafe(input)).toBe(false);
    for (const format of ['markdown', 'auto'] as const) {
      const a = parseArticle(input, { format });
      expect(a.paragraphs.length).toBeGreaterThan(1000);
      const last = a.paragraphs[a.paragraphs.length - 1]!.span;
      expect(input.slice(last.start, last.end)).toBe(last.text);
    }
  });

  it('5,000 nested <div>s do not throw and the text is still read', () => {
    const input = nestedDivs(5_000);
    expect(htmlIsSafe(input)).toBe(false);
    const a = parseArticle(input);
    expect(a.format).toBe('html');
    expect(a.sentences.map((s) => s.span.text)).toContain('Xã có 5 thôn.');
  });

  it('moderate nesting still goes through rehype-parse', () => {
    expect(htmlIsSafe(nestedDivs(500))).toBe(true);
    expect(parseArticle(nestedDivs(500)).sentences.map((s) => s.span.text)).toContain('Xã có 5 thôn.');
  });

  it('numbered lines stay linear (markdown)', { retry: 2 }, () => {
    expectLinear(orderedLines, 60_000, { format: 'markdown' });
  });

  it('nested divs stay linear', { retry: 2 }, () => {
    expectLinear(nestedDivs, 5_000);
  });

  it('long plain text stays linear', () => {
    const para = 'Tỉnh ủy kết nạp 8.990 đảng viên, đạt 112% kế hoạch. TP. Hồ Chí Minh có “4.568 lượt” cán bộ! ';
    expectLinear((n) => 'Tiêu đề\n' + Array.from({ length: n }, () => para.repeat(3)).join('\n'), 800);
  });

  it('long HTML stays linear', { retry: 2 }, () => {
    expectLinear((n) => '<html><body><h1>Tiêu đề</h1>' + '<p>Xã có <b>5</b> thôn &amp; 3 bản. Câu hai.</p>'.repeat(n) + '</body></html>', 1_000);
  });

  it('an unclosed quote does not make splitting quadratic', { retry: 2 }, () => {
    expectLinear((n) => 'Tiêu đề\n"' + 'Câu một. '.repeat(n), 10_000);
  });
});
