/**
 * Reading around a figure: clause limits, the entity after it, the verb before it. Shared by the
 * rules; all offsets are in the block's clean-text coordinates.
 * @module
 */
import type { Approx, NumberMention, Span } from '../types.js';
import type { PhraseMatch } from '../tagging/phrase-table.js';
import type { TaggedTerm } from '../tagging/compromise.js';
import { PhraseTable } from '../tagging/phrase-table.js';
import type { SentenceContext } from './sentence-context.js';
import { isWordCharacter } from '../text/boundaries.js';
import { isSpace } from '../text/text-view.js';
import { spanOf } from './draft.js';
import { memoPerSentence, perSentence } from './sentence-memo.js';
import { lowerBound } from '../text/sorted.js';
import { lastAnswer } from '../text/last-answer.js';
import { wordIndexOf } from '../tagging/word-index.js';
import { COMPLEMENTED_MODIFIERS, CORRELATIVE_OPENERS, THRESHOLD_BASES } from '../lexicon/counted-nouns.js';

/** 'tiêu chuẩn', 'định mức' … : what a threshold inside an entity is measured against. */
const THRESHOLD_BASE_TABLE = PhraseTable.of(THRESHOLD_BASES);
/** 'chưa' … : modifiers that take the word after them whatever it is. */
const COMPLEMENTED_TABLE = PhraseTable.of(COMPLEMENTED_MODIFIERS);
/** 'cả' … : the first word of a correlative pair ('cả … và …'). */
const CORRELATIVE_TABLE = PhraseTable.of(CORRELATIVE_OPENERS);

/** Characters that end a clause: nothing a rule reads crosses them. */
const HARD_BOUNDARY = new Set([';', '(', ')', ':', '[', ']', '\n', '\r', '!', '?']);
/** 1 for the code units of HARD_BOUNDARY, 2 for the dots that end a clause outside numbers. */
const BOUNDARY_CODES = new Uint8Array(0x2027);
for (const c of HARD_BOUNDARY) BOUNDARY_CODES[c.charCodeAt(0)] = 1;
BOUNDARY_CODES['.'.charCodeAt(0)] = 2;
BOUNDARY_CODES['…'.charCodeAt(0)] = 2;

/** True when `text[i]` ends a clause ('.' only when it is not inside a number). */
export function isHardBoundary(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const code = text.charCodeAt(i);
  const kind = code < BOUNDARY_CODES.length ? BOUNDARY_CODES[code] : 0;
  if (kind === 1) return true;
  if (kind === 2) return !(isDigit(text, i - 1) && isDigit(text, i + 1));
  return false;
}

/** True when `text[i]` is an ASCII digit. */
function isDigit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/** First index at or after `i` that is not a space. */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && text[i] === ' ') i++;
  return i;
}

/** Last index before `i` that is not a space, plus one. */
export function skipSpacesBack(text: string, i: number): number {
  while (i > 0 && text[i - 1] === ' ') i--;
  return i;
}

/** Start of the clause holding `pos`: just after the nearest hard boundary, not before the sentence. */
export function clauseStart(ctx: SentenceContext, pos: number): number {
  if (pos < ctx.start || pos > ctx.end) {
    let i = pos;
    while (i > ctx.start && !isHardBoundary(ctx.text, i - 1)) i--;
    return skipSpaces(ctx.text, i);
  }
  return clauseStartInside(ctx, pos);
}

/** {@link clauseStart} of a place inside the sentence, remembered for the last place (the rules ask about each figure in turn). */
const clauseStartInside = lastAnswer((ctx: SentenceContext, pos: number): number => {
  const bounds = sentenceBoundaries(ctx);
  const k = lowerBound(bounds, pos);
  return skipSpaces(ctx.text, k > 0 ? (bounds[k - 1] as number) + 1 : ctx.start);
});

/** End of the clause holding `pos`: the nearest hard boundary, not after the sentence. */
export function clauseEnd(ctx: SentenceContext, pos: number): number {
  if (pos < ctx.start || pos > ctx.end) {
    let i = pos;
    while (i < ctx.end && !isHardBoundary(ctx.text, i)) i++;
    return skipSpacesBack(ctx.text, i);
  }
  return clauseEndInside(ctx, pos);
}

/** {@link clauseEnd} of a place inside the sentence, remembered for the last place. */
const clauseEndInside = lastAnswer((ctx: SentenceContext, pos: number): number => {
  const bounds = sentenceBoundaries(ctx);
  const k = lowerBound(bounds, pos);
  return skipSpacesBack(ctx.text, k < bounds.length ? (bounds[k] as number) : ctx.end);
});

/**
 * The hard boundaries of the sentence (offsets, ascending), read once per sentence: clauses are
 * asked for around every figure, and walking back to the boundary each time costs the length of
 * the clause again (a long clause without punctuation made that quadratic within a sentence).
 */
const sentenceBoundaries = perSentence((ctx: SentenceContext): number[] => {
  const bounds: number[] = [];
  for (let i = ctx.start; i < ctx.end; i++) if (isHardBoundary(ctx.text, i)) bounds.push(i);
  return bounds;
});

/** End of the word starting at `i` (letters, marks, digits). */
export function wordEnd(text: string, i: number): number {
  while (i < text.length && isWordCharacter(text, i)) i++;
  return i;
}

/** Start of the word ending at `i` (read back no further than `floor`). */
export function wordStart(text: string, i: number, floor = 0): number {
  while (i > floor && isWordCharacter(text, i - 1)) i--;
  return i;
}

/**
 * The mention whose span covers `pos`, if any. The mentions are in order and never overlap
 * (as findNumbers gives them), so the one starting last at or before `pos` is the only candidate.
 */
export function mentionCovering(ctx: SentenceContext, pos: number): NumberMention | undefined {
  const m = ctx.mentions[lastMentionFrom(ctx.mentions, pos)];
  return m && pos < m.span.end ? m : undefined;
}

/** Index of the last of `mentions` (in order) that starts at or before `pos`; -1 when none does. */
function lastMentionFrom(mentions: readonly NumberMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((mentions[mid] as NumberMention).span.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Options for {@link entityAfter}. */
export interface EntityOptions {
  /** Take unknown words as the entity when no counted noun follows (at most this many words). */
  fallbackWords?: number;
  /** Largest number of words in the entity. */
  maxWords?: number;
}

/**
 * The counted phrase that starts at `pos` (after a figure): classifier, counted noun(s) joined by
 * commas or 'và', and modifiers ('chưa có chi bộ', 'trực thuộc …') up to a clause or stop word.
 */
export function entityAfter(ctx: SentenceContext, pos: number, options: EntityOptions = {}): Span | undefined {
  const found = entityAfterOnce(ctx, pos, options.fallbackWords ?? 0, options.maxWords ?? 24);
  return found && { ...found };
}

/** {@link entityAfter}, read once per sentence, position and options. */
const entityAfterOnce = memoPerSentence(entityKey, readEntityAfter);

/** Names the arguments of {@link readEntityAfter}: one number when both word counts are small (they are), else a string. */
function entityKey(pos: number, fallbackWords: number, maxWords: number): string | number {
  const small = Number.isInteger(pos) && fallbackWords >= 0 && fallbackWords < 64 && maxWords >= 0 && maxWords < 64 && Number.isInteger(fallbackWords) && Number.isInteger(maxWords);
  return small ? pos * 4096 + fallbackWords * 64 + maxWords : `${pos},${fallbackWords},${maxWords}`;
}

/** Reads the entity of {@link entityAfter} (no words taken by fallback when `fallbackWords` is 0). */
function readEntityAfter(ctx: SentenceContext, pos: number, fallbackWords: number, maxWords: number): Span | undefined {
  const { text, lexicon } = ctx;
  const limit = clauseEnd(ctx, pos);
  let i = skipSpaces(text, pos);
  if (i >= limit || mentionCovering(ctx, i)) return undefined;
  const start = i;
  const whole = lexicon.countedNouns.matchAt(text, i);
  const classifier = lexicon.classifiers.matchAt(text, i);
  if (classifier && classifier.end <= limit && !(whole && whole.end > classifier.end)) i = skipSpaces(text, classifier.end);
  // the noun at the start was looked up already
  const noun = i === start ? whole : i < limit ? lexicon.countedNouns.matchAt(text, i) : undefined;
  let end: number;
  if (noun && noun.end <= limit) {
    end = noun.end;
  } else if (classifier) {
    end = classifier.end;
  } else if (fallbackWords) {
    end = plainWordsEnd(ctx, i, limit, fallbackWords);
    return end > start ? spanOf(text, start, end) : undefined;
  } else {
    return undefined;
  }
  end = coordinatedNouns(ctx, start, end, limit);
  end = modifierRun(ctx, start, end, limit, maxWords - countWords(text, start, end));
  return spanOf(text, start, end);
}

/** Extends past ', <counted noun>' and ' và <counted noun>' coordinations of the entity starting at `from`. */
function coordinatedNouns(ctx: SentenceContext, from: number, end: number, limit: number): number {
  const { text, lexicon } = ctx;
  for (;;) {
    let j = end;
    const comma = text[j] === ',';
    if (comma) j++;
    j = skipSpaces(text, j);
    const and = lexicon.nounJoiners.matchAt(text, j);
    if (!comma && !and) return end;
    const joiner = and ? skipSpaces(text, and.end) : j;
    if (joiner >= limit) return end;
    const classifier = lexicon.classifiers.matchAt(text, joiner);
    // 'gồm 53 đồng chí và đoàn đại biểu': a classifier with no figure after 'và' heads a new noun
    if (and && classifier && lexicon.countedNouns.matchAt(text, joiner)?.end !== classifier.end) return end;
    const k = classifier ? skipSpaces(text, classifier.end) : joiner;
    const noun = lexicon.countedNouns.matchAt(text, k);
    if (!noun || noun.end > limit) return end;
    // 'chi bộ đông nhất có 96 đảng viên, chi bộ ít nhất có 5 …': a noun the clause opened with starts a parallel clause
    if (comma && itemHasFigure(ctx, noun.end, limit) && opensSubject(ctx, k, noun.end, from)) return end;
    const verb = lexicon.actionVerbs.matchAt(text, k); // 'chi bộ, giải thể …' starts a new clause
    if (verb && verb.end > noun.end) return end;
    const first = text[k] as string;
    if (comma && first !== first.toLowerCase()) return end; // ', Chi bộ Công ty …' names the next subject
    if (lexicon.placeLevels.matchAt(text, k) && isCapitalized(text, skipSpaces(text, noun.end))) return end; // 'và huyện Kỳ Sơn' is a place
    end = noun.end;
  }
}

/** True when a figure stands between `pos` and the next comma of the clause (a list item with its own figure). */
function itemHasFigure(ctx: SentenceContext, pos: number, limit: number): boolean {
  const comma = ctx.text.indexOf(',', pos);
  const stop = comma < 0 || comma > limit ? limit : comma;
  return ctx.mentions.some((m) => m.span.start >= pos && m.span.start < stop);
}

/**
 * True when the words of `text[start, end)` open the subject of the figure just before the entity
 * at `entityStart` (case aside): 'Chi bộ đông nhất có 96 đảng viên, chi bộ …'.
 */
function opensSubject(ctx: SentenceContext, start: number, end: number, entityStart: number): boolean {
  const { text } = ctx;
  const figure = mentionCovering(ctx, skipSpacesBack(text, entityStart) - 1);
  const subject = figure ? leadingPhrase(ctx, figure.span.start) : undefined;
  if (!subject) return false;
  const words = text.slice(start, end).toLowerCase();
  const stop = subject.start + words.length;
  return text.slice(subject.start, stop).toLowerCase() === words && !isWordCharacter(text, stop);
}

/** True when the word at `k` already stands as a word of `text[from, to)` (case aside): 'nghỉ hưu …, nghỉ thôi việc'. */
function repeatsWord(text: string, from: number, to: number, k: number): boolean {
  const word = text.slice(k, wordEnd(text, k)).toLowerCase();
  if (!word) return false;
  for (let i = from; i < to; i = wordEnd(text, i) + 1) {
    i = skipSpaces(text, i);
    while (i < to && !isWordCharacter(text, i)) i++;
    if (i >= to) break;
    if (text.slice(i, wordEnd(text, i)).toLowerCase() === word) return true;
  }
  return false;
}

/**
 * The end of a threshold that restricts a measure inside the entity ('có tỷ lệ giải ngân dưới
 * 40%', 'có số hộ dưới 50% tiêu chuẩn'): a qualified percentage at `j`, after a rate, measure or
 * number-of word of the run `[from, j)`, with what it is measured against.
 */
function thresholdEnd(ctx: SentenceContext, from: number, j: number, limit: number): number | undefined {
  const { text, lexicon } = ctx;
  const figure = mentionCovering(ctx, j);
  if (!figure || figure.kind !== 'percent' || !figure.approx || figure.span.start !== j || figure.span.end > limit) return undefined;
  const measured =
    lexicon.rateNouns.findAll(text, from, j).length + lexicon.measureSubjects.findAll(text, from, j).length + lexicon.numberOfWords.findAll(text, from, j).length;
  if (measured === 0) return undefined;
  const base = THRESHOLD_BASE_TABLE.matchAt(text, skipSpaces(text, figure.span.end));
  return base && base.end <= limit ? base.end : figure.span.end;
}

/** Extends past modifiers ('mới', 'chưa có chi bộ', '"trắng" đảng viên') of the entity starting at `from`, up to a stop. */
function modifierRun(ctx: SentenceContext, from: number, end: number, limit: number, budget: number): number {
  const { text, lexicon } = ctx;
  const start = end;
  let j = skipSpaces(text, end);
  const opensQuote = text[j] === '"' || text[j] === "'";
  const modifier = lexicon.entityModifiers.matchAt(text, j);
  // a noun glued to the head ('chi bộ bản', 'đảng bộ xã') or a name ('nhà Đại đoàn kết') also qualifies it
  const compound = !modifier && !opensQuote && j < limit && !isStopWord(ctx, j) && !mentionCovering(ctx, j) &&
    (lexicon.countedNouns.matchAt(text, j) !== undefined || isCapitalized(text, j));
  if (!modifier && !opensQuote && !compound) return end;
  const namesOnly = compound && isCapitalized(text, j);
  let words = 0;
  let inQuote = false;
  // a capitalized name from the lexicon is taken whole ('Huyện ủy viên', 'Bộ Chính trị') before more names
  const known = namesOnly ? longer(lexicon.organizations.matchAt(text, j), lexicon.countedNouns.matchAt(text, j)) : undefined;
  const opening = modifier ?? known;
  if (opening && opening.end <= limit && !mentionCovering(ctx, j)) {
    // the modifier is taken whole ('đã được', 'chưa đạt'), even when its second word could stop a run
    words = countWords(text, j, opening.end);
    end = opening.end;
    j = opening.end;
    // 'chưa nộp phạt', 'chưa đến lớp': a negation takes its verb, even one that could stop a run
    const verb = skipSpaces(text, j);
    if (modifier && COMPLEMENTED_TABLE.matchAt(text, modifier.start)?.end === modifier.end && verb < limit && isWordCharacter(text, verb) && !mentionCovering(ctx, verb)) {
      words++;
      end = wordEnd(text, verb);
      j = end;
    }
  }
  while (j < limit && words < budget) {
    const c = text[j] as string;
    if (c === '"' || c === "'") {
      inQuote = !inQuote;
      j++;
      if (!inQuote) end = j;
      continue;
    }
    if (c === ' ') {
      j++;
      continue;
    }
    if (c === ',' && compound && !namesOnly) {
      // 'đảng bộ huyện, thành phố': a list of levels inside the compound
      const k = skipSpaces(text, j + 1);
      if (lexicon.placeLevels.matchAt(text, k) && !isCapitalized(text, k)) {
        j = k;
        continue;
      }
      break;
    }
    if (c === ',' && words > 0 && isCapitalized(text, wordStart(text, end - 1))) {
      // 'là người Jrai, Bahnar': a list of names goes on after a name
      const k = skipSpaces(text, j + 1);
      if (k < limit && isWholeName(ctx, k, limit) && !lexicon.placeLevels.matchAt(text, k) && !lexicon.organizations.matchAt(text, k) && !lexicon.titleHeads.matchAt(text, k)) {
        j = k;
        continue;
      }
      break;
    }
    if (c === ',' && words > 0 && !compound) {
      // 'nghỉ hưu trước tuổi, nghỉ thôi việc', 'thuộc hộ nghèo, hộ cận nghèo': a list item that repeats a word of the entity
      const k = skipSpaces(text, j + 1);
      const opensItem = isWordCharacter(text, k) && !isStopWord(ctx, k) && !lexicon.danglingWords.matchAt(text, k) && !lexicon.articleWords.matchAt(text, k);
      if (k < limit && opensItem && repeatsWord(text, from, end, k) && !itemHasFigure(ctx, k, limit)) {
        j = k;
        continue;
      }
      break;
    }
    if (!isWordCharacter(text, j)) break;
    if (namesOnly && !isCapitalized(text, j)) break;
    // a known restrictive phrase goes on even where its first word could stop the run ('ở nước ngoài')
    const known = words > 0 && !inQuote ? lexicon.entityContinuations.matchAt(text, j) : undefined;
    if (known && known.end <= limit && !mentionCovering(ctx, j)) {
      words += countWords(text, j, known.end);
      end = known.end;
      j = known.end;
      continue;
    }
    const threshold = words > 0 && modifier ? thresholdEnd(ctx, start, j, limit) : undefined;
    if (threshold !== undefined) {
      end = threshold;
      break;
    }
    // 'có cả diện tích tự nhiên và quy mô dân số': the 'và' of a correlative pair stays inside
    const correlative = words > 0 && modifier !== undefined && lexicon.nounJoiners.matchAt(text, j) !== undefined && CORRELATIVE_TABLE.findAll(text, start, j).length > 0;
    if (correlative) {
      j = wordEnd(text, j);
      words++;
      continue;
    }
    // 'có trình độ trung cấp trở lên': a qualifier closing a modifier of two words or more stays inside
    const qualifier = words > 1 && !inQuote ? lexicon.trailingQualifiers.matchAt(text, j) : undefined;
    if (qualifier && qualifier.end <= limit) {
      end = qualifier.end;
      break;
    }
    if (!inQuote && words > 0 && (isStopWord(ctx, j) || mentionCovering(ctx, j))) break;
    if (mentionCovering(ctx, j) || leadsToFigure(ctx, j)) break;
    j = wordEnd(text, j);
    end = j;
    words++;
  }
  // a run that ends on a linking word before a figure ('đảng viên thuộc 45 chi bộ') gives the word back
  const figureNext = mentionCovering(ctx, skipSpaces(text, end)) !== undefined;
  // a verb right before the next figure governs it ('hộ gia đình nhận khoán bảo vệ 215.000 ha rừng')
  const verb = figureNext ? lexicon.actionVerbs.matchEndingAt(text, end) : undefined;
  if (verb && verb.start > start) end = skipSpacesBack(text, verb.start);
  const dangling = lexicon.danglingWords.matchEndingAt(text, end);
  if (dangling && dangling.start > start && (figureNext || !isWordCharacter(text, skipSpaces(text, end)))) {
    const before = skipSpacesBack(text, dangling.start);
    // a lone modifier ('có', 'thuộc') stays before punctuation, never before a figure
    if (before > start || figureNext || !lexicon.entityModifiers.matchAt(text, dangling.start)) end = before;
  }
  return end;
}

/**
 * True when a name at `k` is capitalized in every syllable and ends where a list item ends (a
 * comma, 'và', a stop word, punctuation): 'Bahnar', 'Phú Thọ' — not 'Cao đẳng', 'Phòng Cảnh sát'.
 */
function isWholeName(ctx: SentenceContext, k: number, limit: number): boolean {
  const { text } = ctx;
  let j = k;
  let syllables = 0;
  while (j < limit && isCapitalized(text, j)) {
    j = wordEnd(text, j);
    syllables++;
    const next = skipSpaces(text, j);
    if (next === j || !isWordCharacter(text, next)) break;
    if (!isCapitalized(text, next)) {
      return isStopWord(ctx, next) || ctx.lexicon.nounJoiners.matchAt(text, next) !== undefined;
    }
    j = next;
  }
  return syllables > 0 && (j >= limit || !isWordCharacter(text, skipSpaces(text, j)));
}

/** The longer of two matches at the same place. */
function longer<T, U>(a: PhraseMatch<T> | undefined, b: PhraseMatch<U> | undefined): { start: number; end: number } | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.end >= b.end ? a : b;
}

/** True when a result word at `j` leads straight to a figure ('… thành 42 chi bộ'). */
function leadsToFigure(ctx: SentenceContext, j: number): boolean {
  const hit = ctx.lexicon.figureLinks.matchAt(ctx.text, j);
  return hit !== undefined && mentionCovering(ctx, skipSpaces(ctx.text, hit.end)) !== undefined;
}

/** True when the word at `j` starts with a capital letter. */
function isCapitalized(text: string, j: number): boolean {
  const c = text[j] as string;
  return isWordCharacter(text, j) && c !== c.toLowerCase();
}

/** True when a stop word starts at `j` and is not the start of a longer counted noun ('thành' vs 'thành phố'). */
function isStopWord(ctx: SentenceContext, j: number): boolean {
  const stop = ctx.lexicon.entityStopWords.matchAt(ctx.text, j);
  if (!stop) return false;
  const noun = ctx.lexicon.countedNouns.matchAt(ctx.text, j);
  return !(noun && noun.end > stop.end);
}

/** Tags that end an unknown noun phrase: another verb, a stop word, a figure. */
const PHRASE_ENDING_TAGS = ['StopWord', 'Action', 'ChangeVerb', 'Value', 'Title', 'DocumentType'];

/** Widest window (characters) handed to compromise for an unknown noun phrase. */
const FALLBACK_WINDOW = 64;

/**
 * End of the unknown noun phrase at `i` (at most `max` words): the window is tagged by
 * compromise with the lexicon, and the phrase ends before the first term tagged as a verb, stop
 * word or figure, or before a capitalized or non-word term. compromise runs only when the terms
 * that plain words settle do not reach that end.
 */
function plainWordsEnd(ctx: SentenceContext, i: number, limit: number, max: number): number {
  const { text, lexicon } = ctx;
  // cheap checks before compromise is asked: a lower-case word that may open a noun phrase
  const first = text[i] as string;
  if (!isWordCharacter(text, i) || first !== first.toLowerCase() || isStopWord(ctx, i) || lexicon.notNounOpeners.matchAt(text, i)) return i;
  const stop = Math.min(limit, i + FALLBACK_WINDOW);
  const window = text.slice(i, stop);
  const settled = lexicon.tagger.tagPlainLeading(window, max);
  const run = nounTermsEnd(ctx, i, stop, max, settled.terms);
  if (run.stopped || settled.complete) return run.end;
  return nounTermsEnd(ctx, i, stop, max, lexicon.tagger.tagLeading(window, max)).end;
}

/**
 * Where the unknown noun phrase at `i` ends over the tagged `terms` of its window, and whether a
 * term stopped it (else the terms ran out first).
 */
function nounTermsEnd(ctx: SentenceContext, i: number, stop: number, max: number, terms: readonly TaggedTerm[]): { end: number; stopped: boolean } {
  const { text, lexicon } = ctx;
  let end = i;
  let n = 0;
  for (const term of terms) {
    const at = i + term.start;
    if (n >= max || term.end + i > stop || PHRASE_ENDING_TAGS.some((t) => term.tags.has(t)) || mentionCovering(ctx, at)) return { end, stopped: true };
    if (!isWordCharacter(text, at) || isStopWord(ctx, at) || (n === 0 && lexicon.notNounOpeners.matchAt(text, at))) return { end, stopped: true };
    const c = text[at] as string;
    if (c !== c.toLowerCase()) return { end, stopped: true };
    end = i + term.end;
    n++;
    if (/[,;.:]/.test(text.slice(end, end + 1))) return { end, stopped: true };
  }
  return { end, stopped: false };
}

/** Number of words in `text[from, to)`. */
export function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let previous = isWordCharacter(text, from - 1);
  for (let i = from; i < to; i++) {
    const current = isWordCharacter(text, i);
    if (current && !previous) n++;
    previous = current;
  }
  return n;
}

/**
 * The nearest lexicon phrase ending within `maxWords` words before `pos`, inside the clause (or
 * above `floor`) and not across another figure unless `crossFigures`. Word ends are tried from the
 * nearest outwards.
 */
export function phraseBefore<T>(
  ctx: SentenceContext,
  table: PhraseTable<T>,
  pos: number,
  maxWords = 6,
  floor = clauseStart(ctx, pos),
  crossFigures = false,
): PhraseMatch<T> | undefined {
  const { text, mentions } = ctx;
  const index = wordIndexOf(text);
  let i = pos;
  // the mention that may cover the next character read: the walk only goes back, and so does it
  let k = lastMentionFrom(mentions, pos);
  // through the word index, the last word ending at or before the place read (the walk goes back)
  let w = index ? lowerBound(index.ends, pos + 1) - 1 : -1;
  for (let n = 0; n <= maxWords && i > floor; n++) {
    i = skipSpacesBack(text, i);
    while (i > floor && !isWordCharacter(text, i - 1) && text[i - 1] !== ' ') i--;
    i = skipSpacesBack(text, i);
    if (i <= floor) break;
    while (k >= 0 && (mentions[k] as NumberMention).span.start > i - 1) k--;
    const last = mentions[k];
    const figure = last && i - 1 < last.span.end ? last : undefined;
    if (figure && !crossFigures) return undefined;
    if (figure) {
      i = figure.span.start;
      continue;
    }
    if (index) {
      while (w >= 0 && (index.ends[w] as number) > i) w--;
      // not a word's end: no entry ends here, and no word starts before it
      if (w < 0 || index.ends[w] !== i) continue;
      const hit = table.matchEndingAtWord(index, w);
      if (hit && hit.start >= floor) return hit;
      i = index.starts[w] as number;
      continue;
    }
    const hit = table.matchEndingAt(text, i);
    if (hit && hit.start >= floor) return hit;
    i = wordStart(text, i);
  }
  return undefined;
}

/** The lexicon phrase starting within `maxWords` words after `pos`, inside the clause. */
export function phraseAfter<T>(
  ctx: SentenceContext,
  table: PhraseTable<T>,
  pos: number,
  maxWords = 3,
  limit = clauseEnd(ctx, pos),
): PhraseMatch<T> | undefined {
  const { text } = ctx;
  let i = pos;
  for (let n = 0; n <= maxWords && i < limit; n++) {
    i = skipSpaces(text, i);
    while (i < limit && !isWordCharacter(text, i) && text[i] !== ' ') i++;
    i = skipSpaces(text, i);
    if (i >= limit || mentionCovering(ctx, i)) return undefined;
    const hit = table.matchAt(text, i);
    if (hit && hit.end <= limit) return hit;
    i = wordEnd(text, i);
  }
  return undefined;
}

/**
 * Clean text of a range: trimmed, inner runs of space folded, outer punctuation removed (leading
 * spaces and , ; : . - " ' and trailing spaces and , ; : . -). Read in one pass: a phrase is
 * cleaned for nearly every fact.
 */
export function cleanPhrase(text: string, start: number, end: number): string {
  const phrase = text.slice(start, end);
  let from = 0;
  let to = phrase.length;
  while (from < to && isLeadingJunk(phrase.charCodeAt(from))) from++;
  while (to > from && isTrailingJunk(phrase.charCodeAt(to - 1))) to--;
  let out = '';
  let piece = from;
  for (let i = from; i < to; i++) {
    const code = phrase.charCodeAt(i);
    if (!isSpace(code)) continue;
    // a run of spaces between two word parts: one ' ' stays, anything else is folded to it
    let j = i + 1;
    while (isSpace(phrase.charCodeAt(j))) j++;
    if (code === 32 && j === i + 1) continue;
    out += phrase.slice(piece, i) + ' ';
    piece = j;
    i = j - 1;
  }
  return piece === from ? phrase.slice(from, to) : out + phrase.slice(piece, to);
}

/** True for what {@link cleanPhrase} drops at the start of a phrase: spaces and , ; : . - " '. */
function isLeadingJunk(code: number): boolean {
  return code === 34 || code === 39 || isTrailingJunk(code);
}

/** True for what {@link cleanPhrase} drops at the end of a phrase: spaces and , ; : . -. */
function isTrailingJunk(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 46 || code === 45 || isSpace(code);
}

/**
 * The phrase leading up to `pos` inside its clause: from the last comma (or the clause start),
 * after any figure, and without a discourse opener ('trong đó', 'riêng'). Empty ranges give
 * undefined.
 */
export function leadingPhrase(ctx: SentenceContext, pos: number): Span | undefined {
  const { text, lexicon } = ctx;
  const floor = clauseStart(ctx, pos);
  let start = pos;
  while (start > floor && text[start - 1] !== ',') start--;
  // a figure cuts the phrase; a year does not ('GRDP năm 2024 tăng …')
  for (const m of ctx.mentions) if (m.span.end > start && m.span.end <= pos && m.kind !== 'year') start = m.span.end;
  start = skipSpaces(text, start);
  while (text[start] === ',' || text[start] === ' ') start++;
  for (let opener = lexicon.subjectOpeners.matchAt(text, start); opener; opener = lexicon.subjectOpeners.matchAt(text, start)) {
    start = skipSpaces(text, opener.end);
    if (text[start] === ',') start = skipSpaces(text, start + 1);
  }
  const end = skipSpacesBack(text, pos);
  // 'tỉnh đặt mục tiêu tăng trưởng …': the goal words frame the subject, they are not part of it
  const goal = lexicon.targetMarkers.findAll(text, start, end).pop();
  if (goal) start = skipSpaces(text, goal.end);
  return end > start ? spanOf(text, start, end) : undefined;
}

/** A qualifier written after the counted phrase ('600 đảng viên trở lên'), with where it ends. */
export function trailingQualifier(ctx: SentenceContext, pos: number): { approx: Approx; end: number } | undefined {
  const hit = ctx.lexicon.trailingQualifiers.matchAt(ctx.text, skipSpaces(ctx.text, pos));
  return hit ? { approx: hit.value, end: hit.end } : undefined;
}
