/**
 * Marks goals: a figure after 'phấn đấu', 'mục tiêu', 'chỉ tiêu đề ra' … in its sentence, with no
 * achievement word ('đạt và vượt', 'đã') between, is a target, not a result.
 * @module
 */
import type { SentenceRefiner } from '../rules/rule.js';
import type { PhraseMatch } from '../tagging/phrase-table.js';

/** Kinds that can be targets. */
const QUANTITY_KINDS = new Set(['count', 'average', 'percent', 'money', 'change']);

/** Sets `target: true` on quantity drafts governed by a goal marker. */
export const markTargets: SentenceRefiner = {
  name: 'targets',
  refine(drafts, ctx) {
    if (!drafts.some((d) => QUANTITY_KINDS.has(d.kind))) return drafts;
    const goals = ctx.lexicon.targetMarkers.findAll(ctx.text, ctx.start, ctx.end);
    if (goals.length === 0) return drafts;
    const achieved = ctx.lexicon.achievedMarkers.findAll(ctx.text, ctx.start, ctx.end);
    for (const d of drafts) {
      if (!QUANTITY_KINDS.has(d.kind)) continue;
      const goal = nearestBefore(goals, d.span.start + (d.span.end - d.span.start));
      if (!goal) continue;
      const cancelled = achieved.some((a) => a.start >= goal.end && a.end <= d.span.end && !overlaps(a, goal));
      if (!cancelled) d.target = true;
    }
    return drafts;
  },
};

/** The last match starting before `pos`. */
function nearestBefore<T>(matches: PhraseMatch<T>[], pos: number): PhraseMatch<T> | undefined {
  let best: PhraseMatch<T> | undefined;
  for (const m of matches) if (m.start < pos) best = m;
  return best;
}

/** True when two matches share characters. */
function overlaps<T>(a: PhraseMatch<T>, b: PhraseMatch<T>): boolean {
  return a.start < b.end && b.start < a.end;
}
