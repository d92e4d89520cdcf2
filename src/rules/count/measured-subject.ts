/**
 * count/measured-subject — a measured figure named by the phrase before it.
 * Reads: 'Sản lượng lúa cả năm đạt trên 4,3 triệu tấn', 'rừng trồng 87.846,2 ha',
 * 'diện tích ứng dụng công nghệ cao đạt 72.350 ha'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, entityAfter } from '../../extract/scan.js';
import { subjectPhrase } from '../money/subject.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { DIMENSION_WORD_COMPOUNDS, MEASURE_SUBJECTS } from '../../lexicon/counted-nouns.js';
import { lastWordsOf } from '../../extract/trigger.js';

/** 'công nghệ cao' … : a dimension word closing a compound that names a kind. */
const KIND_COMPOUNDS = PhraseTable.of(DIMENSION_WORD_COMPOUNDS);

/** '<subject> [đạt|là] <n> <unit>' for measured units (ha, tấn, km …), not money or percent. */
export const countMeasuredSubject: Rule = {
  id: 'count/measured-subject',
  kind: 'count',
  examples: ['Sản lượng lúa cả năm đạt trên 4,3 triệu tấn', 'rừng trồng 87.846,2 ha'],
  // a figure with a unit, a measure subject before it in its clause
  trigger: { figures: 1, words: [lastWordsOf(MEASURE_SUBJECTS)] },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    for (const m of ctx.mentions) {
      if (!isQuantityMention(m) || (m.kind !== 'cardinal' && m.kind !== 'decimal') || !m.unit || m.unit === '%' || lexicon.currencies.matchAt(m.unit, 0)) continue;
      if (entityAfter(ctx, m.span.end)) continue;
      const subject = subjectPhrase(ctx, m.span.start);
      if (!subject) continue;
      // a statistic ('sản lượng lúa'), not the size of one object ('Cầu dài 83 m')
      if (lexicon.measureSubjects.findAll(text, subject.start, subject.end).length === 0) continue;
      if (lexicon.dimensionWords.matchEndingAt(text, subject.end) && !KIND_COMPOUNDS.matchEndingAt(text, subject.end)) continue;
      drafts.push({
        kind: 'count',
        rule: this.id,
        span: spanOf(text, subject.start, m.span.end),
        quantity: quantityOf(m),
        entity: cleanPhrase(text, subject.start, subject.end),
        uses: [m.span.start],
      });
    }
    return drafts;
  },
};
