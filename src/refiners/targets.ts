/**
 * Marks goals: a figure after 'phấn đấu', 'mục tiêu', 'chỉ tiêu đề ra', 'đề nghị các cấp ủy' … in its
 * sentence, with no achievement word ('đạt và vượt', 'đã') between, is a target, not a result. A
 * goal word inside a programme's name or a comparison ('Chương trình mục tiêu quốc gia', 'cao hơn
 * mục tiêu đề ra') sets no goal.
 * @module
 */
import type { SentenceRefiner } from '../rules/rule.js';
import type { PhraseMatch } from '../tagging/phrase-table.js';
import type { SentenceContext } from '../extract/sentence-context.js';

/** Kinds that can be targets. */
const QUANTITY_KINDS = new Set(['count', 'average', 'percent', 'money', 'change']);

/** Sets `target: true` on quantity drafts governed by a goal marker. */
export const markTargets: SentenceRefiner = {
  name: 'targets',
  refine(drafts, ctx) {
    if (!drafts.some((d) => QUANTITY_KINDS.has(d.kind))) return drafts;
    const goals = goalMarkers(ctx);
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

/** The goal markers of a sentence, without those inside a phrase that sets no goal ('chương trình mục tiêu quốc gia'). */
function goalMarkers(ctx: SentenceContext): PhraseMatch<string>[] {
  const goals = ctx.lexicon.targetMarkers.findAll(ctx.text, ctx.start, ctx.end);
  if (goals.length === 0) return goals;
  const names = ctx.lexicon.notGoalPhrases.findAll(ctx.text, ctx.start, ctx.end);
  return names.length === 0 ? goals : goals.filter((g) => !names.some((n) => overlaps(n, g)));
}

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
