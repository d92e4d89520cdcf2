import { describe, expect, it } from 'vitest';
import { oneFigureOneFact } from '../../src/refiners/one-figure-one-fact.js';
import type { Draft } from '../../src/extract/draft.js';
import type { SentenceContext } from '../../src/extract/sentence-context.js';

/** A draft reduced to what the refiner reads: its kind, rule and figures. */
function draft(kind: string, rule: string, uses: number[]): Draft {
  return { kind, rule, uses } as unknown as Draft;
}

/** The refiner's drafts for `drafts` (it reads no sentence). */
function refine(drafts: Draft[]): Draft[] {
  return oneFigureOneFact.refine(drafts, undefined as unknown as SentenceContext);
}

describe('refiners/one-figure-one-fact', () => {
  it('keeps drafts that share no figure, as given', () => {
    const drafts = [draft('count', 'count/number-entity', [4]), draft('money', 'money/amount', [20]), draft('place', 'place/level-name', [])];
    expect(refine(drafts)).toBe(drafts);
  });

  it('gives a shared figure to the higher-ranked kind, then to the earlier rule', () => {
    const money = draft('money', 'money/amount', [4]);
    const count = draft('count', 'count/number-entity', [4]);
    const later = draft('count', 'count/unlisted-noun', [4]);
    expect(refine([count, money, later])).toEqual([money]);
    expect(refine([count, later])).toEqual([count]);
  });

  it('lets named kinds claim their figures before any quantity', () => {
    const period = draft('period', 'period/span', [4]);
    const count = draft('count', 'count/number-entity', [4, 9]);
    expect(refine([count, period])).toEqual([period]);
  });
});
