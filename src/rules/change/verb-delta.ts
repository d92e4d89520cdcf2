/**
 * change/verb-delta — a change verb with the amount of the change.
 * Reads: 'giảm 193 thôn, bản chưa có chi bộ', 'tăng 8,32% so với cùng kỳ', 'tăng 2,6 lần',
 * 'giảm bình quân 1,9%/năm', 'tỷ lệ hộ nghèo giảm 2,5%', 'xóa được 87 bản'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import type { NumberMention, Span } from '../../types.js';
import type { PhraseMatch } from '../../tagging/phrase-table.js';
import { firstStartOf } from '../../tagging/phrase-table.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { clauseEnd, cleanPhrase, entityAfter, phraseAfter, phraseBefore, skipSpaces, skipSpacesBack } from '../../extract/scan.js';
import { subjectText, namesRate, subjectBefore } from './subject.js';
import { perAfter } from '../average/per.js';
import { LINKED_DECREASE_VERBS } from '../../lexicon/changes.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { changeVerbLastWords } from './verb-words.js';

/** Most words of fillers between a change verb and its amount ('nhiều nhất với'). */
const MAX_FILLER_WORDS = 4;

/** '<tăng|giảm> [thêm|được|bình quân] <d> [entity] [so với <baseline>]'. */
export const changeVerbDelta: Rule = {
  id: 'change/verb-delta',
  kind: 'change',
  examples: ['giảm 193 thôn, bản chưa có chi bộ', 'tăng 8,32% so với cùng kỳ', 'tăng 2,6 lần'],
  // a figure and a change verb (or linked decrease verb) before it, ending on its last word
  trigger: {
    figures: 1,
    words: [(lexicon) => [...changeVerbLastWords(lexicon), ...lastWordsOf(LINKED_DECREASE_VERBS)]],
  },
  apply(ctx) {
    const drafts: Draft[] = [];
    const { text, lexicon } = ctx;
    // the verb search of the whole sentence runs only when a figure may be the amount of a change
    if (!ctx.mentions.some(isDeltaMention)) return drafts;
    const firstVerb = firstChangeVerb(ctx);
    if (firstVerb < 0) return drafts;
    for (const m of ctx.mentions) {
      // every reading has its verb before the figure, inside the sentence
      if (!isDeltaMention(m) || firstVerb >= m.span.start) continue;
      const found = changeVerbBefore(ctx, m.span.start);
      if (!found) continue;
      const { verb, weak, object } = found;
      if (lexicon.afterMarkers.matchEndingAt(text, verb.end)) continue;
      // 'giảm tỷ lệ hộ nghèo còn 0,5%': a figure after 'còn'/'xuống còn'/'lên' is the level reached, not the amount
      if (lexicon.afterMarkers.matchEndingAt(text, skipSpacesBack(text, m.span.start))) continue;
      if (lexicon.beforeMarkers.matchAt(text, skipSpaces(text, verb.end))) continue; // 'giảm từ …' is a from-to
      const times = lexicon.multiplierWords.matchAt(text, skipSpaces(text, m.span.end));
      const multiplier = times ?? (lexicon.multiplierVerbs.matchEndingAt(text, verb.end) ? { end: m.span.end } : undefined);
      const subject = object ?? subjectBefore(ctx, verb.start);
      const draft: Draft = {
        kind: 'change',
        rule: this.id,
        direction: verb.value,
        span: spanOf(text, subject && subject.start < verb.start ? subject.start : verb.start, m.span.end),
        uses: [m.span.start],
      };
      if (weak) draft.weak = true;
      let end = m.span.end;
      if (multiplier) {
        draft.multiplier = m.value;
        end = multiplier.end;
      } else {
        draft.delta = quantityOf(m);
        draft.deltaUnit = m.unit === '%' ? (subject && namesRate(ctx, subject.start, subject.end) ? 'point' : 'percent') : 'absolute';
        const per = perAfter(ctx, m.span.end);
        if (per) {
          draft.per = per.unit;
          end = per.end;
        }
      }
      const entity = multiplier ? undefined : entityAfter(ctx, end);
      const named = subject ? subjectText(ctx, subject.start, subject.end) : '';
      if (named) draft.entity = named;
      else if (entity) draft.entity = cleanPhrase(text, entity.start, entity.end);
      if (entity) end = entity.end;
      const baseline = baselineAfter(ctx, end);
      if (baseline) {
        draft.baseline = baseline.text;
        end = baseline.end;
      }
      draft.span = spanOf(text, draft.span.start, end);
      drafts.push(draft);
    }
    return drafts;
  },
};

/** True when `m` may be the amount of a change: a quantity, neither money nor a fraction. */
function isDeltaMention(m: NumberMention): boolean {
  return isQuantityMention(m) && m.kind !== 'money' && m.kind !== 'fraction';
}

/**
 * Where the first change verb (or linked decrease verb) of the sentence starts, -1 when none does:
 * every reading needs one before its figure, and most sentences with figures hold none. One search
 * of the sentence, running on past its end by the verbs' reach so that a longer entry at the same
 * place cannot hide a shorter one; the first entry found is the leftmost, as the search takes
 * the first place an entry starts at. The sentence's start when the reach is unbounded.
 */
function firstChangeVerb(ctx: SentenceContext): number {
  const { text, lexicon } = ctx;
  if (!Number.isFinite(lexicon.changeVerbReach)) return ctx.start;
  const to = Math.min(text.length, ctx.end + lexicon.changeVerbReach);
  const first = firstStartOf([lexicon.changeVerbs, lexicon.linkedDecreaseVerbs], text, ctx.start, to);
  return first < ctx.end ? first : -1;
}

/**
 * True when the verb at `verb` governs the figure at `pos`: only filler words stand between
 * ('tăng thêm', 'giảm bình quân'), and the verb is not part of a compound noun or another verb
 * ('xe tăng', 'hạ tầng', 'tăng cường').
 */
function governs(ctx: SentenceContext, verb: { start: number; end: number }, pos: number): boolean {
  const { text, lexicon } = ctx;
  if (lexicon.notChangeCompounds.matchAt(text, verb.start) || lexicon.notChangeCompounds.matchEndingAt(text, verb.end)) return false;
  for (let i = skipSpaces(text, verb.end); i < pos; i = skipSpaces(text, i)) {
    const filler = lexicon.deltaFillers.matchAt(text, i);
    if (!filler) return false;
    i = filler.end;
  }
  return true;
}

/** The change verb governing a figure at `pos`, with a rate phrase between them when there is one ('giảm tỷ lệ hộ nghèo 1,2%'). */
function changeVerbBefore(
  ctx: SentenceContext,
  pos: number,
): { verb: PhraseMatch<'increase' | 'decrease'>; weak: boolean; object?: Span } | undefined {
  const { text, lexicon } = ctx;
  // only fillers may stand between ('giảm nhiều nhất với 6 xã'), so a verb a few words back is safe to try
  const verb = phraseBefore(ctx, lexicon.changeVerbs, pos, MAX_FILLER_WORDS);
  if (verb && governs(ctx, verb, pos)) return { verb, weak: false };
  const linked = phraseBefore(ctx, lexicon.linkedDecreaseVerbs, pos, 2);
  if (linked && governs(ctx, linked, pos)) return { verb: { ...linked, value: 'decrease' }, weak: true };
  const rate = phraseBefore(ctx, lexicon.rateNouns, pos, 6);
  if (!rate) return undefined;
  const before = phraseBefore(ctx, lexicon.changeVerbs, rate.start, 0);
  if (!before) return undefined;
  return { verb: before, weak: false, object: spanOf(text, rate.start, skipSpacesBack(text, pos)) };
}

/** 'so với <phrase>' right after `pos`: the phrase up to the next comma or clause end. */
export function baselineAfter(ctx: SentenceContext, pos: number): { text: string; end: number } | undefined {
  const marker = phraseAfter(ctx, ctx.lexicon.baselineMarkers, pos, 0);
  if (!marker) return undefined;
  const limit = clauseEnd(ctx, marker.end);
  let end = marker.end;
  while (end < limit && ctx.text[end] !== ',') end++;
  const phrase = cleanPhrase(ctx.text, marker.end, end);
  return phrase ? { text: phrase, end: marker.end + ctx.text.slice(marker.end, end).trimEnd().length } : undefined;
}
