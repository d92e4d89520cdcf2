/**
 * change/to-level — a level moved to a new value, with no before figure.
 * Reads: 'đưa tỷ lệ hộ nghèo xuống còn 0,8%', 'nâng tỷ lệ đường thôn được cứng hóa lên 84,5%',
 * 'giảm tỷ lệ hộ nghèo còn 0,5%', 'số hộ nghèo giảm xuống còn 1.250 hộ'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, entityAfter, phraseBefore, skipSpacesBack } from '../../extract/scan.js';
import { subjectText, subjectBefore } from './subject.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { AFTER_MARKERS, LEVEL_VERBS } from '../../lexicon/changes.js';
import { changeVerbLastWords } from './verb-words.js';

/** Most words between the verb and the after marker (the level's name). */
const MAX_OBJECT_WORDS = 8;

/** '<đưa|nâng|giảm> <level> <xuống còn|lên|còn> <b>' and '<level> <giảm xuống còn|tăng lên> <b>'. */
export const changeToLevel: Rule = {
  id: 'change/to-level',
  kind: 'change',
  examples: ['đưa tỷ lệ hộ nghèo xuống còn 0,8%', 'nâng tỷ lệ đường thôn được cứng hóa lên 84,5%'],
  // a figure after an after marker, and a level or change verb, all in the window
  trigger: {
    figures: 1,
    words: [lastWordsOf(AFTER_MARKERS.map(([marker]) => marker)), (lexicon) => [...lastWordsOf(LEVEL_VERBS.map(([verb]) => verb)), ...changeVerbLastWords(lexicon)]],
  },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    for (const b of ctx.mentions) {
      if (!isQuantityMention(b) || b.kind === 'money') continue;
      const marker = lexicon.afterMarkers.matchEndingAt(text, skipSpacesBack(text, b.span.start));
      if (!marker) continue;
      if (lexicon.beforeMarkers.matchAt(text, marker.start) || hasFromFrame(ctx, marker.start)) continue;
      const verb = phraseBefore(ctx, lexicon.levelVerbs, marker.start, MAX_OBJECT_WORDS);
      const changeVerb = lexicon.changeVerbs.matchAt(text, marker.start) ?? phraseBefore(ctx, lexicon.changeVerbs, marker.start, 0);
      if (!verb && !changeVerb) continue;
      const direction = marker.value ?? changeVerb?.value ?? verb?.value ?? 'decrease';
      const object = verb ? cleanPhrase(text, verb.end, marker.start) : '';
      if (lexicon.totalMarkers.matchAt(object, 0)) continue; // 'nâng tổng số … lên' states a total
      const subject = !object ? subjectBefore(ctx, (changeVerb ?? marker).start) : undefined;
      const entity = object || (subject ? subjectText(ctx, subject.start, subject.end) : '');
      // without a name for the level, only a change verb right before the marker says it is one ('… giảm còn 14,6%')
      if (!entity && !entityAfter(ctx, b.span.end) && !changeVerb) continue;
      const start = Math.min(verb?.start ?? marker.start, subject?.start ?? marker.start, changeVerb?.start ?? marker.start);
      const draft: Draft = {
        kind: 'change',
        rule: this.id,
        direction,
        span: spanOf(text, start, b.span.end),
        after: quantityOf(b),
        uses: [b.span.start],
      };
      const after = entityAfter(ctx, b.span.end);
      if (entity) draft.entity = entity;
      else if (after) draft.entity = cleanPhrase(text, after.start, after.end);
      drafts.push(draft);
    }
    return drafts;
  },
};

/** True when a 'từ <a>' stands in the clause before `pos` (then the from-to rule reads it). */
function hasFromFrame(ctx: Parameters<Rule['apply']>[0], pos: number): boolean {
  const from = phraseBefore(ctx, ctx.lexicon.beforeMarkers, pos, 8);
  return from !== undefined && ctx.mentions.some((m) => m.span.start > from.start && m.span.end <= pos && isQuantityMention(m));
}
