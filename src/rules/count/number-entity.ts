/**
 * count/number-entity — a figure followed by what it counts, with the verb that governs it.
 * Reads: 'kết nạp 8.990 đảng viên mới', 'giải thể 191 chi bộ', 'có 7 huyện, 2 thị xã', 'hai chi bộ'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { Draft } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { isQuantityMention, quantityOf } from '../../extract/sentence-context.js';
import { clauseEnd, cleanPhrase, entityAfter, phraseBefore, skipSpaces, trailingQualifier } from '../../extract/scan.js';
import { isIdentifierNumber } from './identifier.js';
import { subjectPhrase } from '../money/subject.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import type { NumberMention, Span } from '../../types.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { isWordCharacter } from '../../text/boundaries.js';
import { PER_ONE_MARKERS } from '../../lexicon/counted-nouns.js';
import { numberOfSubject } from './number-of-subject.js';

/** Mention kinds a plain count is made of. */
const COUNT_KINDS = new Set(['cardinal', 'decimal', 'range']);

/** True when `entity` is a classifier alone ('lượt'), naming no noun. */
function bareClassifier(ctx: SentenceContext, entity: Span): boolean {
  return ctx.lexicon.classifiers.matchAt(ctx.text, entity.start)?.end === entity.end;
}

/** True when a counted noun that is not a place level opens the phrase at `start` ('khách quốc tế'). */
function opensWithNoun(ctx: SentenceContext, start: number): boolean {
  return ctx.lexicon.countedNouns.matchAt(ctx.text, start) !== undefined && ctx.lexicon.placeLevels.matchAt(ctx.text, start) === undefined;
}

/** Longest subject a bare noun may restate, in words ('số người tham gia bảo hiểm xã hội tự nguyện'). */
const RESTATED_MAX_WORDS = 12;

/**
 * The subject a figure's bare noun restates: 'số người tham gia bảo hiểm xã hội tự nguyện đạt
 * 31.756 người' → 'người tham gia bảo hiểm xã hội tự nguyện' (the subject from its noun on).
 */
function restatedSubject(ctx: SentenceContext, entity: Span, at: number): Span | undefined {
  const subject = subjectPhrase(ctx, at, RESTATED_MAX_WORDS);
  const marker = subject ? ctx.lexicon.numberOfWords.matchAt(ctx.text, subject.start) : undefined;
  // a subject holding a comma ('số người … ở ấp, khu phố dôi dư là 93 người') is found from its marker
  if (!subject || !marker) return sameHead(ctx, entity, numberOfSubject(ctx, at, RESTATED_MAX_WORDS));
  const head = skipSpaces(ctx.text, marker.end);
  const noun = ctx.text.slice(entity.start, entity.end).toLowerCase();
  const stop = head + noun.length;
  if (stop >= subject.end || ctx.text.slice(head, stop).toLowerCase() !== noun || isWordCharacter(ctx.text, stop)) return undefined;
  return spanOf(ctx.text, head, subject.end);
}

/** `subject` when it opens with the noun of `entity` ('người' → 'người hoạt động …'). */
function sameHead(ctx: SentenceContext, entity: Span, subject: Span | undefined): Span | undefined {
  if (!subject) return undefined;
  const noun = ctx.text.slice(entity.start, entity.end).toLowerCase();
  const stop = subject.start + noun.length;
  return stop < subject.end && ctx.text.slice(subject.start, stop).toLowerCase() === noun && !isWordCharacter(ctx.text, stop) ? subject : undefined;
}

/** 'trên', 'mỗi' before a single unit. */
const PER_ONE = PhraseTable.of(PER_ONE_MARKERS);

/**
 * True when `m` is one unit that a later figure of its clause is reckoned per ('giá trị thu được
 * trên 1 ha đất trồng trọt đạt 130 triệu đồng'): a denominator, not a count.
 */
function perOneUnit(ctx: SentenceContext, m: NumberMention): boolean {
  if (m.value !== 1 || !m.unit || PER_ONE.matchAt(m.span.text, 0) === undefined) return false;
  const comma = ctx.text.indexOf(',', m.span.end);
  const stop = Math.min(comma < 0 ? ctx.end : comma, clauseEnd(ctx, m.span.end));
  return ctx.mentions.some((n) => n.span.start >= m.span.end && n.span.start < stop);
}

/** '<action> <n> <entity>'. */
export const countNumberEntity: Rule = {
  id: 'count/number-entity',
  kind: 'count',
  examples: ['kết nạp 8.990 đảng viên mới', 'thành lập mới 64 tổ chức cơ sở đảng', 'có 7 huyện, 2 thị xã; 118 xã'],
  // it reads only from the figures of the window
  trigger: { figures: 1 },
  apply(ctx) {
    const drafts: Draft[] = [];
    for (const m of ctx.mentions) {
      if (!isQuantityMention(m) || !COUNT_KINDS.has(m.kind) || isIdentifierNumber(ctx, m) || perOneUnit(ctx, m)) continue;
      const action = phraseBefore(ctx, ctx.lexicon.actionVerbs, m.span.start, 5);
      // an unknown noun is taken only right after its verb ('hỗ trợ 5 con bò'), never after a name
      const adjacent = action !== undefined && skipSpaces(ctx.text, action.end) === m.span.start;
      const entity = entityAfter(ctx, m.span.end, { fallbackWords: adjacent && !m.unit ? 3 : 0 });
      if (!entity) continue;
      // 'một' before a noun is usually the article ('một công trình'), unless a verb counts it
      if (ctx.lexicon.articleWords.matchAt(m.span.text, 0)?.end === m.span.text.length && (!action || ctx.lexicon.existentialVerbs.matchAt(action.phrase, 0)?.end === action.phrase.length)) continue;
      // 'khách quốc tế khoảng 215.000 lượt': a bare classifier counts what the subject names
      const named = bareClassifier(ctx, entity) ? subjectPhrase(ctx, m.span.start) : undefined;
      const counted = named && opensWithNoun(ctx, named.start) ? named : undefined;
      const restated = counted ? undefined : restatedSubject(ctx, entity, m.span.start);
      const start = counted ? counted.start : restated ? restated.start : action ? action.start : m.span.start;
      const trailing = m.approx ? undefined : trailingQualifier(ctx, entity.end);
      const end = trailing ? trailing.end : entity.end;
      const quantity = quantityOf(m);
      if (trailing) quantity.approx = trailing.approx;
      const draft: Draft = {
        kind: 'count',
        rule: this.id,
        span: spanOf(ctx.text, start, end),
        quantity,
        entity: counted
          ? `${cleanPhrase(ctx.text, entity.start, entity.end)} ${cleanPhrase(ctx.text, counted.start, counted.end)}`
          : restated
            ? cleanPhrase(ctx.text, restated.start, restated.end)
            : cleanPhrase(ctx.text, entity.start, entity.end),
        uses: [m.span.start],
      };
      if (action) draft.action = action.phrase;
      drafts.push(draft);
    }
    return drafts;
  },
};
