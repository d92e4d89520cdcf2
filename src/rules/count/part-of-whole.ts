/**
 * count/part-of-whole — a part with the whole it belongs to.
 * Reads: '301/317 thôn', '45/96 xã đạt chuẩn nông thôn mới', '41 trong tổng số 75 bản'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { isBareYear, isQuantityMention, partQuantity, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, entityAfter, phraseBefore, skipSpaces } from '../../extract/scan.js';
import { PART_OF_WHOLE_LINKS } from '../../lexicon/counted-nouns.js';
import { numberOfSubject } from './number-of-subject.js';
import { PhraseTable } from '../../tagging/phrase-table.js';

/** Longest subject a bare fraction may count, in words. */
const SUBJECT_MAX_WORDS = 8;

/** 'trong tổng số', 'trên tổng số', 'trong số'. */
const LINKS = PhraseTable.of(PART_OF_WHOLE_LINKS);

/** '<a>/<b> <entity>' and '<a> trong tổng số <b> <entity>'. */
export const countPartOfWhole: Rule = {
  id: 'count/part-of-whole',
  kind: 'count',
  examples: ['301/317 thôn', '41 trong tổng số 75 bản'],
  // it reads only from the figures of the window
  trigger: { figures: 1 },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text } = ctx;
    ctx.mentions.forEach((m, i) => {
      if (m.kind === 'fraction' && m.numerator !== undefined && m.denominator !== undefined && Number.isInteger(m.numerator)) {
        const slash = m.span.text.indexOf('/');
        const total = partQuantity(text, m.denominator, m.span.start + slash + 1, m.span.end);
        // 'nghị định 79/2003': a bare year after the slash dates a document's number, it is no whole
        if (isBareYear(total)) return;
        const action = phraseBefore(ctx, ctx.lexicon.actionVerbs, m.span.start, 5);
        // 'số đại biểu có mặt là 297/300': with no noun after it, the fraction counts what its subject numbers
        const after = entityAfter(ctx, m.span.end);
        const entity = after ?? numberOfSubject(ctx, m.span.start, SUBJECT_MAX_WORDS);
        if (!entity) return;
        // a verb inside the subject ('có mặt') governs nothing
        const governs = action && (after || action.end <= entity.start) ? action : undefined;
        const draft: Draft = {
          kind: 'count',
          rule: this.id,
          span: after ? spanOf(text, governs ? governs.start : m.span.start, after.end) : spanOf(text, entity.start, m.span.end),
          quantity: { ...partQuantity(text, m.numerator, m.span.start, m.span.start + slash), ...(m.approx ? { approx: m.approx } : {}) },
          total,
          entity: cleanPhrase(text, entity.start, entity.end),
          uses: [m.span.start],
        };
        if (governs) draft.action = governs.phrase;
        drafts.push(draft);
        return;
      }
      const whole = ctx.mentions[i + 1];
      if (m.kind !== 'cardinal' || !whole || whole.kind !== 'cardinal' || !isQuantityMention(m) || !isQuantityMention(whole)) return;
      const link = LINKS.matchAt(text, skipSpaces(text, m.span.end));
      if (!link || skipSpaces(text, link.end) !== whole.span.start) return;
      const entity = entityAfter(ctx, whole.span.end);
      if (!entity) return;
      const action = phraseBefore(ctx, ctx.lexicon.actionVerbs, m.span.start, 5);
      const draft: Draft = {
        kind: 'count',
        rule: this.id,
        span: spanOf(text, action ? action.start : m.span.start, entity.end),
        quantity: quantityOf(m),
        total: quantityOf(whole),
        entity: cleanPhrase(text, entity.start, entity.end),
        uses: [m.span.start, whole.span.start],
      };
      if (action) draft.action = action.phrase;
      drafts.push(draft);
    });
    return drafts;
  },
};
