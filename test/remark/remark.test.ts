import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { remarkSolieu, withPositions } from '../../src/remark.js';
import type { FactPoint, PositionedFact, RemarkSolieuOptions } from '../../src/remark.js';
import { createExtractor, extract } from '../../src/extract/extractor.js';
import type { Rule } from '../../src/rules/rule.js';

const markdown = `# Điện Biên: Kết quả xây dựng tổ chức đảng

Tỉnh ủy Điện Biên sơ kết Nghị quyết 04-NQ/TU.

Từ năm 2021 đến nay, toàn tỉnh đã kết nạp **8.990 đảng viên mới**; giảm 193 thôn, bản chưa có chi bộ (từ 328 bản xuống còn 135 bản).

- Năm 2024, huyện Mường Nhé thành lập mới 12 chi bộ bản.
- Tổng kinh phí hỗ trợ là 3,5 tỷ đồng.
`;

/** Runs the processor on a file and returns the file with its tree. */
async function run(text: string, options?: RemarkSolieuOptions): Promise<{ file: VFile; tree: Node }> {
  const processor = unified().use(remarkParse).use(remarkSolieu, options);
  const file = new VFile(text);
  const tree = await processor.run(processor.parse(file), file);
  return { file, tree };
}

/** The facts the plugin put on the file (fails the test when there are none). */
function factsOf(file: VFile): PositionedFact[] {
  const data = file.data.solieu;
  if (!data) throw new Error('file.data.solieu is not set');
  return data.facts;
}

/** Line and column of `offset`, counted by hand: a line ends at '\r\n', '\r' or '\n'. */
function pointByHand(text: string, offset: number): FactPoint {
  const before = text.slice(0, offset);
  const breaks = [...before.matchAll(/\r\n|\r|\n/g)];
  const last = breaks.at(-1);
  const lineStart = last ? (last.index ?? 0) + last[0].length : 0;
  return { line: breaks.length + 1, column: offset - lineStart + 1, offset };
}

/** The facts without their positions, to compare with extract(). */
const withoutPositions = (facts: readonly PositionedFact[]) => facts.map(({ position: _p, ...fact }) => fact);

describe('remarkSolieu', () => {
  it('puts the same article and facts as extract(…, { format: "markdown" }) on file.data.solieu', async () => {
    const { file } = await run(markdown);
    const plain = extract(markdown, { format: 'markdown' });
    expect(file.data.solieu?.article).toEqual(plain.article);
    expect(withoutPositions(factsOf(file))).toEqual(plain.facts);
    expect(plain.facts.map((f) => f.kind)).toEqual(expect.arrayContaining(['count', 'change', 'money', 'reference', 'period']));
  });

  it('reads the file as Markdown even when it has no Markdown structure', async () => {
    const text = 'Toàn tỉnh kết nạp 120 đảng viên.\n';
    const { file } = await run(text);
    expect(file.data.solieu?.article.format).toBe('markdown');
  });

  it('gives every fact the unist position of its span: line and column from the file, offsets of the span', async () => {
    const { file } = await run(markdown);
    const facts = factsOf(file);
    expect(facts.length).toBeGreaterThan(5);
    for (const fact of facts) {
      expect(fact.position.start).toEqual(pointByHand(markdown, fact.span.start));
      expect(fact.position.end).toEqual(pointByHand(markdown, fact.span.end));
    }
    const count = facts.find((f) => f.kind === 'count' && f.quantity.value === 8990);
    expect(count?.position.start.line).toBe(5);
    const line = markdown.split('\n')[4] ?? '';
    expect(line.slice(count!.position.start.column - 1, count!.position.end.column - 1)).toBe(count!.span.text);
  });

  it('places each fact inside the tree node that holds its text (heading, paragraph, list item)', async () => {
    const { file, tree } = await run(markdown);
    const blocks: { start: number; end: number }[] = [];
    visit(tree, (node: Node) => {
      if ((node.type === 'heading' || node.type === 'paragraph') && node.position) {
        blocks.push({ start: node.position.start.offset ?? -1, end: node.position.end.offset ?? -1 });
      }
    });
    for (const fact of factsOf(file)) {
      const { start, end } = fact.position;
      expect(blocks.some((b) => b.start <= start.offset && end.offset <= b.end), fact.span.text).toBe(true);
    }
  });

  it('counts lines the way unist does for CRLF and CR line endings', async () => {
    for (const eol of ['\r\n', '\r']) {
      const text = markdown.replace(/\n/g, eol);
      const { file } = await run(text);
      const facts = factsOf(file);
      expect(facts.length).toBe(factsOf((await run(markdown)).file).length);
      for (const fact of facts) expect(fact.position.start).toEqual(pointByHand(text, fact.span.start));
    }
  });

  it('keeps positions right for any text before the fact (property)', () => {
    const lineOf = fc.stringMatching(/^[a-zA-Zàáảãạăâđêôơư ]{0,20}$/);
    fc.assert(
      fc.property(fc.array(lineOf, { maxLength: 4 }), fc.constantFrom('\n', '\r\n', '\r'), fc.integer({ min: 2, max: 99_999 }), (lines, eol, n) => {
        const figure = n.toLocaleString('de-DE');
        const text = [...lines, `Toàn tỉnh kết nạp ${figure} đảng viên mới.`].join(eol);
        const facts = withPositions(text, extract(text, { format: 'markdown' }).facts);
        const count = facts.find((f) => f.kind === 'count' && f.quantity.value === n);
        expect(count).toBeDefined();
        expect(count!.position.start).toEqual(pointByHand(text, count!.span.start));
        expect(count!.position.end).toEqual(pointByHand(text, count!.span.end));
        expect(count!.position.start.line).toBe(lines.length + 1);
      }),
      { numRuns: 100 },
    );
  });

  it('gives a fact at the very end of the file an end point one past its last character', () => {
    const text = 'kết nạp 12 đảng viên';
    const [fact] = withPositions(text, extract(text).facts.filter((f) => f.kind === 'count'));
    expect(fact?.position.end).toEqual({ line: 1, column: text.length + 1, offset: text.length });
  });

  it('passes its options to createExtractor: extra lexicon entries', async () => {
    const text = 'Năm nay xã thành lập 3 tổ hợp tác kiểu mới.\n';
    const entities = async (options?: RemarkSolieuOptions) =>
      factsOf((await run(text, options)).file).flatMap((f) => (f.kind === 'count' ? [f.entity] : []));
    expect(await entities()).not.toEqual(['tổ hợp tác kiểu mới']);
    expect(await entities({ lexicon: { countedNouns: ['tổ hợp tác kiểu mới'] } })).toEqual(['tổ hợp tác kiểu mới']);
  });

  it('passes its options to createExtractor: extra rules, and only them with replaceRules', async () => {
    // A rule of the test's own: every 'tổ' followed by a figure is a count of 'tổ'.
    const rule: Rule = {
      id: 'count/to-number',
      kind: 'count',
      examples: ['tổ 7'],
      apply: (ctx) =>
        ctx.mentions.flatMap((m) => {
          const before = ctx.text.slice(Math.max(ctx.start, m.span.start - 3), m.span.start);
          if (before !== 'tổ ') return [];
          const start = m.span.start - 3;
          return [{ kind: 'count' as const, rule: 'count/to-number', span: { start, end: m.span.end, text: ctx.text.slice(start, m.span.end) }, quantity: { value: m.value, span: { ...m.span } }, entity: 'tổ', uses: [m.span.start] }];
        }),
    };
    const text = 'Ngày 5/8/2024, tổ 7 của phường kết nạp 2 đảng viên.\n';
    const rules = async (options: RemarkSolieuOptions) => factsOf((await run(text, options)).file).map((f) => f.rule);
    const added = await rules({ rules: [rule] });
    expect(added).toContain('count/to-number');
    expect(added).toEqual(createExtractor({ rules: [rule] }).extract(text, { format: 'markdown' }).facts.map((f) => f.rule));
    expect(new Set(await rules({ rules: [rule], replaceRules: true }))).toEqual(new Set(['count/to-number']));
  });
});
