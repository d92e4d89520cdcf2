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
import { cleanPhrase, entityAfter, phraseAfter, phraseBefore } from '../../extract/scan.js';
import { subjectBefore } from '../change/subject.js';
import { perAfter } from '../average/per.js';

/** Every percentage figure, with 'of', 'entity' and 'per' where the text gives them. */
export const percentFigure: Rule = {
  id: 'percent/figure',
  kind: 'percent',
  examples: ['đạt trên 112% kế hoạch', '100% trường học đã có chi bộ', 'tỷ lệ hộ nghèo còn 4,8%'],
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    for (const m of ctx.mentions) {
      if (m.unit !== '%' || (m.kind !== 'percent' && m.kind !== 'range')) continue;
      const verb = phraseBefore(ctx, lexicon.percentVerbs, m.span.start, 2);
      const per = perAfter(ctx, m.span.end);
      const tail = per ? per.end : m.span.end;
      const of = phraseAfter(ctx, lexicon.percentOf, tail, 0);
      const entity = of ? undefined : entityAfter(ctx, tail);
      const subject = verb ? subjectBefore(ctx, verb.start) : undefined;
      const start = subject?.start ?? verb?.start ?? m.span.start;
      const end = Math.max(of?.end ?? 0, entity?.end ?? 0, tail);
      const draft: Draft = { kind: 'percent', rule: this.id, span: spanOf(text, start, end), quantity: quantityOf(m), uses: [m.span.start] };
      if (of) draft.of = cleanPhrase(text, of.start, of.end);
      if (entity) draft.entity = cleanPhrase(text, entity.start, entity.end);
      else if (subject) draft.entity = cleanPhrase(text, subject.start, subject.end);
      if (per) draft.per = per.unit;
      drafts.push(draft);
    }
    return drafts;
  },
};
