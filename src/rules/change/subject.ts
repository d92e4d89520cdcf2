/**
 * The subject of a change or a rate: the noun phrase before the verb ('tỷ lệ hộ nghèo giảm …').
 * @module
 */
import type { Span } from '../../types.js';
import { spanOf } from '../../extract/draft.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { clauseStart, cleanPhrase, countWords, leadingPhrase, mentionCovering, skipSpaces, skipSpacesBack, wordStart } from '../../extract/scan.js';
import { isUpperAt } from '../organization/names.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { INDICATOR_NOUNS, SUBJECT_AUXILIARIES, SUBJECT_FRAME_OPENERS, SUBJECT_TIME_TAILS } from '../../lexicon/changes.js';
import { wordsSource } from '../date/calendar.js';

/** 'GRDP', 'giá trị sản xuất': indicators that may be what changes. */
const INDICATORS = PhraseTable.of(INDICATOR_NOUNS);
/** 'đến nay': openers that frame a change. */
const FRAME_OPENERS = PhraseTable.of(SUBJECT_FRAME_OPENERS);
/** 'đã', 'vẫn': auxiliaries before the verb. */
const AUXILIARIES = PhraseTable.of(SUBJECT_AUXILIARIES);
/** A time scope closing a subject: '9 tháng', '6 tháng đầu năm', 'năm 2024', 'mỗi năm' (lexicon SUBJECT_TIME_TAILS). */
const TIME_TAIL = new RegExp(
  `\\s+(?:\\d{1,2}\\s+(?:${wordsSource(SUBJECT_TIME_TAILS.countedUnits)})(?:\\s+(?:${wordsSource(SUBJECT_TIME_TAILS.unitQualifiers)}))?` +
    `|(?:${wordsSource(SUBJECT_TIME_TAILS.yearWords)})\\s+(?:19|20)\\d\\d|(?:${wordsSource(SUBJECT_TIME_TAILS.periodic)}))$`,
  'u',
);

/** Largest subject, in words, without its frame. */
const MAX_SUBJECT_WORDS = 8;
/** Largest subject that opens with a rate noun ('tỷ lệ …'), in words, without its frame. */
const MAX_RATE_SUBJECT_WORDS = 14;

/**
 * The phrase leading up to `verbStart` (see {@link leadingPhrase}), when it is short enough to be
 * a subject and, once its frame is set aside (see {@link subjectCore}), holds a known counted
 * noun, rate noun or indicator ('GRDP', 'giá trị sản xuất'). A list of counted nouns the last
 * comma cut is taken whole ('Số thôn, bản chưa có đảng viên giảm …').
 */
export function subjectBefore(ctx: SentenceContext, verbStart: number): Span | undefined {
  const found = withAbbreviation(ctx, verbStart) ?? leadingPhrase(ctx, verbStart);
  if (!found) return undefined;
  const phrase = withListItems(ctx, found);
  const { text, lexicon } = ctx;
  const core = subjectCore(ctx, phrase.start, phrase.end);
  // a rate is named at length ('Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội')
  const limit = lexicon.rateNouns.matchAt(text, core.start) ? MAX_RATE_SUBJECT_WORDS : MAX_SUBJECT_WORDS;
  if (core.end <= core.start || countWords(text, core.start, core.end) > limit) return undefined;
  const known =
    lexicon.rateNouns.findAll(text, core.start, core.end).length +
    lexicon.countedNouns.findAll(text, core.start, core.end).length +
    INDICATORS.findAll(text, core.start, core.end).length;
  return known > 0 ? phrase : undefined;
}

/**
 * The phrase extended back over the counted nouns or names of a list that a comma cut off: 'bản
 * chưa có đảng viên' after 'Số thôn,' becomes 'Số thôn, bản chưa có đảng viên', 'Mường' after
 * 'người dân tộc Thái,' becomes 'người dân tộc Thái, Mường'.
 */
function withListItems(ctx: SentenceContext, phrase: Span): Span {
  const { text, lexicon } = ctx;
  const floor = clauseStart(ctx, phrase.start);
  let start = phrase.start;
  for (;;) {
    const comma = skipSpacesBack(text, start) - 1;
    if (comma <= floor || text[comma] !== ',') break;
    const previousWord = wordStart(text, skipSpacesBack(text, comma));
    // a list of names goes on across its commas ('người dân tộc Thái, Mường', 'người Vân Kiều, Pa Kô')
    if (isUpperAt(text, start) && previousWord < comma && isUpperAt(text, previousWord) && !mentionCovering(ctx, previousWord)) {
      const head = leadingPhrase(ctx, comma);
      if (!head || head.start < floor || head.start >= previousWord) break;
      start = head.start;
      continue;
    }
    const noun = lexicon.countedNouns.matchEndingAt(text, skipSpacesBack(text, comma));
    if (!noun || noun.start < floor) break;
    const numberOf = lexicon.numberOfWords.matchEndingAt(text, skipSpacesBack(text, noun.start));
    const itemStart = numberOf && numberOf.start >= floor ? numberOf.start : noun.start;
    const before = skipSpacesBack(text, itemStart);
    // the item opens the clause or follows another item ('Số xã, thị trấn', 'sở, ngành')
    if (before > floor && text[before - 1] !== ',') break;
    start = itemStart;
  }
  return start === phrase.start ? phrase : spanOf(text, start, phrase.end);
}

/**
 * What a subject names, without its frame: openers and scopes before it ('Đến nay', 'toàn tỉnh',
 * 'cả năm'), the growth word of a rate ('tăng trưởng GRDP'), the number-of word before a counted
 * noun ('Số hộ cận nghèo'), and after it scopes, times, auxiliaries and hedges ('GRDP cả năm', '9 tháng',
 * 'năm 2024', 'mỗi năm', 'đã', 'bình quân').
 */
export function subjectCore(ctx: SentenceContext, start: number, end: number): { start: number; end: number } {
  const { text, lexicon } = ctx;
  let from = skipSpaces(text, start);
  for (let changed = true; changed && from < end; ) {
    changed = false;
    const lead = FRAME_OPENERS.matchAt(text, from) ?? lexicon.scopeAdverbials.matchAt(text, from);
    if (lead && lead.end < end) {
      from = skipSpaces(text, lead.end);
      if (text[from] === ',') from = skipSpaces(text, from + 1);
      changed = true;
    }
  }
  const growth = lexicon.growthNouns.matchAt(text, from);
  if (growth && growth.end < end) from = skipSpaces(text, growth.end);
  const numberOf = lexicon.numberOfWords.matchAt(text, from);
  if (numberOf && numberOf.end < end && lexicon.countedNouns.matchAt(text, skipSpaces(text, numberOf.end))) from = skipSpaces(text, numberOf.end);
  let to = skipSpacesBack(text, end);
  for (let changed = true; changed && to > from; ) {
    changed = false;
    const tail = AUXILIARIES.matchEndingAt(text, to) ?? lexicon.scopeAdverbials.matchEndingAt(text, to) ?? lexicon.hedgeWords.matchEndingAt(text, to);
    // a frame word alone is no subject ('tăng trưởng ở mức 3,3%'): it may take the whole rest
    if (tail && tail.start >= from) {
      to = skipSpacesBack(text, tail.start);
      changed = true;
    }
    const time = TIME_TAIL.exec(text.slice(from, to));
    if (time && time.index > 0) {
      to = from + time.index;
      changed = true;
    }
  }
  return { start: from, end: Math.max(from, to) };
}

/**
 * The text of what a change or a percentage is about, from the phrase `[start, end)` that names
 * it, without its frame (see {@link subjectCore}): 'tăng trưởng GRDP cả năm' → 'GRDP', 'Số hộ cận nghèo' → 'hộ
 * cận nghèo'. Empty when nothing is left.
 */
export function subjectText(ctx: SentenceContext, start: number, end: number): string {
  const core = subjectCore(ctx, start, end);
  return core.end > core.start ? cleanPhrase(ctx.text, core.start, core.end) : '';
}

/** True when the phrase `[start, end)` names a rate ('tỷ lệ hộ nghèo'). */
export function namesRate(ctx: SentenceContext, start: number, end: number): boolean {
  return ctx.lexicon.rateNouns.findAll(ctx.text, start, end).length > 0;
}

/** Longest abbreviation in brackets taken into a subject: '(GRDP)', '(IIP)'. */
const MAX_BRACKETED = 16;

/**
 * The subject when it ends on an abbreviation in brackets right before the verb ('tổng sản phẩm
 * trên địa bàn (GRDP) tăng …'): the phrase before the bracket, with the bracket.
 */
function withAbbreviation(ctx: SentenceContext, verbStart: number): Span | undefined {
  const { text } = ctx;
  const end = skipSpacesBack(text, verbStart);
  if (text[end - 1] !== ')') return undefined;
  const open = text.lastIndexOf('(', end - 1);
  if (open <= ctx.start || end - open > MAX_BRACKETED + 2 || /[\d()]/.test(text.slice(open + 1, end - 1))) return undefined;
  const head = leadingPhrase(ctx, open);
  return head ? spanOf(text, head.start, end) : undefined;
}
