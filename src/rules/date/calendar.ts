/**
 * Calendar helpers shared by the period, date and reference rules: pieces of regular expression
 * for days, months, years and Roman numerals, their validation, and the bookkeeping every named
 * rule needs (which number mentions a phrase uses, whether a phrase is a goal).
 * @module
 */
import type { DateParts } from '../../types.js';
import { perSentence } from '../../extract/sentence-memo.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { WORD_END, WORD_START } from '../../text/boundaries.js';
import { phraseAfter, phraseBefore } from '../../extract/scan.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { DAY_WORD, DURATION_NUMBER_WORDS, MONTH_WORD, QUARTER_WORD, YEAR_WORD } from '../../lexicon/time.js';
import type { SentenceGate } from './word-gate.js';
import { WordGate } from './word-gate.js';

export { WORD_END, WORD_START };

/** Regex source of a day of the month: '5', '05', '31'. */
export const DAY = '(?:0?[1-9]|[12]\\d|3[01])';

/** Regex source of a month number: '8', '08', '12'. */
export const MONTH = '(?:0?[1-9]|1[0-2])';

/** Regex source of a four-digit year of this or the last century: '2016'. */
export const YEAR = '(?:19|20)\\d\\d';

/** Regex source of a Roman numeral up to 39 (terms, quarters, congresses): 'XII', 'IV'. */
export const ROMAN = '(?:X{0,3}(?:IX|IV|V?I{0,3}))';

/** Regex source of a non-empty Roman numeral with word boundaries. */
export const ROMAN_WORD = `${WORD_START}(?=[IVX])${ROMAN}${WORD_END}`;

/** Values of the Roman digits. */
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral ('XII' → 12), or undefined when `text` is not one. */
export function romanValue(text: string): number | undefined {
  if (!/^[IVXLC]+$/.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUES[text[i] as string] as number;
    const next = ROMAN_VALUES[text[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : undefined;
}

/** An ordinal written in digits or Roman numerals ('4', 'XII') to its value. */
export function ordinalValue(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return romanValue(text.toUpperCase());
}

/** Number words of a duration, longest first, as a regex alternation. */
export const NUMBER_WORD = Object.keys(DURATION_NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A small count written in digits, with a decimal comma, or in words ('3', '2,5', 'ba', 'mười hai') to its value. */
export function smallNumber(text: string): number | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d{1,3}(?:,\d{1,2})?$/.test(t)) return Number(t.replace(',', '.')); // '2,5 ngày'
  return DURATION_NUMBER_WORDS[t];
}

/** Calendar parts from written pieces; undefined when any piece is out of range. */
export function dateParts(parts: { year?: string; quarter?: string; month?: string; day?: string }): DateParts | undefined {
  const out: DateParts = {};
  if (parts.year !== undefined) {
    const y = Number(parts.year);
    if (!(y >= 1900 && y <= 2100)) return undefined;
    out.year = y;
  }
  if (parts.quarter !== undefined) {
    const q = ordinalValue(parts.quarter);
    if (q === undefined || q < 1 || q > 4) return undefined;
    out.quarter = q;
  }
  if (parts.month !== undefined) {
    const m = Number(parts.month);
    if (!(m >= 1 && m <= 12)) return undefined;
    out.month = m;
  }
  if (parts.day !== undefined) {
    const d = Number(parts.day);
    if (!(d >= 1 && d <= 31)) return undefined;
    out.day = d;
  }
  return out;
}

/** Start offsets of the sentence's number mentions that lie inside `[start, end)`. */
export function mentionsWithin(ctx: SentenceContext, start: number, end: number): number[] {
  return ctx.mentions.filter((m) => m.span.start >= start && m.span.start < end).map((m) => m.span.start);
}

/** The sentence's text, sliced once per sentence for the patterns and gates that read it. */
export const sentenceText = perSentence((ctx): string => ctx.text.slice(ctx.start, ctx.end));

/** Any ASCII digit: every calendar pattern but spelled-out durations needs one. */
export const HAS_DIGIT = /\d/;

/**
 * True when the sentence holds an ASCII digit (asked by many rules, read once per sentence). The
 * regex runs on the sentence's slice, which the patterns read next: it scans faster than a loop
 * over the character codes of the block.
 */
export const sentenceHasDigit = perSentence((ctx): boolean => HAS_DIGIT.test(sentenceText(ctx)));

/** Characters that must be escaped inside a regex character class. */
const CLASS_SPECIALS = /[\\\]^-]/;

/**
 * Regex source of a lookahead on the first character of a match: the first letter of one of
 * `words` in either case, or an ASCII digit when `digit` is set ('(?=[\\dnNsS])' for 'ngày',
 * 'sáng' and digits). Set before a pattern's lookbehinds, it lets the engine pass over the
 * positions where no match can start without evaluating them; it matches nothing itself.
 */
export function firstCharacterOf(words: Iterable<string>, digit = false): string {
  const chars = new Set<string>();
  for (const word of words) {
    const first = [...word.normalize('NFC')][0];
    if (first === undefined) continue;
    for (const c of [first, first.toLowerCase(), first.toUpperCase()]) chars.add(CLASS_SPECIALS.test(c) ? `\\${c}` : c);
  }
  return `(?=[${digit ? '\\d' : ''}${[...chars].join('')}])`;
}

/** A gate (see {@link sentenceMatches}): `source` somewhere in the sentence, no word boundaries checked. */
export function gateOf(source: string): RegExp {
  return new RegExp(source, 'u');
}

/**
 * A cheap pre-check a sentence must pass before a costly pattern runs on it: a regex (a plain piece
 * every match contains), a {@link SentenceGate} (a word or phrase every match contains, see
 * word-gate) or a test of the sentence that every sentence holding a match passes.
 */
export type Gate = RegExp | SentenceGate | ((ctx: SentenceContext) => boolean);

/**
 * Every match of a global regex inside the sentence, in clean-text coordinates. The regex runs on
 * the sentence slice, so nothing outside it is read; when `gate` is given (one gate or several)
 * and the sentence does not pass every one, the regex is not run at all. `from` (a clean-text
 * offset inside the sentence) is where the search starts, for a caller that knows no match starts
 * before it: the lookbehinds still read the text before it.
 */
export function sentenceMatches(ctx: SentenceContext, re: RegExp, gate?: Gate | readonly Gate[], from = ctx.start): RegExpExecArray[] {
  if (isGateList(gate)) {
    for (let k = 0; k < gate.length; k++) if (!passesGate(ctx, gate[k] as Gate)) return [];
  } else if (gate && !passesGate(ctx, gate)) return [];
  const slice = sentenceText(ctx);
  const found: RegExpExecArray[] = [];
  re.lastIndex = from - ctx.start;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    m.index += ctx.start;
    found.push(m);
  }
  return found;
}

/** True when the sentence passes `gate`; the digit gate is read once per sentence. */
function passesGate(ctx: SentenceContext, gate: Gate): boolean {
  if (gate === HAS_DIGIT) return sentenceHasDigit(ctx);
  if (gate instanceof RegExp) return gate.test(sentenceText(ctx));
  return typeof gate === 'function' ? gate(ctx) : gate.passes(ctx);
}

/** True when `gate` is a list of gates. */
function isGateList(gate: Gate | readonly Gate[] | undefined): gate is readonly Gate[] {
  return Array.isArray(gate);
}


/** Every date or period with a month in words holds the month word ('tháng 9/2025', '9 tháng đầu năm'). */
export const MONTH_WORDS: readonly string[] = [MONTH_WORD];

/** Every year written after the year word holds it ('năm 2024'). */
export const YEAR_WORDS: readonly string[] = [YEAR_WORD];

/** Every quarter holds the quarter word ('quý III/2025'). */
export const QUARTER_WORDS: readonly string[] = [QUARTER_WORD];

/** Every span of days holds the day word ('ngày 18-19/8'). */
export const DAY_WORDS: readonly string[] = [DAY_WORD];

/** Regex source of the day word in any case ('ngày', 'Ngày'). */
export const DAY_WORD_PATTERN = caseless(DAY_WORD);

/** Regex source of the month word in any case ('tháng'). */
export const MONTH_WORD_PATTERN = caseless(MONTH_WORD);

/** Regex source of the year word in any case ('năm'). */
export const YEAR_WORD_PATTERN = caseless(YEAR_WORD);

/** Regex source of the quarter word in any case ('quý'). */
export const QUARTER_WORD_PATTERN = caseless(QUARTER_WORD);

/** A gate on {@link MONTH_WORDS}. */
export const MONTH_WORD_GATE = new WordGate(MONTH_WORDS);

/** A gate on {@link QUARTER_WORDS}. */
export const QUARTER_WORD_GATE = new WordGate(QUARTER_WORDS);

/** A gate on {@link DAY_WORDS}. */
export const DAY_WORD_GATE = new WordGate(DAY_WORDS);

/** Regex source of one of `words` (case-insensitive on every letter), longest first, spaces loose. */
export function wordsSource(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => caseless(w))
    .join('|');
}

/** Regex source matching `word` whatever the case of its letters, with any run of spaces for a space. */
export function caseless(word: string): string {
  let out = '';
  for (const c of word.normalize('NFC')) {
    if (c === ' ') out += '\\s+';
    else if (/[.*+?^${}()|[\]\\/-]/.test(c)) out += `\\${c}`;
    else {
      const lo = c.toLowerCase();
      const up = c.toUpperCase();
      out += lo === up ? c : `[${lo}${up}]`;
    }
  }
  return out;
}

/** How many words after a sentence-opening date a goal word may stand ('Năm 2026, tỉnh đặt mục tiêu'). */
const GOAL_AFTER_LIMIT = 4;

/**
 * True when a date or period is a goal: a goal word ('phấn đấu', 'mục tiêu') ends within three
 * words before it, or the phrase opens the sentence and a goal word follows it within a few words
 * ('Năm 2026, tỉnh đặt mục tiêu …').
 */
export function isGoal(ctx: SentenceContext, start: number, end: number, opensSentenceCheck = true): boolean {
  const before = phraseBefore(ctx, ctx.lexicon.targetMarkers, start, 3, ctx.start);
  if (before) {
    const achieved = ctx.lexicon.achievedMarkers.findAll(ctx.text, before.end, start);
    if (achieved.length === 0) return true;
  }
  if (!opensSentenceCheck || start !== firstWordStart(ctx)) return false;
  return phraseAfter(ctx, ctx.lexicon.targetMarkers, end, GOAL_AFTER_LIMIT, ctx.end) !== undefined;
}

/** Start of the sentence's first word. */
function firstWordStart(ctx: SentenceContext): number {
  let i = ctx.start;
  while (i < ctx.end && !/[\p{L}\p{N}]/u.test(ctx.text[i] as string)) i++;
  return i;
}

/** A phrase table of `words`, each its own value (compiled once at module load by callers). */
export function tableOf(words: readonly string[]): PhraseTable<string> {
  return PhraseTable.of(words);
}


/** True when `[start, end)` shares a character with the span of any of `drafts`. */
export function overlapsAny(drafts: readonly { span: { start: number; end: number } }[], start: number, end: number): boolean {
  return drafts.some((d) => d.span.start < end && start < d.span.end);
}
