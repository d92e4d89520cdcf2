/**
 * count/number-entity — a figure followed by what it counts, with the verb that governs it.
 * Reads: 'kết nạp 8.990 đảng viên mới', 'giải thể 191 chi bộ', 'có 7 huyện, 2 thị xã', 'hai chi bộ'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, entityAfter, phraseBefore, skipSpaces, trailingQualifier } from '../../extract/scan.js';
import { isIdentifierNumber } from './identifier.js';

/** Mention kinds a plain count is made of. */
const COUNT_KINDS = new Set(['cardinal', 'decimal', 'range']);

/** '<action> <n> <entity>'. */
export const countNumberEntity: Rule = {
  id: 'count/number-entity',
  kind: 'count',
  examples: ['kết nạp 8.990 đảng viên mới', 'thành lập mới 64 tổ chức cơ sở đảng', 'có 7 huyện, 2 thị xã; 118 xã'],
  apply(ctx) {
    const drafts: Draft[] = [];
    for (const m of ctx.mentions) {
      if (!isQuantityMention(m) || !COUNT_KINDS.has(m.kind) || isIdentifierNumber(ctx, m)) continue;
      const action = phraseBefore(ctx, ctx.lexicon.actionVerbs, m.span.start, 5);
      // an unknown noun is taken only right after its verb ('hỗ trợ 5 con bò'), never after a name
      const adjacent = action !== undefined && skipSpaces(ctx.text, action.end) === m.span.start;
      const entity = entityAfter(ctx, m.span.end, { fallbackWords: adjacent && !m.unit ? 3 : 0 });
      if (!entity) continue;
      // 'một' before a noun is usually the article ('một công trình'), unless a verb counts it
      if (ctx.lexicon.articleWords.matchAt(m.span.text, 0)?.end === m.span.text.length && (!action || ctx.lexicon.existentialVerbs.matchAt(action.phrase, 0)?.end === action.phrase.length)) continue;
      const start = action ? action.start : m.span.start;
      const trailing = m.approx ? undefined : trailingQualifier(ctx, entity.end);
      const end = trailing ? trailing.end : entity.end;
      const quantity = quantityOf(m);
      if (trailing) quantity.approx = trailing.approx;
      const draft: Draft = {
        kind: 'count',
        rule: this.id,
        span: spanOf(ctx.text, start, end),
        quantity,
        entity: cleanPhrase(ctx.text, entity.start, entity.end),
        uses: [m.span.start],
      };
      if (action) draft.action = action.phrase;
      drafts.push(draft);
    }
    return drafts;
  },
};
