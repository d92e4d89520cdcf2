import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extractor.js';
import { parseArticle } from '../../src/document/index.js';
import { htmlIsSafe } from '../../src/document/html-strip.js';
import { markdownIsSafe } from '../../src/document/markdown.js';
import { findNumbers, parseNumber } from '../../src/numerals/index.js';
import { DEFAULT_MAX_LENGTH, InputTooLargeError, SolieuError } from '../../src/errors.js';
import { bestTime, describeRatio, LINEAR_BOUND, timeRatio } from '../support/linear-time.js';
import { spanFaults } from './spans.js';

/** The error `fn` throws, or undefined. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Asserts that `error` is the typed error for an input of `length` past `maxLength`. */
function expectTooLarge(error: unknown, length: number, maxLength: number): void {
  expect(error).toBeInstanceOf(InputTooLargeError);
  expect(error).toBeInstanceOf(SolieuError);
  const e = error as InputTooLargeError;
  expect([e.code, e.length, e.maxLength]).toEqual(['input-too-large', length, maxLength]);
  expect(e.message).toContain(String(maxLength));
}

describe('the maximum document size', () => {
  it('is 64 MiB by default', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(64 * 1024 * 1024);
  });

  it('is enforced by default by findNumbers, parseNumber, parseArticle and extract, before any reading', () => {
    const input = 'Xã có 5 thôn. '.repeat(Math.ceil((DEFAULT_MAX_LENGTH + 1) / 14)).slice(0, DEFAULT_MAX_LENGTH + 1);
    for (const fn of [findNumbers, parseNumber, parseArticle, extract] as ((s: string) => unknown)[]) {
      expectTooLarge(thrown(() => fn(input)), DEFAULT_MAX_LENGTH + 1, DEFAULT_MAX_LENGTH);
    }
  });

  it('options.maxLength accepts an input of exactly that length and refuses one more character', () => {
    const input = 'Năm 2023, toàn tỉnh kết nạp 1.234 đảng viên mới.';
    for (const fn of [parseArticle, extract]) {
      expect(thrown(() => fn(input, { maxLength: input.length }))).toBeUndefined();
      expectTooLarge(thrown(() => fn(input + ' ', { maxLength: input.length })), input.length + 1, input.length);
      expect(thrown(() => fn('', { maxLength: 0 }))).toBeUndefined();
    }
  });

  it('options.maxLength raises the limit above the default', () => {
    const raised = { maxLength: DEFAULT_MAX_LENGTH * 2 };
    const input = 'x'.repeat(DEFAULT_MAX_LENGTH + 1);
    expectTooLarge(thrown(() => parseArticle(input + 'x'.repeat(DEFAULT_MAX_LENGTH), raised)), 2 * DEFAULT_MAX_LENGTH + 1, 2 * DEFAULT_MAX_LENGTH);
    // a long run of one letter is read (as a single sentence) rather than refused
    expect(parseArticle(input, raised).sentences).toHaveLength(1);
  }, 120_000);
});

/** Nesting the parser builds from tags that the pre-scan could take for closed elements. */
const HIDDEN_NESTING: Record<string, (n: number) => string> = {
  "'<b>x</i>' (a stray end tag after each opening)": (n) => `<p>${'<b>x</i>'.repeat(n)}<p>Xã có 5 thôn.</p>`,
  "'<div></span>'": (n) => `${'<div></span>'.repeat(n)}<p>Xã có 5 thôn.</p>`,
  "'<div/>' (not self-closing in HTML)": (n) => `<p>a</p>${'<div/>'.repeat(n)}<p>Xã có 5 thôn.</p>`,
  "'<b><div></b>' (misnested formatting)": (n) => `<p>a</p>${'<b><div></b>'.repeat(n)}<p>Xã có 5 thôn.</p>`,
  "'<div><table></div>' (an end tag behind a table)": (n) => `<p>a</p>${'<div><table></div>'.repeat(n)}<p>Xã có 5 thôn.</p>`,
};

describe('HTML nesting', () => {
  for (const [name, build] of Object.entries(HIDDEN_NESTING)) {
    it(`${name}: never throws, keeps its text, at every depth up to 8,000`, () => {
      for (let n = 500; n <= 8_000; n += 500) {
        const input = build(n);
        const article = parseArticle(input);
        expect(spanFaults(input, article)).toEqual([]);
        expect(article.sentences.map((s) => s.span.text)).toContain('Xã có 5 thôn.');
      }
    });

    it(`${name}: takes linear time`, () => {
      const r = timeRatio(parseArticle, build(10_000), build(20_000));
      expect(r.ratio, describeRatio(r)).toBeLessThanOrEqual(LINEAR_BOUND);
    }, 120_000);
  }

  it('deep nesting the pre-scan sees goes to the linear reader; a page of many SVG icons does not', () => {
    expect(htmlIsSafe(HIDDEN_NESTING["'<b>x</i>' (a stray end tag after each opening)"]!(2_000))).toBe(false);
    expect(htmlIsSafe(HIDDEN_NESTING["'<div/>' (not self-closing in HTML)"]!(2_000))).toBe(false);
    const icon = '<a href="/"><svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/><circle cx="1" cy="1" r="1"/></svg></a>';
    const page = `<html><body><ul>${`<li>${icon} Tin</li>`.repeat(2_000)}</ul><p>Xã có 5 thôn.</p></body></html>`;
    expect(htmlIsSafe(page)).toBe(true);
    expect(parseArticle(page).sentences.map((s) => s.span.text)).toContain('Xã có 5 thôn.');
  });
});

describe('Markdown', () => {
  /** One-line paragraphs under a heading, about `n` characters. */
  const shortParagraphs = (n: number): string => `# Tin\n\n${'Xã Mường Phăng có 5 thôn.\n\n'.repeat(Math.round(n / 27))}`;

  it('thousands of short lines are read as plain lines, at the cost of plain text', () => {
    const input = shortParagraphs(200_000);
    expect(markdownIsSafe(input)).toBe(false);
    expect(markdownIsSafe(shortParagraphs(20_000))).toBe(true);
    const article = parseArticle(input);
    expect(article.format).toBe('markdown');
    expect(article.sentences.filter((s) => s.span.text === 'Xã Mường Phăng có 5 thôn.').length).toBeGreaterThan(7_000);
    parseArticle(input, { format: 'text' });
    // remark-parse took 10-20 times as long as the plain-text reader here
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio > 4; attempt++) {
      ratio = bestTime(() => parseArticle(input, { format: 'markdown' })) / bestTime(() => parseArticle(input, { format: 'text' }));
    }
    expect(ratio).toBeLessThanOrEqual(4);
  }, 120_000);

  /** Markdown nesting past the guard: block quotes and list indentation. */
  const NESTING: Record<string, (n: number) => string> = {
    "'>' block quotes 10⁴ deep on each line": (n) => `# Tin\n\n${`${'>'.repeat(10_000)} Xã có 5 thôn.\n`.repeat(Math.max(1, Math.round(n / 10_015)))}`,
    'list items indented one step deeper each line': (n) =>
      `# Tin\n\n${Array.from({ length: Math.round(n / 60) }, (_, i) => `${' '.repeat(2 * (i % 400))}- Xã có 5 thôn.`).join('\n')}\n`,
  };
  for (const [name, build] of Object.entries(NESTING)) {
    it(`${name}: never throws, linear time`, () => {
      const input = build(200_000);
      const article = parseArticle(input, { format: 'markdown' });
      expect(spanFaults(input, article)).toEqual([]);
      expect(article.sentences.some((s) => s.span.text.endsWith('Xã có 5 thôn.'))).toBe(true);
      const r = timeRatio((s) => parseArticle(s, { format: 'markdown' }), input, build(400_000));
      expect(r.ratio, describeRatio(r)).toBeLessThanOrEqual(LINEAR_BOUND);
    }, 120_000);
  }
});
