/**
 * One kind per figure: money, then change, then average, then percent, then count. A figure
 * used by a fact earlier in that order is not used again by a later one.
 * @module
 */
import type { SentenceRefiner } from '../rules/rule.js';
import type { Draft } from '../extract/draft.js';

/** Rank of each quantity kind; the other kinds claim their figures before all of these. */
const RANK: Readonly<Record<string, number>> = { money: 0, change: 1, average: 2, percent: 3, count: 4 };

/**
 * Keeps, for each figure, the draft of the highest-ranked kind (first rule wins within a kind);
 * named kinds (periods, dates, references) claim the figures inside them before any quantity.
 */
export const oneFigureOneFact: SentenceRefiner = {
  name: 'one-figure-one-fact',
  refine(drafts) {
    const order = drafts.map((d, i) => ({ d, i, rank: RANK[d.kind] ?? -1 }));
    order.sort((a, b) => a.rank - b.rank || b.d.uses.length - a.d.uses.length || a.i - b.i);
    const used = new Set<number>();
    const kept = new Set<Draft>();
    for (const { d, rank } of order) {
      if (rank < 0) {
        // periods, dates and references claim their figures first: 'trong 5 tháng qua' is no amount
        for (const u of d.uses) used.add(u);
        kept.add(d);
        continue;
      }
      if (d.uses.some((u) => used.has(u))) continue;
      for (const u of d.uses) used.add(u);
      kept.add(d);
    }
    return drafts.filter((d) => kept.has(d));
  },
};
