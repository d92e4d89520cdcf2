import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extractor.js';
import { parseArticle } from '../../src/document/index.js';
import { findNumbers } from '../../src/numerals/index.js';
import { describeRatio, LINEAR_BOUND, timeRatio } from '../support/linear-time.js';
import { spanFaults } from './spans.js';

/** `unit` repeated to about `size` UTF-16 units, then `tail`. */
function repeatTo(unit: string, size: number, tail = ''): string {
  return unit.repeat(Math.max(1, Math.round(size / unit.length))) + tail;
}

/** Sentences in the genre of the bulletins, written for this test (no line break between them). */
const SENTENCES = [
  'Năm 2023, toàn tỉnh kết nạp 1.234 đảng viên mới, đạt 112% kế hoạch.',
  'Số thôn, bản chưa có chi bộ giảm từ 95 bản xuống còn 8 bản; kinh phí hỗ trợ 3,5 tỷ đồng.',
  'Bình quân mỗi năm, Đảng bộ huyện Mường Chà kết nạp hơn 210 đảng viên, tăng 12,5% so với nhiệm kỳ 2015-2020.',
  'Đồng chí Lò Văn Muôn, Phó Bí thư Tỉnh ủy, đề nghị các cấp ủy tiếp tục thực hiện Nghị quyết số 04-NQ/TU ngày 5/8/2021.',
  'Đến nay, 925/962 xã đạt chuẩn nông thôn mới (chiếm 96,2%), thu nhập bình quân đạt 52,3 triệu đồng/người/năm.',
  'Giai đoạn 2021-2025, tỉnh phấn đấu giảm tỷ lệ hộ nghèo bình quân 2,5%/năm, khoảng 1.500 hộ mỗi năm.',
].join(' ');

/** An input family: builds an input of about `size` UTF-16 units. */
type Family = (size: number) => string;

/** The adversarial families, each sized by its caller. */
const FAMILIES: Record<string, Family> = {
  "'1.' repeated": (n) => repeatTo('1.', n),
  'one long digit run': (n) => '7'.repeat(n),
  "'1,1 ' repeated": (n) => repeatTo('1,1 ', n),
  'opening then closing parentheses': (n) => '('.repeat(n / 2) + ')'.repeat(n / 2),
  "'hai mươi ' repeated": (n) => repeatTo('hai mươi ', n),
  "'từ 1 ' repeated, one 'xuống còn' at the end": (n) => repeatTo('từ 1 ', n, 'xuống còn 2 bản'),
  'one line of real-looking sentences': (n) => repeatTo(SENTENCES + ' ', n),
  'deeply nested <div>s': (n) => `<html><body>${'<div>'.repeat(n / 11)}<p>Xã có 12 thôn.</p>${'</div>'.repeat(n / 11)}</body></html>`,
  "Markdown '1. ' list lines": (n) => `# Kết quả\n\n${repeatTo('1. Kết nạp 5 đảng viên mới\n', n)}`,
  'one-line Markdown paragraphs': (n) => `# Tin\n\n${repeatTo('Xã Mường Phăng có 5 thôn.\n\n', n)}`,
  "'|' table rows": (n) => `# Bảng\n\n| Xã | Đảng viên |\n| --- | --- |\n${repeatTo('| Xã Mường Phăng | 1.234 |\n', n)}`,
  'runs of no-break and zero-width spaces': (n) => repeatTo('\u00a0\u200b\u200c\ufeff\u00a0\u200d12\u00a0\u2060', n),
  'a storm of combining marks (NFD)': (n) => repeatTo('a\u0301\u0323\u0300\u0303 e\u0302\u0301 1\u0301,2\u0323 ', n),
  // found by the ReDoS audit: the tag pattern rescanned to the end from every '<' without a '>'
  "'<a ' repeated without '>' (HTML)": (n) => `<p>Xã có 5 thôn.</p>${repeatTo('<a ', n)}`,
  "a tag name cut at every '-'": (n) => `<p>Xã có 5 thôn.</p><A${repeatTo('-A', n)}`,
  'runs of tabs and spaces between figures': (n) => repeatTo(`12${'\t '.repeat(500)}`, n, 'x'),
  'one sentence listing many places with figures': (n) => `Tin\n\nToàn huyện có ${repeatTo('xã Mường Phăng 12 thôn, ', n)}và 3 bản.`,
};

/**
 * The entry points and the size of their 1× input (the 2× input is twice it). extract reads a few
 * hundred kB per second on figure-dense text, so it is measured at 50 and 100 kB unless CI_LONG
 * is set (then at 200 and 400 kB like the others), which keeps this file near a minute.
 */
const FUNCTIONS: [string, (s: string) => unknown, number][] = [
  ['findNumbers', findNumbers, 200_000],
  ['parseArticle', parseArticle, 200_000],
  ['extract', extract, process.env.CI_LONG ? 200_000 : 50_000],
];

/** Size of the 1× input of the read checks below. */
const SIZE = 200_000;

describe(`adversarial inputs take linear time (2× input ≤ ${LINEAR_BOUND}× time, best of 3)`, () => {
  for (const [family, build] of Object.entries(FAMILIES)) {
    describe(family, () => {
      for (const [name, fn, size] of FUNCTIONS) {
        it(`${name} (${size / 1000} and ${(2 * size) / 1000} kB)`, () => {
          const one = build(size);
          const two = build(2 * size);
          expect(spanFaults(one, fn(one))).toEqual([]);
          const r = timeRatio(fn, one, two);
          expect(r.ratio, describeRatio(r)).toBeLessThanOrEqual(LINEAR_BOUND);
        }, 300_000);
      }
    });
  }
});

describe('adversarial inputs are still read', () => {
  it('the nested <div>s keep their sentence', () => {
    const input = FAMILIES['deeply nested <div>s']!(2 * SIZE);
    expect(parseArticle(input).sentences.map((s) => s.span.text)).toContain('Xã có 12 thôn.');
  });

  it("the '<a ' soup keeps the paragraph before it", () => {
    const input = FAMILIES["'<a ' repeated without '>' (HTML)"]!(SIZE);
    expect(parseArticle(input).sentences[0]?.span.text).toBe('Xã có 5 thôn.');
  });

  it('the Markdown list keeps its figures', () => {
    const input = FAMILIES["Markdown '1. ' list lines"]!(SIZE);
    const article = parseArticle(input);
    expect(article.sentences.length).toBeGreaterThan(5_000);
    expect(findNumbers(article.sentences[1]!.span.text).map((m) => m.value)).toContain(5);
  });

  it('the line of sentences is split into its sentences, and its figures are found', () => {
    const input = FAMILIES['one line of real-looking sentences']!(SIZE);
    const copies = Math.round(SIZE / (SENTENCES.length + 1));
    expect(parseArticle(input).sentences.length).toBeGreaterThanOrEqual(6 * copies - 1);
    expect(findNumbers(input).filter((m) => m.value === 1234)).toHaveLength(copies);
  });
});
