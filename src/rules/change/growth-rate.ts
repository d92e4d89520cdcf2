/**
 * change/growth-rate — a growth rate reported as reached: an increase in percent.
 * Reads: 'tốc độ tăng trưởng kinh tế (GRDP) ước đạt 6,85%', 'tăng trưởng GRDP cả năm đạt 8%'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, phraseBefore, skipSpacesBack } from '../../extract/scan.js';

/** '<tăng trưởng …> <đạt|là> <x>%'. */
export const changeGrowthRate: Rule = {
  id: 'change/growth-rate',
  kind: 'change',
  examples: ['tốc độ tăng trưởng kinh tế (GRDP) ước đạt 6,85%', 'tăng trưởng GRDP cả năm đạt 8%'],
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    for (const m of ctx.mentions) {
      if (m.unit !== '%' || m.kind !== 'percent') continue;
      const verb = phraseBefore(ctx, lexicon.percentVerbs, m.span.start, 1);
      if (!verb) continue;
      const growth = phraseBefore(ctx, lexicon.growthNouns, verb.start, 8, Math.max(ctx.start, verb.start - 80));
      if (!growth) continue;
      const draft: Draft = {
        kind: 'change',
        rule: this.id,
        direction: 'increase',
        span: spanOf(text, growth.start, m.span.end),
        delta: quantityOf(m),
        deltaUnit: 'percent',
        uses: [m.span.start],
      };
      const entity = cleanPhrase(text, growth.end, skipSpacesBack(text, verb.start));
      if (entity) draft.entity = entity;
      drafts.push(draft);
    }
    return drafts;
  },
};
