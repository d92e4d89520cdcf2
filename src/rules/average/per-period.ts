/**
 * average/per-period — a figure per unit of time or thing.
 * Reads: 'bình quân mỗi năm kết nạp 2.247 đảng viên', 'trung bình 120 hộ/năm',
 * 'mỗi năm giải quyết việc làm cho hơn 1.500 lao động', 'hằng năm kết nạp 300 đảng viên'.
 * Not: 'mỗi bản được cử từ 2 đến 3 đảng viên' (an 'each' of a thing, not of time, needs 'bình quân').
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import type { NumberMention } from '../../types.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { cleanPhrase, entityAfter, phraseBefore } from '../../extract/scan.js';
import { mayHavePer, perAfter, perBefore, perMarksIn } from './per.js';
import { EACH_WORDS, PERIODIC_WORDS, TIME_UNITS } from '../../lexicon/averages.js';
import { firstWordsOf } from '../../extract/trigger.js';

/** Units of time, for constant-time look-up. */
const TIME_UNIT_SET: ReadonlySet<string> = new Set(TIME_UNITS);

/** Mention kinds an average is made of. */
const AVERAGE_KINDS = new Set(['cardinal', 'decimal', 'range']);

/** True when `m` may be the figure of an average: a quantity that is a cardinal, a decimal or a range. */
function mayBeAverage(m: NumberMention): boolean {
  return isQuantityMention(m) && AVERAGE_KINDS.has(m.kind);
}

/** '[bình quân|trung bình] [mỗi <unit>|hằng <unit>] … <n> <entity>[/<unit>]'. */
export const averagePerPeriod: Rule = {
  id: 'average/per-period',
  kind: 'average',
  examples: ['bình quân mỗi năm kết nạp 2.247 đảng viên', 'trung bình 120 hộ/năm', 'hằng năm kết nạp 300 đảng viên'],
  // a reading needs a slash, an 'each' word or a periodic word in the sentence (see mayHavePer); those start inside it
  trigger: { figures: 1, words: [[...firstWordsOf([...EACH_WORDS, ...PERIODIC_WORDS.map(([phrase]) => phrase)]), '/']] },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    // the search of the whole sentence for a 'per' word runs only when a figure may be an average
    if (!ctx.mentions.some(mayBeAverage) || !mayHavePer(ctx)) return drafts;
    // a reading before the figure opens with a periodic or 'each' word inside the sentence (one
    // just before a piece of a cut sentence would start the draft outside it), before the figure
    const { firstWord } = perMarksIn(ctx);
    for (const m of ctx.mentions) {
      if (!mayBeAverage(m)) continue;
      const entity = entityAfter(ctx, m.span.end);
      const after = perAfter(ctx, entity ? entity.end : m.span.end);
      const before = after || firstWord < 0 || firstWord >= m.span.start ? undefined : perBefore(ctx, m.span.start, 8);
      const per = after ?? before;
      if (!per) continue;
      const marker = phraseBefore(ctx, lexicon.averageMarkers, m.span.start, 8);
      // 'mỗi bản … được cử 2 đảng viên' assigns, it averages only with an average word ('bình quân mỗi xã')
      if (!after && !marker && before && !TIME_UNIT_SET.has(before.unit.toLowerCase())) continue;
      if (lexicon.articleWords.matchAt(m.span.text, 0)?.end === m.span.text.length) continue; // 'mỗi hộ một bộ khung'
      const action = phraseBefore(ctx, lexicon.actionVerbs, m.span.start, 4);
      const start = Math.min(marker?.start ?? m.span.start, before?.start ?? m.span.start, action?.start ?? m.span.start);
      const end = Math.max(after?.end ?? 0, entity?.end ?? 0, m.span.end);
      const draft: Draft = {
        kind: 'average',
        rule: this.id,
        span: spanOf(text, start, end),
        quantity: quantityOf(m),
        per: per.unit,
        uses: [m.span.start],
      };
      if (entity) draft.entity = cleanPhrase(text, entity.start, entity.end);
      if (action) draft.action = action.phrase;
      drafts.push(draft);
    }
    return drafts;
  },
};
