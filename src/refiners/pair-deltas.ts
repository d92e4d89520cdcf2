/**
 * Pairs a change's amount with its before/after frame: 'giảm 193 thôn, bản … (từ 328 bản xuống
 * còn 135 bản' and 'từ 95 bản xuống còn 8 bản, xóa được 87 bản' become one change each.
 * @module
 */
import type { SentenceRefiner } from '../rules/rule.js';
import type { Draft, DraftOf } from '../extract/draft.js';
import { spanOf } from '../extract/draft.js';
import { consistencyOf } from './consistency.js';

/** Most characters between an amount and a frame that explains it. */
const MAX_GAP = 48;

/** True for a change draft with an amount and no frame. */
function isDelta(d: Draft): d is DraftOf<'change'> {
  return d.kind === 'change' && d.delta !== undefined && d.before === undefined && d.after === undefined;
}

/** True for a change draft with a frame and no amount. */
function isFrame(d: Draft): d is DraftOf<'change'> {
  return d.kind === 'change' && d.before !== undefined && d.after !== undefined && d.delta === undefined;
}

/** Merges amount drafts into the frame drafts they explain. */
export const pairDeltas: SentenceRefiner = {
  name: 'pair-deltas',
  refine(drafts, ctx) {
    if (!drafts.some(isFrame)) return drafts;
    const frames = drafts.filter(isFrame);
    const merged = new Set<Draft>();
    const replaced = new Map<Draft, Draft>();
    for (const delta of drafts.filter(isDelta)) {
      let best: DraftOf<'change'> | undefined;
      for (const frame of frames) {
        if (replaced.has(frame) || frame.direction !== delta.direction) continue;
        const gapText = delta.span.end <= frame.span.start
          ? ctx.text.slice(delta.span.end, frame.span.start)
          : ctx.text.slice(frame.span.end, delta.span.start);
        if (gapText.length > MAX_GAP || /[;.]/.test(gapText)) continue;
        const explains = delta.span.end <= frame.span.start && gapText.includes('(');
        // 'từ A xuống còn B, giảm D': the amount restated right after its frame
        const restates = !delta.weak && frame.span.end <= delta.span.start && /^\s*,\s*$/.test(gapText);
        const agrees = consistencyOf({ ...frame, delta: delta.delta, deltaUnit: rateAware(delta, frame) }) === true;
        if (explains || restates || agrees) {
          best = frame;
          break;
        }
      }
      if (!best) continue;
      const start = Math.min(best.span.start, delta.span.start);
      const end = Math.max(best.span.end, delta.span.end);
      const both: DraftOf<'change'> = {
        ...best,
        weak: false,
        span: spanOf(ctx.text, start, end),
        uses: [...delta.uses, ...best.uses],
      };
      if (delta.delta) both.delta = delta.delta;
      if (delta.deltaUnit) both.deltaUnit = rateAware(delta, best);
      const entity = delta.entity ?? best.entity;
      if (entity) both.entity = entity;
      if (delta.baseline) both.baseline = delta.baseline;
      if (delta.per) both.per = delta.per;
      replaced.set(best, both);
      merged.add(delta);
    }
    return drafts.filter((d) => !merged.has(d)).map((d) => replaced.get(d) ?? d);
  },
};

/** A percentage amount on a frame of percentages is in points. */
function rateAware(delta: DraftOf<'change'>, frame: DraftOf<'change'>): 'absolute' | 'percent' | 'point' {
  if (delta.deltaUnit === 'percent' && frame.before?.unit === '%' && frame.after?.unit === '%') return 'point';
  return delta.deltaUnit ?? 'absolute';
}
