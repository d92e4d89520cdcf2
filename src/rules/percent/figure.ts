/**
 * percent/figure — a percentage with what it is of, what it describes, and its period.
 * Reads: 'đạt trên 112% kế hoạch', '100% trường học đã có chi bộ', 'tỷ lệ bao phủ bảo hiểm y tế
 * đạt 95,2%', 'chiếm 35%', 'từ 80% trở lên', '5-6%/năm'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, entityAfter, phraseAfter, phraseBefore, skipSpaces, skipSpacesBack } from '../../extract/scan.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import type { Span } from '../../types.js';
import { subjectText, subjectBefore } from '../change/subject.js';
import { perAfter } from '../average/per.js';

/** 'số <counted noun …>' right after a percentage: '30% số xã' is a share of the communes. */
function shareOf(ctx: SentenceContext, pos: number): { start: number; end: number } | undefined {
  const share = ctx.lexicon.shareWords.matchAt(ctx.text, skipSpaces(ctx.text, pos));
  if (!share) return undefined;
  const noun = entityAfter(ctx, share.end);
  return noun ? { start: share.start, end: noun.end } : undefined;
}

/** A rate named right before a percentage with no verb between: 'với tỷ lệ hộ nghèo trên 25%'. */
function rateBefore(ctx: SentenceContext, pos: number): Span | undefined {
  const rate = phraseBefore(ctx, ctx.lexicon.rateNouns, pos, 6);
  return rate ? spanOf(ctx.text, rate.start, skipSpacesBack(ctx.text, pos)) : undefined;
}

/** Every percentage figure, with 'of', 'entity' and 'per' where the text gives them. */
export const percentFigure: Rule = {
  id: 'percent/figure',
  kind: 'percent',
  examples: ['đạt trên 112% kế hoạch', '100% trường học đã có chi bộ', 'tỷ lệ hộ nghèo còn 4,8%'],
  // it reads only from the figures of the window
  trigger: { figures: 1 },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    for (const m of ctx.mentions) {
      if (m.unit !== '%' || (m.kind !== 'percent' && m.kind !== 'range')) continue;
      const verb = phraseBefore(ctx, lexicon.percentVerbs, m.span.start, 2);
      const per = perAfter(ctx, m.span.end);
      const tail = per ? per.end : m.span.end;
      const of = phraseAfter(ctx, lexicon.percentOf, tail, 0) ?? shareOf(ctx, tail);
      const entity = of ? undefined : entityAfter(ctx, tail);
      const subject = verb ? subjectBefore(ctx, verb.start) : rateBefore(ctx, m.span.start);
      const start = subject?.start ?? verb?.start ?? m.span.start;
      const end = Math.max(of?.end ?? 0, entity?.end ?? 0, tail);
      const draft: Draft = { kind: 'percent', rule: this.id, span: spanOf(text, start, end), quantity: quantityOf(m), uses: [m.span.start] };
      if (of) draft.of = cleanPhrase(text, of.start, of.end);
      if (entity) draft.entity = cleanPhrase(text, entity.start, entity.end);
      else if (subject) {
        const named = subjectText(ctx, subject.start, subject.end);
        if (named) draft.entity = named;
      }
      if (per) draft.per = per.unit;
      drafts.push(draft);
    }
    return drafts;
  },
};
