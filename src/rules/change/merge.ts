/**
 * change/merge — units merged into fewer units.
 * Reads: 'sáp nhập 58 thôn, tổ dân phố thành 27 thôn, tổ dân phố', 'hợp nhất 12 xã thành 5 xã'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, entityAfter, phraseBefore, skipSpaces, skipSpacesBack } from '../../extract/scan.js';
import { MERGE_RESULT_WORDS } from '../../lexicon/changes.js';
import { PhraseTable } from '../../tagging/phrase-table.js';

/** 'thành', 'còn'. */
const RESULT = PhraseTable.of(MERGE_RESULT_WORDS);

/** '<sáp nhập> <a> <entity> thành <b> <entity>'. */
export const changeMerge: Rule = {
  id: 'change/merge',
  kind: 'change',
  examples: ['sáp nhập 58 thôn, tổ dân phố thành 27 thôn, tổ dân phố'],
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    ctx.mentions.forEach((a, i) => {
      const b = ctx.mentions[i + 1];
      if (!b || !isQuantityMention(a) || !isQuantityMention(b)) return;
      const verb = phraseBefore(ctx, lexicon.mergeVerbs, a.span.start, 2);
      if (!verb) return;
      const entityA = entityAfter(ctx, a.span.end);
      const link = RESULT.matchAt(text, skipSpaces(text, entityA ? entityA.end : a.span.end));
      if (!link || skipSpaces(text, link.end) !== b.span.start) return;
      const entityB = entityAfter(ctx, b.span.end);
      const draft: Draft = {
        kind: 'change',
        rule: this.id,
        direction: b.value <= a.value ? 'decrease' : 'increase',
        span: spanOf(text, verb.start, entityB ? entityB.end : skipSpacesBack(text, b.span.end)),
        before: quantityOf(a),
        after: quantityOf(b),
        uses: [a.span.start, b.span.start],
      };
      const entity = entityA ?? entityB;
      if (entity) draft.entity = cleanPhrase(text, entity.start, entity.end);
      drafts.push(draft);
    });
    return drafts;
  },
};
