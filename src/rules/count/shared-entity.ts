/**
 * count/shared-entity — a list of figures whose last one names what they all count.
 * Reads: 'khiển trách 35, cảnh cáo 18, cách chức 4, khai trừ 7 đảng viên'.
 * @module
 */
import type { NumberMention } from '../../types.js';
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, countWords, entityAfter, phraseBefore, skipSpaces } from '../../extract/scan.js';
import { FIGURE_LIST_JOINERS } from '../../lexicon/counted-nouns.js';

/** Most words between one figure's comma and the next figure ('cảnh cáo'). */
const MAX_WORDS_BETWEEN = 4;

/** What opens the gap between two figures of a list: a comma, or a list joiner with or without one ('3, 4 và 5 xã'). */
const LIST_GAP = new RegExp(`^(?:,|(?:${FIGURE_LIST_JOINERS.join('|')}),?)\\s`);

/** '<action> <n>, <action> <n>, … <action> <n> <entity>'. */
export const countSharedEntity: Rule = {
  id: 'count/shared-entity',
  kind: 'count',
  examples: ['khiển trách 35, cảnh cáo 18, cách chức 4, khai trừ 7 đảng viên'],
  // a list of at least two figures
  trigger: { figures: 2 },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text } = ctx;
    ctx.mentions.forEach((m, i) => {
      if (m.kind !== 'cardinal' || !isQuantityMention(m) || entityAfter(ctx, m.span.end)) return;
      const last = listEnd(ctx, i);
      if (!last) return;
      const entity = entityAfter(ctx, last.span.end);
      if (!entity) return;
      const action = phraseBefore(ctx, ctx.lexicon.actionVerbs, m.span.start, 3);
      const draft: Draft = {
        kind: 'count',
        rule: this.id,
        span: spanOf(text, action ? action.start : m.span.start, m.span.end),
        quantity: quantityOf(m),
        entity: cleanPhrase(text, entity.start, entity.end),
        uses: [m.span.start],
      };
      if (action) draft.action = action.phrase;
      drafts.push(draft);
    });
    return drafts;
  },
};

/** The last figure of a comma list that starts at mention `i`, when every link is ', <few words> <figure>'. */
function listEnd(ctx: SentenceContext, i: number): NumberMention | undefined {
  const { text } = ctx;
  let current = ctx.mentions[i] as NumberMention;
  for (let j = i + 1; j < ctx.mentions.length; j++) {
    const next = ctx.mentions[j] as NumberMention;
    const gap = skipSpaces(text, current.span.end);
    if (next.kind !== 'cardinal' || !isQuantityMention(next)) return undefined;
    const between = text.slice(gap, next.span.start);
    if (!LIST_GAP.test(between) || /[;.()]/.test(between) || countWords(text, gap, next.span.start) > MAX_WORDS_BETWEEN) return undefined;
    if (entityAfter(ctx, next.span.end)) return next;
    current = next;
  }
  return undefined;
}
