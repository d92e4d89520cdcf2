import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { extract } from '../../src/extract/extractor.js';
import { loadSchema, schemaValidators } from '../support/schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpusDir = `${root}corpus/`;

describe('schema.json', () => {
  it('is what the generator makes from src/types.ts today (run `npm run schema` after changing the types)', () => {
    const generated = createGenerator({
      path: `${root}src/types.ts`,
      tsconfig: `${root}tsconfig.json`,
      type: 'Extraction',
      topRef: false,
    }).createSchema('Extraction');
    expect(JSON.parse(JSON.stringify(generated)), 'schema.json is stale: run `npm run schema`').toEqual(loadSchema());
  }, 120_000);

  it('validates every record extract() returns for the corpus, whole and fact by fact', () => {
    const { extraction, fact } = schemaValidators();
    const files = readdirSync(corpusDir).filter((f) => /\.(txt|md|html)$/.test(f) && f !== 'README.md');
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      const result = JSON.parse(JSON.stringify(extract(readFileSync(corpusDir + f, 'utf8'))));
      expect(extraction(result), `${f}: ${JSON.stringify(extraction.errors?.slice(0, 3))}`).toBe(true);
      for (const x of result.facts) expect(fact(x), `${f} ${x.id}: ${JSON.stringify(fact.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('refuses broken records', () => {
    const { extraction, fact } = schemaValidators();
    const good = JSON.parse(JSON.stringify(extract('Toàn tỉnh kết nạp 8.990 đảng viên mới.')));
    const count = good.facts.find((f: { kind: string }) => f.kind === 'count');
    expect(fact(count)).toBe(true);
    expect(fact({ ...count, kind: 'tally' })).toBe(false);
    const { quantity: _q, ...noQuantity } = count;
    expect(fact(noQuantity)).toBe(false);
    expect(fact({ ...count, span: { start: count.span.start, end: count.span.end } })).toBe(false);
    expect(fact({ ...count, extra: 1 })).toBe(false);
    expect(extraction({ ...good, facts: [{ ...count, id: 7 }] })).toBe(false);
  });
});
