import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/extract/extractor.js';
import { fold, loadCorpus, prf, scoreCase, type Tally } from '../support/gold.js';

const corpus = loadCorpus(fileURLToPath(new URL('../../corpus/', import.meta.url)));

/** Lowest F1 accepted per kind over the whole corpus; raised as the rules improve. */
const FLOORS: Record<string, number> = {
  count: 0.95,
  'count+entity': 0.97,
  change: 0.96,
  average: 0.95,
  percent: 0.98,
  money: 0.97,
  period: 0.96,
  date: 0.95,
  reference: 0.97,
  person: 0.95,
  organization: 0.99,
  place: 0.94,
  target: 0.94,
  'change+entity': 0.75,
  'percent+entity': 0.53,
};

describe('gold corpus', () => {
  it('has at least 30 bulletins, each with a gold file', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it('gold texts stand in their bulletins', () => {
    for (const c of corpus) for (const g of c.gold.facts) expect(c.input.includes(g.text), `${c.name}: ${g.text}`).toBe(true);
  });

  it('reads title, lead and dateline as the gold says', () => {
    const wrong: string[] = [];
    for (const c of corpus) {
      const { article } = extract(c.input);
      for (const field of ['title', 'lead', 'dateline'] as const) {
        const want = c.gold.article[field];
        if (fold(want) !== fold(article[field])) wrong.push(`${c.name} ${field}: got ${JSON.stringify(article[field])}, want ${JSON.stringify(want)}`);
      }
    }
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(Math.floor(corpus.length * 0.1));
  });

  it('scores every fact kind above its floor', () => {
    const total = new Map<string, Tally>();
    for (const c of corpus) {
      const { facts } = extract(c.input);
      const { tallies } = scoreCase(c.input, facts, c.gold.facts);
      for (const [k, t] of tallies) {
        const sum = total.get(k) ?? { tp: 0, fp: 0, fn: 0 };
        sum.tp += t.tp;
        sum.fp += t.fp;
        sum.fn += t.fn;
        total.set(k, sum);
      }
    }
    const rows = [...total.entries()].sort(([a], [b]) => a.localeCompare(b));
    const lines = rows.map(([k, t]) => {
      const { p, r, f1 } = prf(t);
      return `${k.padEnd(14)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
    });
    console.log(`gold corpus, ${corpus.length} bulletins\n${lines.join('\n')}`);
    for (const [kind, floor] of Object.entries(FLOORS)) {
      const t = total.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
      expect(prf(t).f1, `${kind} F1`).toBeGreaterThanOrEqual(floor);
    }
  });
});
