import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Draft } from '../../src/extract/draft.js';
import type { Rule } from '../../src/rules/rule.js';
import { createExtractor } from '../../src/extract/extractor.js';
import { ExtractorContext, handOut } from '../../src/extract/hand-out.js';
import { DEFAULT_RULES } from '../../src/rules/index.js';
import { loadCorpus } from '../support/gold.js';
import { bareContext } from '../support/sentence.js';

const corpus = loadCorpus(fileURLToPath(new URL('../../corpus/', import.meta.url)));
const realPath = fileURLToPath(new URL('../../../shared/corpus-real/articles.jsonl', import.meta.url));

/** The kinds the sentence refiners may change. */
const QUANTITY_KINDS = new Set(['count', 'average', 'percent', 'money', 'change']);

/** Freezes `value` and everything it holds. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as object)) deepFreeze(inner);
  }
  return value;
}

/**
 * The default rules, each freezing the drafts of the kinds no refiner may change before the
 * extractor goes on: any later change to them (by a refiner, a rule, the fact builder) throws.
 */
const FREEZING_RULES: Rule[] = DEFAULT_RULES.map((rule) => ({
  ...rule,
  apply: (ctx) => {
    const drafts = rule.apply(ctx);
    for (const d of drafts) if (!QUANTITY_KINDS.has(d.kind)) deepFreeze(d);
    return drafts;
  },
}));

describe('handOut', () => {
  const drafts = (): Draft[] => [
    { kind: 'person', rule: 'person/honorific-name', span: { start: 0, end: 9, text: 'ông Nguyễn' }, name: 'Nguyễn', titles: ['Bí thư'], uses: [] },
  ];

  it('gives a context the extractor made the drafts themselves', () => {
    const kept = drafts();
    const bare = bareContext('ông Nguyễn');
    const ctx = new ExtractorContext(bare.text, bare.start, bare.end, bare.section, bare.mentions, bare.lexicon);
    const out = handOut(ctx, kept);
    expect(out[0]).toBe(kept[0]);
  });

  it('gives any other caller deep copies it may change', () => {
    const kept = drafts();
    const out = handOut(bareContext('ông Nguyễn'), kept);
    expect(out).toEqual(kept);
    expect(out[0]).not.toBe(kept[0]);
    expect(out[0]?.span).not.toBe(kept[0]?.span);
    (out[0] as { titles: string[] }).titles.push('Chủ tịch');
    expect((kept[0] as { titles: string[] }).titles).toEqual(['Bí thư']);
  });
});

describe('the extractor changes no kept draft after the rule that handed it out', () => {
  const frozen = createExtractor({ rules: FREEZING_RULES, replaceRules: true });
  const plain = createExtractor();

  it.each(corpus.map((c) => [c.name, c.input] as const))('%s: no change to a frozen draft, the same facts', (_name, input) => {
    expect(frozen.extract(input)).toEqual(plain.extract(input));
  });

  it.skipIf(!existsSync(realPath))('on the first 500 real articles', () => {
    const texts = readFileSync(realPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 500)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (const text of texts) expect(frozen.extract(text)).toEqual(plain.extract(text));
  });
});
