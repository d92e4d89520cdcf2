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
    // drafts that share no figure each claim theirs unopposed (nine sentences in ten with several drafts)
    if (drafts.length < 2 || !sharesFigure(drafts)) return drafts;
    const ranks = drafts.map((d) => RANK[d.kind] ?? -1);
    const order = drafts.map((_, i) => i);
    order.sort(
      (a, b) =>
        (ranks[a] as number) - (ranks[b] as number) ||
        (drafts[b] as Draft).uses.length - (drafts[a] as Draft).uses.length ||
        a - b,
    );
    const used = new Set<number>();
    const kept = new Uint8Array(drafts.length);
    let dropped = 0;
    for (const i of order) {
      const d = drafts[i] as Draft;
      // periods, dates and references claim their figures first: 'trong 5 tháng qua' is no amount
      if ((ranks[i] as number) >= 0 && d.uses.some((u) => used.has(u))) {
        dropped++;
        continue;
      }
      for (const u of d.uses) used.add(u);
      kept[i] = 1;
    }
    return dropped === 0 ? drafts : drafts.filter((_, i) => kept[i] === 1);
  },
};

/** True when two of `drafts` use the same figure. */
function sharesFigure(drafts: readonly Draft[]): boolean {
  const seen = new Set<number>();
  for (const d of drafts) {
    for (const u of d.uses) if (seen.has(u)) return true;
    for (const u of d.uses) seen.add(u);
  }
  return false;
}
