import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { remarkSolieu, withPositions } from '../../src/remark.js';
import { extract } from '../../src/extract/extractor.js';

const markdown = `# Điện Biên: Kết quả xây dựng tổ chức đảng

Tỉnh ủy Điện Biên sơ kết Nghị quyết 04-NQ/TU.

Từ năm 2021 đến nay, toàn tỉnh đã kết nạp **8.990 đảng viên mới**; giảm 193 thôn, bản chưa có chi bộ (từ 328 bản xuống còn 135 bản).
`;

/** Runs the processor on a file and returns the file. */
async function run(text: string, options?: Parameters<typeof remarkSolieu>[0]): Promise<VFile> {
  const processor = unified().use(remarkParse).use(remarkSolieu, options);
  const file = new VFile(text);
  await processor.run(processor.parse(file), file);
  return file;
}

describe('remarkSolieu', () => {
  it('puts the same facts as extract() on file.data.solieu, with positions from the file', async () => {
    const file = await run(markdown);
    const data = file.data.solieu;
    if (!data) throw new Error('no data');
    const plain = extract(markdown, { format: 'markdown' });
    expect(data.article).toEqual(plain.article);
    expect(data.facts.map(({ position: _p, ...f }) => f)).toEqual(plain.facts);
    const count = data.facts.find((f) => f.kind === 'count');
    expect(count?.span.text).toContain('8.990');
    const lines = markdown.split('\n');
    const { start, end } = count!.position;
    expect(start.line).toBe(5);
    expect(lines[start.line - 1]!.slice(start.column - 1, start.column - 1 + count!.span.text.length)).toBe(count!.span.text);
    expect(start.offset).toBe(count!.span.start);
    expect(end.offset).toBe(count!.span.end);
  });

  it('gives a fact at the very end of the file an end point one past its last character', () => {
    const text = 'kết nạp 12 đảng viên';
    const [fact] = withPositions(text, extract(text).facts.filter((f) => f.kind === 'count'));
    expect(fact?.position.end).toEqual({ line: 1, column: text.length + 1, offset: text.length });
  });

  it('takes extractor options (extra lexicon)', async () => {
    const text = 'Năm nay xã thành lập 3 tổ hợp tác kiểu mới.\n';
    const before = (await run(text)).data.solieu?.facts.filter((f) => f.kind === 'count') ?? [];
    const after = (await run(text, { lexicon: { countedNouns: ['tổ hợp tác kiểu mới'] } })).data.solieu?.facts.filter((f) => f.kind === 'count') ?? [];
    expect(after.map((f) => (f.kind === 'count' ? f.entity : ''))).toEqual(['tổ hợp tác kiểu mới']);
    expect(before.map((f) => (f.kind === 'count' ? f.entity : ''))).not.toEqual(['tổ hợp tác kiểu mới']);
  });
});
