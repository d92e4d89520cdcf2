import { describe, expect, it } from 'vitest';
import { lineBounds, readPlainText } from '../../src/document/plain-text.js';

/** The lines of `input` as strings, from their bounds. */
function lines(input: string): string[] {
  const b = lineBounds(input);
  const out: string[] = [];
  for (let i = 0; i < b.length; i += 2) out.push(input.slice(b[i], b[i + 1]));
  return out;
}

describe('lineBounds', () => {
  it('splits at LF, CR LF and lone CR, trimming spaces and zero-width spaces', () => {
    expect(lines(' a \r\nb\rc\n\n\u200b d\u00a0')).toEqual(['a', 'b', 'c', '', 'd']);
  });

  it('gives one empty line for empty input and a last empty line after a final break', () => {
    expect(lines('')).toEqual(['']);
    expect(lines('x\n')).toEqual(['x', '']);
  });

  it('grows past its first buffer', () => {
    expect(lines('a\n'.repeat(100))).toHaveLength(101);
  });
});

describe('readPlainText', () => {
  it('reads one block per line, mapped to the original', () => {
    const input = 'Tiêu đề\r\n\r\n  Đoạn  một.\r\nĐoạn hai.';
    const blocks = readPlainText(input).candidates;
    expect(blocks.map((b) => b.view.text)).toEqual(['Tiêu đề', 'Đoạn một.', 'Đoạn hai.']);
    const second = blocks[1]!.view;
    expect(second.ends?.[second.text.length - 1]).toBe(input.indexOf('Đoạn hai') - 2);
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const line = 'một dòng văn bản dài bị ngắt giữa câu và tiếp';
    const para = `${line}\n${line}\n${line}\n${line}`;
    const input = `Tiêu đề\n\n${para}\n\n${para}`;
    const blocks = readPlainText(input).candidates;
    expect(blocks).toHaveLength(3);
    expect(blocks[1]!.view.text).toBe(para);
  });
});
