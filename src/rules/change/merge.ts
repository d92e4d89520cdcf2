/**
 * change/merge — units merged into fewer units.
 * Reads: 'sáp nhập 58 thôn, tổ dân phố thành 27 thôn, tổ dân phố', 'hợp nhất 12 xã thành 5 xã',
 * '16 ấp sáp nhập thành 7 ấp', 'sắp xếp 31 đơn vị hành chính cấp xã để thành lập 14 đơn vị mới'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, countWords, entityAfter, phraseBefore, skipSpacesBack } from '../../extract/scan.js';
import { MERGE_RESULT_WORDS, MERGE_VERBS } from '../../lexicon/changes.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { PhraseTable } from '../../tagging/phrase-table.js';

/** 'thành', 'còn'. */
const RESULT = PhraseTable.of(MERGE_RESULT_WORDS);

/** Most words between the first group and 'thành' ('này được sắp xếp'). */
const MAX_GAP_WORDS = 4;

/** '<sáp nhập> <a> <entity> thành <b> <entity>', '<a> <entity> được sắp xếp thành <b> <entity>'. */
export const changeMerge: Rule = {
  id: 'change/merge',
  kind: 'change',
  examples: ['sáp nhập 58 thôn, tổ dân phố thành 27 thôn, tổ dân phố'],
  // two figures, a merge verb and a result word, each ending on its last word
  trigger: { figures: 2, words: [lastWordsOf(MERGE_VERBS), lastWordsOf(MERGE_RESULT_WORDS)] },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    ctx.mentions.forEach((a, i) => {
      const b = ctx.mentions[i + 1];
      if (!b || !isQuantityMention(a) || !isQuantityMention(b) || a.kind === 'money' || b.kind === 'money') return;
      const link = RESULT.matchEndingAt(text, skipSpacesBack(text, b.span.start));
      if (!link || link.start < a.span.end) return;
      const entityA = entityAfter(ctx, a.span.end);
      if (entityA && link.start < entityA.end) return;
      const gapStart = entityA ? entityA.end : a.span.end;
      if (countWords(text, gapStart, link.start) > MAX_GAP_WORDS || /[;()]/.test(text.slice(gapStart, link.start))) return;
      const verb = phraseBefore(ctx, lexicon.mergeVerbs, a.span.start, 2) ?? phraseBefore(ctx, lexicon.mergeVerbs, link.start, MAX_GAP_WORDS, gapStart);
      if (!verb) return;
      const entityB = entityAfter(ctx, b.span.end);
      const draft: Draft = {
        kind: 'change',
        rule: this.id,
        direction: b.value <= a.value ? 'decrease' : 'increase',
        span: spanOf(text, Math.min(verb.start, a.span.start), entityB ? entityB.end : skipSpacesBack(text, b.span.end)),
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
