import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, toWords } from '../../src/numerals/index.js';
import { extract } from '../../src/extract/extractor.js';
import type { Fact, Quantity } from '../../src/types.js';

const ACTIONS = ['kết nạp', 'thành lập mới', 'giải thể', 'kiện toàn', 'hỗ trợ'];
const ENTITIES = ['đảng viên mới', 'chi bộ', 'tổ chức cơ sở đảng', 'hộ nghèo', 'lượt cán bộ, đảng viên', 'thôn, bản'];
const UNITS = ['bản', 'xã', 'chi bộ', 'hộ'];
const PROSE_BEFORE = ['', 'Thời gian qua, ', 'Với sự chỉ đạo sát sao của cấp ủy, ', 'Nhờ làm tốt công tác tuyên truyền, '];
const PROSE_AFTER = ['', ', góp phần nâng cao chất lượng hoạt động', ' trên địa bàn toàn tỉnh', ', được nhân dân đồng tình ủng hộ'];

/** A positive integer written one of the ways Vietnamese news writes it. */
const written = (n: number): fc.Arbitrary<string> => {
  const ways = [fc.constant(formatNumber(n)), fc.constant(toWords(n))];
  if (n % 100_000 === 0 && n >= 1_000_000) ways.push(fc.constant(`${formatNumber(n / 1_000_000)} triệu`));
  if (n % 1000 === 0 && n >= 1000 && n < 1_000_000) ways.push(fc.constant(`${formatNumber(n / 1000)} nghìn`));
  return fc.oneof(...ways);
};

/** Integers worth writing: small ones and round large ones. */
const amount = fc.oneof(fc.integer({ min: 2, max: 9_999 }), fc.integer({ min: 2, max: 99 }).map((k) => k * 100_000));

/** The facts of one body sentence. */
const factsOf = (sentence: string): Fact[] => extract(`Tin tức\n\n${sentence}\n`, { format: 'text' }).facts.filter((f) => f.section === 'body');

/** Every quantity of a fact. */
const quantities = (f: Fact): Quantity[] =>
  (['quantity', 'before', 'after', 'delta', 'total'] as const).flatMap((k) => {
    const q = (f as unknown as Record<string, Quantity | undefined>)[k];
    return q ? [q] : [];
  });

describe('rule properties', () => {
  it('<action> <number> <entity> gives exactly that count, written any Vietnamese way, prose around or not', () => {
    fc.assert(
      fc.property(
        amount.chain((n) => fc.tuple(fc.constant(n), written(n))),
        fc.constantFrom(...ACTIONS),
        fc.constantFrom(...ENTITIES),
        fc.constantFrom(...PROSE_BEFORE),
        fc.constantFrom(...PROSE_AFTER),
        ([n, number], action, entity, before, after) => {
          const sentence = `${before}${before ? action : action[0]!.toUpperCase() + action.slice(1)} ${number} ${entity}${after}.`;
          const counts = factsOf(sentence).filter((f) => f.kind === 'count');
          expect(counts, sentence).toHaveLength(1);
          expect(counts[0], sentence).toMatchObject({ quantity: { value: n }, entity, action });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('từ <a> <unit> xuống còn <b> <unit> gives exactly that change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9_999 }).chain((a) => fc.tuple(fc.constant(a), fc.integer({ min: 1, max: a - 1 }))),
        fc.constantFrom(...UNITS),
        fc.constantFrom(...PROSE_BEFORE),
        fc.constantFrom(...PROSE_AFTER),
        fc.boolean(),
        ([a, b], unit, before, after, words) => {
          const w = (n: number) => (words && n < 1000 ? toWords(n) : formatNumber(n));
          const sentence = `${before}số ${unit} chưa có đảng viên giảm từ ${w(a)} ${unit} xuống còn ${w(b)} ${unit}${after}.`;
          const changes = factsOf(sentence).filter((f) => f.kind === 'change');
          expect(changes, sentence).toHaveLength(1);
          expect(changes[0], sentence).toMatchObject({ direction: 'decrease', before: { value: a }, after: { value: b } });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('đạt <x>% <plan> gives that percent of that plan, the decimal written with a comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom('kế hoạch', 'dự toán', 'chỉ tiêu'), fc.constantFrom(...PROSE_BEFORE), (hundredths, plan, before) => {
        const x = hundredths / 100;
        const sentence = `${before}thu ngân sách đạt ${formatNumber(x)}% ${plan}.`;
        const percents = factsOf(sentence).filter((f) => f.kind === 'percent');
        expect(percents, sentence).toHaveLength(1);
        expect(percents[0], sentence).toMatchObject({ quantity: { value: x }, of: plan });
      }),
      { numRuns: 300 },
    );
  });

  it('<n> triệu/tỷ đồng gives exactly that sum in VND, never through float multiplication', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom(['triệu', 1e6] as const, ['tỷ', 1e9] as const), (thousandths, [scale, factor]) => {
        const amount = thousandths / 1000;
        const sentence = `Tổng kinh phí hỗ trợ là ${formatNumber(amount)} ${scale} đồng.`;
        const money = factsOf(sentence).filter((f) => f.kind === 'money');
        expect(money, sentence).toHaveLength(1);
        expect(money[0], sentence).toMatchObject({ currency: 'VND', quantity: { value: Math.round(amount * 1000) * (factor / 1000) } });
      }),
      { numRuns: 300 },
    );
  });

  it("a fact's quantities lie inside its span, and every span slices the input", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...ACTIONS, ...ENTITIES, ...UNITS, 'từ', 'xuống còn', 'giảm', 'tăng', '%', 'tỷ đồng', 'bình quân mỗi năm', ', ', '; ', '(', ')', '. '),
            fc.integer({ min: 0, max: 99_999 }).map((n) => formatNumber(n)),
          ),
          { maxLength: 24 },
        ),
        (parts) => {
          const input = `Tin\n\n${parts.join(' ')}\n`;
          for (const f of extract(input).facts) {
            expect(input.slice(f.span.start, f.span.end)).toBe(f.span.text);
            expect(input.slice(f.sentence.start, f.sentence.end)).toBe(f.sentence.text);
            for (const q of quantities(f)) {
              expect(input.slice(q.span.start, q.span.end)).toBe(q.span.text);
              expect(q.span.start).toBeGreaterThanOrEqual(f.span.start);
              expect(q.span.end).toBeLessThanOrEqual(f.span.end);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
