/**
 * change/equivalent-percent — a change restated relatively right after its amount.
 * Reads: 'giảm 42 thôn, bon (tương đương 35,6%)', 'tăng 120 hộ, tương ứng 12,5%'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { quantityOf } from '../../extract/sentence-context.js';
import { clauseStart, phraseBefore, skipSpacesBack } from '../../extract/scan.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { EQUIVALENT_WORDS } from '../../lexicon/changes.js';
import { changeVerbLastWords } from './verb-words.js';

/** Farthest back (characters) the change verb may stand. */
const REACH = 80;

/** '<tăng|giảm> <d> … (tương đương <x>%)'. */
export const changeEquivalentPercent: Rule = {
  id: 'change/equivalent-percent',
  kind: 'change',
  examples: ['giảm 42 thôn, bon (tương đương 35,6%)'],
  // a percent figure after an equivalence word, a change verb before it, in the window
  trigger: { figures: 1, words: [lastWordsOf(EQUIVALENT_WORDS), changeVerbLastWords] },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    for (const m of ctx.mentions) {
      if (m.unit !== '%' || m.kind !== 'percent') continue;
      const link = lexicon.equivalentWords.matchEndingAt(text, skipSpacesBack(text, m.span.start));
      if (!link) continue;
      let from = skipSpacesBack(text, link.start);
      if (text[from - 1] === '(' || text[from - 1] === ',') from--;
      const floor = Math.max(ctx.start, from - REACH, clauseStart(ctx, from - 1));
      const verb = phraseBefore(ctx, lexicon.changeVerbs, from, 12, floor, true);
      if (!verb) continue;
      drafts.push({
        kind: 'change',
        rule: this.id,
        direction: verb.value,
        span: spanOf(text, link.start, m.span.end),
        delta: quantityOf(m),
        deltaUnit: 'percent',
        uses: [m.span.start],
      });
    }
    return drafts;
  },
};
