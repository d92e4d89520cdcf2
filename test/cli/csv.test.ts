import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { CSV_COLUMNS, csvField, csvHeader, csvLine, csvRows, factCells } from '../../src/cli/csv.js';
import { extract } from '../../src/extract/extractor.js';
import type { Fact, Span } from '../../src/types.js';
import { parseCsv } from './support/parse-csv.js';
import { CORPUS_DIR, sampleBulletins } from './support/bulletins.js';

/** The header CONTRACT.md § Command line fixes. */
const CONTRACT_HEADER =
  'source,id,kind,rule,section,value,max,approx,unit,entity,action,direction,before,after,delta,delta_unit,consistent,total,per,of,currency,doc_type,number,symbol,issuer,term,name,titles,target,start,end,text';

/** A span of made-up text. */
const span = (start: number, text: string): Span => ({ start, end: start + text.length, text });

/** The cells of a fact by column name. */
function cellsByName(fact: Fact, source = 'a.txt'): Record<string, string> {
  const values = factCells(fact, source);
  return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c.name, csvField(values[i])]));
}

const base = { id: 'f1', sentence: span(0, 'x'), section: 'body' as const, rule: 'r/x' };

describe('CSV columns', () => {
  it('are exactly those of the contract, in its order', () => {
    expect(csvHeader()).toBe(`${CONTRACT_HEADER}\r\n`);
  });

  it('give a count its figure, entity, action and total, numbers as JavaScript writes them', () => {
    const fact: Fact = {
      ...base,
      kind: 'count',
      span: span(10, 'kết nạp hơn 1.250 đảng viên'),
      quantity: { value: 1250, approx: 'over', span: span(18, 'hơn 1.250') },
      entity: 'đảng viên',
      action: 'kết nạp',
      total: { value: 1300.5, span: span(40, '1.300,5') },
      target: true,
    };
    expect(cellsByName(fact)).toMatchObject({
      source: 'a.txt', id: 'f1', kind: 'count', rule: 'r/x', section: 'body', value: '1250', approx: 'over', unit: '',
      entity: 'đảng viên', action: 'kết nạp', total: '1300.5', target: 'true', start: '10', end: '37', text: 'kết nạp hơn 1.250 đảng viên',
    });
  });

  it('give a change its direction, figures, delta unit and consistency', () => {
    const fact: Fact = {
      ...base,
      kind: 'change',
      span: span(0, 'giảm 193 thôn'),
      direction: 'decrease',
      before: { value: 328, unit: 'bản', span: span(0, '328') },
      after: { value: 135, unit: 'bản', span: span(0, '135') },
      delta: { value: 193, span: span(0, '193') },
      deltaUnit: 'absolute',
      consistent: false,
      per: 'năm',
    };
    expect(cellsByName(fact)).toMatchObject({
      kind: 'change', value: '', unit: 'bản', direction: 'decrease', before: '328', after: '135', delta: '193', delta_unit: 'absolute', consistent: 'false', per: 'năm', target: '',
    });
    expect(cellsByName({ ...fact, multiplier: 2.6 } as Fact).value).toBe('2.6');
  });

  it('give a reference, a person and a money fact their own fields', () => {
    expect(
      cellsByName({ ...base, kind: 'reference', span: span(0, 'Nghị quyết 04-NQ/TU'), docType: 'Nghị quyết', number: '04', symbol: 'NQ/TU', issuer: 'Tỉnh ủy', term: 12 }),
    ).toMatchObject({ doc_type: 'Nghị quyết', number: '04', symbol: 'NQ/TU', issuer: 'Tỉnh ủy', term: '12', value: '' });
    expect(
      cellsByName({ ...base, kind: 'person', span: span(0, 'x'), name: 'Lò Văn Muôn', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch HĐND, tỉnh'] }),
    ).toMatchObject({ name: 'Lò Văn Muôn', titles: '"Phó Bí thư Tỉnh ủy; Chủ tịch HĐND, tỉnh"' });
    expect(
      cellsByName({ ...base, kind: 'money', span: span(0, 'x'), quantity: { value: 3_500_000_000, unit: 'đồng', span: span(0, '3,5 tỷ đồng') }, currency: 'VND', per: 'người/năm' }),
    ).toMatchObject({ value: '3500000000', unit: 'đồng', currency: 'VND', per: 'người/năm' });
    expect(
      cellsByName({ ...base, kind: 'period', span: span(0, 'Qua 3 năm'), duration: { value: 3, unit: 'năm' } }),
    ).toMatchObject({ value: '3', unit: 'năm' });
  });
});

describe('csvField', () => {
  it('quotes only what needs it, doubling inner quotes', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' edge')).toBe('" edge"');
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvField(['a', 'b'])).toBe('a; b');
  });

  it('round-trips any cells through an independent RFC 4180 reader', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A record of one empty field is an empty line, which readers skip: not a CSV this writer makes (rows have 32 cells).
        fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
        expect(parseCsv(rows.map((row) => csvLine(row)).join(''))).toEqual(rows);
      }),
    );
  });
});

describe('csvRows', () => {
  it.each(sampleBulletins(1))('writes one row per fact of %s that reads back to the fact', (file) => {
    const input = readFileSync(CORPUS_DIR + file, 'utf8');
    const { facts } = extract(input);
    const rows = parseCsv(csvHeader() + csvRows({ source: `dir/${file}`, facts }));
    expect(rows[0]).toEqual(CONTRACT_HEADER.split(','));
    expect(rows).toHaveLength(facts.length + 1);
    const at = (name: string): number => rows[0]!.indexOf(name);
    facts.forEach((fact, i) => {
      const row = rows[i + 1]!;
      expect(row).toHaveLength(32);
      expect(row[at('source')]).toBe(`dir/${file}`);
      expect(row[at('id')]).toBe(fact.id);
      expect(row[at('kind')]).toBe(fact.kind);
      const start = Number(row[at('start')]);
      const end = Number(row[at('end')]);
      expect(input.slice(start, end)).toBe(row[at('text')]);
      if ('quantity' in fact) expect(Number(row[at('value')])).toBe(fact.quantity.value);
    });
  });
});
