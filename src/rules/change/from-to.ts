/**
 * change/from-to — a figure before and after.
 * Reads: 'từ 95 bản xuống còn 8 bản', 'giảm từ 12,5% năm 2020 xuống còn 4,8% năm 2024',
 * 'tăng từ 1.200 lên 1.500 hội viên', 'từ 88 xuống còn 21'.
 * @module
 */
import type { NumberMention } from '../../types.js';
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, countWords, entityAfter, phraseBefore, skipSpaces, skipSpacesBack } from '../../extract/scan.js';
import { subjectText, subjectBefore } from './subject.js';
import { AFTER_MARKERS, BEFORE_MARKERS } from '../../lexicon/changes.js';
import { lastWordsOf } from '../../extract/trigger.js';

/** Most words between the before figure and the after marker ('bản', 'năm 2020'). */
const MAX_GAP_WORDS = 6;

/** 'từ <a> … <xuống còn|lên|còn> <b>'. */
export const changeFromTo: Rule = {
  id: 'change/from-to',
  kind: 'change',
  examples: ['từ 95 bản xuống còn 8 bản', 'giảm từ 12,5% năm 2020 xuống còn 4,8% năm 2024'],
  // two figures, a before marker and an after marker, each ending on its last word
  trigger: { figures: 2, words: [lastWordsOf(BEFORE_MARKERS), lastWordsOf(AFTER_MARKERS.map(([marker]) => marker))] },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    ctx.mentions.forEach((a, i) => {
      // money figures are money facts (CONTRACT: money first), so a frame of money is not read here
      if (!isQuantityMention(a) || a.kind === 'range' || a.kind === 'money') return;
      const from = lexicon.beforeMarkers.matchEndingAt(text, skipSpacesBack(text, a.span.start));
      if (!from) return;
      const found = afterFigure(ctx, a, i);
      if (!found) return;
      const { b, markerDirection } = found;
      const verb = phraseBefore(ctx, lexicon.changeVerbs, from.start, 1);
      const direction = verb?.value ?? markerDirection ?? (b.value < a.value ? 'decrease' : 'increase');
      const subject = verb ? subjectBefore(ctx, verb.start) : undefined;
      const entity = entityAfter(ctx, b.span.end) ?? entityAfter(ctx, a.span.end);
      const draft: Draft = {
        kind: 'change',
        rule: this.id,
        direction,
        span: spanOf(text, verb ? verb.start : from.start, Math.max(b.span.end, entity && entity.start >= b.span.end ? entity.end : 0)),
        before: quantityOf(a),
        after: quantityOf(b),
        uses: [a.span.start, b.span.start],
      };
      const entityText = subject ? subjectText(ctx, subject.start, subject.end) : entity ? cleanPhrase(text, entity.start, entity.end) : '';
      if (entityText) draft.entity = entityText;
      drafts.push(draft);
    });
    return drafts;
  },
};

/** The after figure of a from-to frame starting at mention `a` (index `i`), with the direction its marker implies. */
function afterFigure(
  ctx: SentenceContext,
  a: NumberMention,
  i: number,
): { b: NumberMention; markerDirection: 'increase' | 'decrease' | undefined } | undefined {
  const { text, lexicon } = ctx;
  for (let j = i + 1; j < ctx.mentions.length; j++) {
    const b = ctx.mentions[j] as NumberMention;
    if (!isQuantityMention(b)) continue; // years between the two figures
    if (b.kind === 'money') return undefined;
    const markerEnd = skipSpacesBack(text, b.span.start);
    const marker = lexicon.afterMarkers.matchEndingAt(text, markerEnd);
    if (!marker) return undefined;
    const gapStart = skipSpaces(text, a.span.end);
    if (countWords(text, gapStart, marker.start) > MAX_GAP_WORDS || /[;()]/.test(text.slice(gapStart, marker.start))) return undefined;
    return { b, markerDirection: marker.value };
  }
  return undefined;
}
