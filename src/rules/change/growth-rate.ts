/**
 * change/growth-rate — a growth rate reported as reached: an increase in percent.
 * Reads: 'tốc độ tăng trưởng kinh tế (GRDP) ước đạt 6,85%', 'tăng trưởng GRDP cả năm đạt 8%',
 * 'tốc độ tăng trưởng GRDP bình quân đạt 8 - 8,5%/năm'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { quantityOf } from '../../extract/sentence-context.js';
import { countWords, phraseBefore, skipSpacesBack } from '../../extract/scan.js';
import { perAfter } from '../average/per.js';
import { subjectText } from './subject.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { GROWTH_NOUNS } from '../../lexicon/changes.js';

/** Most words naming what grows when no verb stands before the rate: 'tăng trưởng GRDP 8,5%'. */
const MAX_NAMED_WORDS = 2;

/**
 * End of the growth phrase `[start, end)` without its trailing hedges ('bình quân', 'ước'). They go
 * before the subject's frame is read, so that a phrase of growth words alone still names itself
 * ('Tốc độ tăng trưởng bình quân đạt 22,67%' → 'Tốc độ tăng trưởng').
 */
function withoutHedges(ctx: Parameters<Rule['apply']>[0], start: number, end: number): number {
  let stop = end;
  for (let hedge = ctx.lexicon.hedgeWords.matchEndingAt(ctx.text, stop); hedge && hedge.start > start; hedge = ctx.lexicon.hedgeWords.matchEndingAt(ctx.text, stop)) {
    stop = skipSpacesBack(ctx.text, hedge.start);
  }
  return stop;
}

/** '<tăng trưởng …> <đạt|là> <x>%'. */
export const changeGrowthRate: Rule = {
  id: 'change/growth-rate',
  kind: 'change',
  examples: ['tốc độ tăng trưởng kinh tế (GRDP) ước đạt 6,85%', 'tăng trưởng GRDP cả năm đạt 8%'],
  // a percent figure after a growth noun of the window
  trigger: { figures: 1, words: [lastWordsOf(GROWTH_NOUNS)] },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    for (const m of ctx.mentions) {
      if (m.unit !== '%' || (m.kind !== 'percent' && m.kind !== 'range')) continue;
      // the verb may sit inside the figure's qualifier ('ước đạt 6,85%')
      const verb = phraseBefore(ctx, lexicon.percentVerbs, m.span.start, 1);
      const anchor = verb ? verb.start : m.span.start;
      const growth = phraseBefore(ctx, lexicon.growthNouns, anchor, 8, Math.max(ctx.start, anchor - 80), true);
      if (!growth || (!verb && lexicon.percentVerbs.findAll(m.span.text).length === 0 && countWords(text, growth.end, anchor) > MAX_NAMED_WORDS)) continue;
      if (ctx.mentions.some((o) => o !== m && o.unit === '%' && o.span.start > growth.end && o.span.end <= anchor)) continue;
      const per = perAfter(ctx, m.span.end);
      const draft: Draft = {
        kind: 'change',
        rule: this.id,
        direction: 'increase',
        span: spanOf(text, growth.start, per?.end ?? m.span.end),
        delta: quantityOf(m),
        deltaUnit: 'percent',
        uses: [m.span.start],
      };
      const entity = subjectText(ctx, growth.start, withoutHedges(ctx, growth.start, skipSpacesBack(text, anchor)));
      if (entity) draft.entity = entity;
      if (per) draft.per = per.unit;
      drafts.push(draft);
    }
    return drafts;
  },
};
