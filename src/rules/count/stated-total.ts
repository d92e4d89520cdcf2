/**
 * count/stated-total — a total named before its figure.
 * Reads: 'nâng tổng số đảng viên toàn huyện lên 5.812', 'tổng số hội viên là 1.250 người'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, entityAfter, phraseBefore, skipSpacesBack, wordStart } from '../../extract/scan.js';
import { TOTAL_LINKS, TOTAL_MARKERS } from '../../lexicon/counted-nouns.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { lastWordsOf } from '../../extract/trigger.js';

/** 'tổng số', 'nâng tổng số'. */
const MARKERS = PhraseTable.of(TOTAL_MARKERS);
/** 'lên', 'là', 'đạt'. */
const LINKS = PhraseTable.of(TOTAL_LINKS);

/** '<tổng số> <entity …> <lên|là|đạt> <n>'. */
export const countStatedTotal: Rule = {
  id: 'count/stated-total',
  kind: 'count',
  examples: ['nâng tổng số đảng viên toàn huyện lên 5.812', 'tổng số hội viên là 1.250 người'],
  // a figure, a total marker and a link, each ending on its last word
  trigger: { figures: 1, words: [lastWordsOf(TOTAL_MARKERS), lastWordsOf(TOTAL_LINKS)] },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text } = ctx;
    for (const m of ctx.mentions) {
      if (!isQuantityMention(m) || m.kind !== 'cardinal') continue;
      const linkEnd = skipSpacesBack(text, m.span.start);
      const link = LINKS.matchEndingAt(text, linkEnd);
      if (!link) continue;
      const marker = phraseBefore(ctx, MARKERS, wordStart(text, link.start), 8);
      if (!marker) continue;
      const entityEnd = skipSpacesBack(text, link.start);
      const named = cleanPhrase(text, marker.end, entityEnd);
      const after = entityAfter(ctx, m.span.end);
      const entity = named || (after ? cleanPhrase(text, after.start, after.end) : '');
      if (!entity) continue;
      drafts.push({
        kind: 'count',
        rule: this.id,
        span: spanOf(text, marker.start, after && !named ? after.end : m.span.end),
        quantity: quantityOf(m),
        entity,
        action: cleanPhrase(text, marker.start, marker.end),
        uses: [m.span.start],
      });
    }
    return drafts;
  },
};
