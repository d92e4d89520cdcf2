/**
 * change/current-state — the level now, with the change that led to it.
 * Reads: 'hiện còn 995 ấp, khu phố, giảm 31 ấp, khu phố so với trước khi sắp xếp',
 * 'nay còn 76 thôn, bon, giảm 42 thôn, bon'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, entityAfter, phraseBefore, skipSpacesBack } from '../../extract/scan.js';
import { baselineAfter } from './verb-delta.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { CURRENT_STATE_MARKERS } from '../../lexicon/changes.js';
import { changeVerbLastWords } from './verb-words.js';

/** Farthest (characters) between the level and the verb of its change. */
const REACH = 60;

/** '<hiện còn> <b> <entity>, <giảm|tăng> <d> <entity> [so với <baseline>]'. */
export const changeCurrentState: Rule = {
  id: 'change/current-state',
  kind: 'change',
  examples: ['hiện còn 995 ấp, khu phố, giảm 31 ấp, khu phố so với trước khi sắp xếp'],
  // a figure and the next one ("còn 995 …, giảm 31"), a current-state marker and a change verb
  trigger: { figures: 2, words: [lastWordsOf(CURRENT_STATE_MARKERS), changeVerbLastWords] },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    ctx.mentions.forEach((b, i) => {
      const d = ctx.mentions[i + 1];
      if (!d || !isQuantityMention(b) || !isQuantityMention(d) || b.kind === 'money') return;
      const marker = lexicon.currentStateMarkers.matchEndingAt(text, skipSpacesBack(text, b.span.start));
      if (!marker) return;
      const verb = phraseBefore(ctx, lexicon.changeVerbs, d.span.start, 2);
      if (!verb || verb.start < b.span.end || verb.start - b.span.end > REACH) return;
      const gap = text.slice(b.span.end, verb.start);
      if (!gap.includes(',') || /[;()]/.test(gap)) return;
      const entity = entityAfter(ctx, b.span.end);
      const deltaEntity = entityAfter(ctx, d.span.end);
      let end = deltaEntity ? deltaEntity.end : d.span.end;
      const draft: Draft = {
        kind: 'change',
        rule: this.id,
        direction: verb.value,
        after: quantityOf(b),
        delta: quantityOf(d),
        deltaUnit: d.unit === '%' && b.unit !== '%' ? 'percent' : d.unit === '%' ? 'point' : 'absolute',
        span: spanOf(text, marker.start, end),
        uses: [b.span.start, d.span.start],
      };
      if (entity) draft.entity = cleanPhrase(text, entity.start, entity.end);
      const baseline = baselineAfter(ctx, end);
      if (baseline) {
        draft.baseline = baseline.text;
        end = baseline.end;
      }
      draft.span = spanOf(text, marker.start, end);
      drafts.push(draft);
    });
    return drafts;
  },
};
