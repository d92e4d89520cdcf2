import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { extract } from '../../src/extract/extractor.js';
import type { Extraction, Fact, FactKind } from '../../src/types.js';
import { runInProcess } from '../cli/support/run-in-process.js';
import { describeErrors, loadSchema, readSchemaText, schemaValidators } from '../support/schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpusDir = `${root}corpus/`;
const STALE = 'schema.json is stale or was edited by hand: run `npm run schema`';

/** Every article of the corpus: .txt, .md and .html, without the README and the gold files. */
const corpusFiles = readdirSync(corpusDir)
  .filter((f) => /\.(txt|md|html)$/.test(f) && f !== 'README.md')
  .sort();

/** A value as JSON gives it back (undefined fields dropped), which is what a consumer validates. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Copies a JSON value with the keys of every object sorted, as the generator's command line writes them. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** Checks one extraction whole and fact by fact; returns the kinds of its facts. */
function expectValid(label: string, record: Extraction): FactKind[] {
  const { extraction, fact } = schemaValidators();
  expect(extraction(record), `${label}: ${describeErrors(extraction.errors)}`).toBe(true);
  for (const f of record.facts) expect(fact(f), `${label} ${f.id} (${f.kind}): ${describeErrors(fact.errors)}`).toBe(true);
  return record.facts.map((f) => f.kind);
}

/** All kinds a fact can have, read from the schema's Fact union. */
function kindsInSchema(): string[] {
  const definitions = loadSchema().definitions as Record<string, { anyOf?: { $ref: string }[]; properties?: { kind?: { const?: string } } }>;
  return (definitions.Fact?.anyOf ?? []).map((branch) => {
    const name = branch.$ref.replace('#/definitions/', '');
    return definitions[name]?.properties?.kind?.const ?? name;
  });
}

describe('schema.json', () => {
  it('is exactly what the generator makes from src/types.ts today', () => {
    // The same settings as the `schema` script in package.json (the generator's command-line defaults).
    const generated = createGenerator({
      path: `${root}src/types.ts`,
      tsconfig: `${root}tsconfig.json`,
      type: 'Extraction',
      topRef: false,
    }).createSchema('Extraction');
    expect(asJson(generated), STALE).toEqual(loadSchema());
    expect(readSchemaText(), STALE).toBe(JSON.stringify(sortKeys(generated), null, 2));
  }, 120_000);

  it('holds a definition for every kind of fact, so one fact can be validated alone', () => {
    expect(kindsInSchema().sort()).toEqual(
      ['average', 'change', 'count', 'date', 'money', 'organization', 'percent', 'period', 'person', 'place', 'reference'].sort(),
    );
  });

  it('validates every record extract() returns for the corpus, whole and fact by fact', () => {
    expect(corpusFiles.length).toBeGreaterThan(30);
    const seen = new Set<FactKind>();
    for (const f of corpusFiles) {
      for (const kind of expectValid(f, asJson(extract(readFileSync(corpusDir + f, 'utf8'))))) seen.add(kind);
    }
    // Every branch of the Fact union was exercised by a real record.
    expect([...seen].sort()).toEqual(kindsInSchema().sort());
  }, 60_000);

  it('validates the article and facts of every record the command line writes for the corpus', async () => {
    const { status, stdout, stderr } = await runInProcess([...corpusFiles.map((f) => corpusDir + f), '--format', 'jsonl', '--quiet']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(corpusFiles.length);
    for (const line of lines) {
      const { source, article, facts } = JSON.parse(line) as { source: string } & Extraction;
      expectValid(source, { article, facts });
    }
  }, 60_000);

  describe('refuses broken records', () => {
    const { extraction, fact, definition } = schemaValidators();
    const countFact = definition('CountFact');
    const good = asJson(extract('Toàn tỉnh kết nạp 8.990 đảng viên mới.'));
    const count = good.facts.find((f) => f.kind === 'count');

    /**
     * Why a record fails as a count. The Fact union's errors list every branch it failed (they do not
     * say which), so the reason is read from the CountFact definition alone.
     */
    const countErrors = (record: unknown): unknown[] => (countFact(record) ? [] : (countFact.errors ?? []));

    it('starts from a count that validates', () => {
      expect(count, 'the sample sentence should give a count').toBeDefined();
      expect(fact(count), describeErrors(fact.errors)).toBe(true);
      expect(countErrors(count)).toEqual([]);
      expect(extraction(good), describeErrors(extraction.errors)).toBe(true);
    });

    it('a fact of an unknown kind', () => {
      expect(fact({ ...count, kind: 'tally' })).toBe(false);
      expect(countErrors({ ...count, kind: 'tally' })).toContainEqual(expect.objectContaining({ instancePath: '/kind', keyword: 'const' }));
      expect(extraction({ ...good, facts: [{ ...count, kind: 'tally' }] })).toBe(false);
    });

    it('a count without its quantity', () => {
      const { quantity: _quantity, ...withoutQuantity } = count as Fact & { quantity: unknown };
      expect(fact(withoutQuantity)).toBe(false);
      expect(countErrors(withoutQuantity)).toContainEqual(expect.objectContaining({ instancePath: '', keyword: 'required', params: { missingProperty: 'quantity' } }));
    });

    it('a span without its text', () => {
      const { text: _text, ...spanWithoutText } = count!.span;
      const broken = { ...count, span: spanWithoutText };
      expect(fact(broken)).toBe(false);
      expect(countErrors(broken)).toContainEqual(expect.objectContaining({ instancePath: '/span', keyword: 'required', params: { missingProperty: 'text' } }));
    });

    it('a field the types do not have, an id that is not a string, a quantity whose value is text', () => {
      expect(fact({ ...count, extra: 1 })).toBe(false);
      expect(extraction({ ...good, facts: [{ ...count, id: 7 }] })).toBe(false);
      expect(fact({ ...count, quantity: { ...(count as Fact & { quantity: object }).quantity, value: '8.990' } })).toBe(false);
      expect(extraction({ facts: good.facts })).toBe(false);
    });
  });
});
