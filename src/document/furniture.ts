/**
 * Furniture rules: which blocks of a page are site chrome rather than the article (related-
 * article headings and the lists after them, share and print buttons, bylines, footers, link
 * lists). The words come from `src/lexicon/furniture.ts`; this file holds only the rules.
 * @module
 */
import {
  BREADCRUMB_SEPARATORS,
  BYLINE_CODES,
  BYLINE_PREFIXES,
  BYLINE_SUFFIXES,
  COMMENT_HEADINGS,
  FOOTER_LABELS,
  FOOTER_PHRASES,
  FURNITURE_HEADINGS,
  FURNITURE_LINES,
  LINK_LINE_PREFIXES,
  SCRIPT_MARKERS,
  WEEKDAYS,
} from '../lexicon/furniture.js';
import { OUTLET_CODES } from '../lexicon/outlets.js';
import { NUMBER_MARKER } from '../lexicon/documents.js';
import { DAY_WORD } from '../lexicon/numerals.js';
import { NAME_JOINER_WORDS } from '../lexicon/organizations.js';
import { normalizeString } from '../text/normalize.js';
import { isSpace } from '../text/text-view.js';
import type { BlockKind } from './blocks.js';

/** What the rules need to know about one block besides its folded text (a reader's candidate has it). */
export interface FurnitureFacts {
  /** What the block is in its source. */
  kind: BlockKind;
  /** Letters and digits inside links (HTML, Markdown). */
  linkChars?: number;
  /** Letters and digits in the block. */
  textChars?: number;
  /** A reason the markup already gave. */
  furniture?: string;
}

/** How strictly the rules run: plain text protects lines with figures; markup trusts links. */
export type FurnitureMode = 'text' | 'markdown' | 'html';

/** A lexicon as a set of folded lower-case keys. */
function keySet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => normalizeString(w).toLowerCase()));
}

/** Furniture headings, folded. */
const HEADINGS = keySet(FURNITURE_HEADINGS);
/** Comment headings, folded. */
const COMMENTS = keySet(COMMENT_HEADINGS);
/** Button lines, folded. */
const LINES = keySet(FURNITURE_LINES);
/** Staff-code bylines, folded. */
const CODES = keySet([...BYLINE_CODES, ...OUTLET_CODES]);

/** Builds an alternation of lexicon entries for a pattern, longest first, escaped. */
function alternation(words: readonly string[]): string {
  return [...new Set(words.map((w) => normalizeString(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}

/** A line that points to other articles: 'Xem thêm: …', 'Video: …', 'Tin liên quan: …'. */
const LINK_PREFIX = new RegExp(`^(?:${alternation(LINK_LINE_PREFIXES)})\\s*(?::|>>|»)`, 'iu');

/** A footer line opened by a label: 'Địa chỉ: …', 'ĐT: 0230…', 'Giấy phép số 12/GP-BTTTT'. */
const FOOTER_START = new RegExp(`^(?:${alternation(FOOTER_LABELS)})(?:\\s*(?:[:.]|${NUMBER_MARKER})|\\s+\\d)`, 'iu');

/** A footer label inside a short line: '…, Q.3; ĐT: 038-592365'. */
const FOOTER_INSIDE = new RegExp(`[;,|-]\\s*(?:${alternation(FOOTER_LABELS)})\\s*:`, 'iu');

/** Footer phrases anywhere in a line: '© 2024', 'Ghi rõ nguồn'. */
const FOOTER_PHRASE = new RegExp(`(?:${alternation(FOOTER_PHRASES)})(?![\\p{L}\\p{M}])`, 'iu');

/** A phone number alone on a line: '0511887293', '(028) 3930 5376'. */
const PHONE_LINE = /^(?:\+?\d[\d\s.\-()/]{7,24}\d)$/u;

/** A URL or e-mail address alone on a line. */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu;

/** A related headline stamped with its date at the end: 'Gà chết hàng loạt ở Long An(02/01/2004)'. */
const DATED_HEADLINE = /^[^\n]{5,200}\(\d{1,2}\/\d{1,2}\/\d{2,4}(?:\s+\d{1,2}:\d{2})?\)$/u;

/** A source line: 'Theo TTXVN', 'Nguồn: Báo Nhân Dân', '(Theo Thanh Niên)'. */
const BYLINE_SOURCE = new RegExp(`^\\(?(?:${alternation(BYLINE_PREFIXES)})\\s*:?\\s+[\\p{Lu}\\p{N}][^\\n]{0,60}$`, 'iu');

/** One capitalized word of a name: 'Minh', 'NGUYỄN', 'Th.'. */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'.]*";

/** An author's name alone, maybe with a role word after it: 'Minh Anh', 'Phong Lan - Việt Hòa', 'Việt Anh thực hiện'. */
const BYLINE_NAME = new RegExp(
  `^${NAME_WORD}(?:\\s+${NAME_WORD}){1,4}(?:\\s*(?:[-,&]|${alternation(NAME_JOINER_WORDS)})\\s*${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}){0,3}(?:\\s+(?:${alternation(BYLINE_SUFFIXES)}))?\\.?$`,
  'u',
);

/** An author's name with an outlet in brackets: 'Minh Anh (TTXVN)', 'Hà Phương (theo Reuters)'. */
const BYLINE_NAME_OUTLET = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){0,5}\\s*\\([^()\\n]{2,40}\\)\\.?$`, 'u');

/** Initials alone: 'V.H.', 'T.L'. */
const INITIALS = /^(?:\p{Lu}\.){1,4}\p{Lu}?\.?$/u;

/** A page time stamp alone: 'Thứ Hai, 12/3/2024 08:15', '12/03/2024 - 08:15 GMT+7', 'Cập nhật: 12/3/2024'. */
const TIMESTAMP = new RegExp(
  `^(?:(?:${alternation(WEEKDAYS)})\\s*[,:-]?\\s*)?(?:${DAY_WORD}\\s*)?\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}(?:\\s*[,|-]?\\s*\\d{1,2}[:h]\\d{2}(?::\\d{2})?\\s*(?:gmt\\s*\\+\\s*7|\\(gmt\\+7\\))?)?$`,
  'iu',
);

/** A digit anywhere. */
const DIGIT = /\p{Nd}/u;

/** The line {@link lineKey} read last, and its key: the rules ask for the key of one line several times in a row. */
let lastLine = '';
/** The key of {@link lastLine}. */
let lastKey = '';

/** The key of a line for lexicon look-up: lower case, trailing colon, counts and dots removed. */
export function lineKey(text: string): string {
  if (text === lastLine) return lastKey;
  const key = text.slice(keyStart(text), keyEnd(text)).toLowerCase();
  lastLine = text;
  lastKey = key;
  return key;
}

/** Where the key of a line starts: past the bullets, quote marks and spaces that open it (- • * > # |). */
function keyStart(text: string): number {
  let s = 0;
  while (s < text.length && isLeadingMark(text.charCodeAt(s))) s++;
  return s;
}

/**
 * Where the key of a line ends: before the run of spaces, colons, dots, dashes and arrows that
 * closes it, with a count in brackets among them ('Bình luận (12):'); never before `keyStart`.
 */
function keyEnd(text: string): number {
  const s = keyStart(text);
  let e = text.length;
  while (e > s && isTrailingMark(text.charCodeAt(e - 1))) e--;
  if (e - 3 >= s && text.charCodeAt(e - 1) === 0x29) {
    let d = e - 1;
    while (d > s && isAsciiDigit(text.charCodeAt(d - 1))) d--;
    if (d < e - 1 && d - 1 >= s && text.charCodeAt(d - 1) === 0x28) {
      e = d - 1;
      while (e > s && isTrailingMark(text.charCodeAt(e - 1))) e--;
    }
  }
  return e;
}

/** True for a character stripped from the start of a line key: whitespace, '-', '•', '*', '>', '#', '|'. */
function isLeadingMark(code: number): boolean {
  return isSpace(code) || code === 0x2d || code === 0x2022 || code === 0x2a || code === 0x3e || code === 0x23 || code === 0x7c;
}

/** True for a character stripped from the end of a line key: whitespace, ':', '.', '-', '|', '»', '>', '›'. */
function isTrailingMark(code: number): boolean {
  return isSpace(code) || code === 0x3a || code === 0x2e || code === 0x2d || code === 0x7c || code === 0xbb || code === 0x3e || code === 0x203a;
}

/** True for '0' to '9'. */
function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True when `text` (a whole line) is a furniture heading such as 'Tin liên quan' or 'Bình luận (12)'. */
export function isFurnitureHeading(text: string): boolean {
  return text.length <= 60 && HEADINGS.has(lineKey(text));
}

/** True when `text` is a heading after which comments follow ('Bình luận', 'Ý kiến bạn đọc'). */
export function isCommentHeading(text: string): boolean {
  return text.length <= 60 && COMMENTS.has(lineKey(text));
}

/** True when `text` is a button or link of the page ('Chia sẻ', 'In bài', 'Lên đầu trang'). */
export function isFurnitureLine(text: string): boolean {
  return text.length <= 40 && LINES.has(lineKey(text));
}

/** True when `text` holds inline page script ('…','#FFFFFF','100%',5, new Array(…)'): code, not prose. */
export function isScriptLine(text: string): boolean {
  // indexed loops: a for-of over the map made an iterator and an entry array per guard, some
  // 300 bytes of garbage per line
  for (let g = 0; g < SCRIPT_GUARDS.length; g++) {
    if (text.indexOf(SCRIPT_GUARDS[g] as string) < 0) continue;
    const markers = SCRIPT_MARKER_GROUPS[g] as readonly string[];
    for (let i = 0; i < markers.length; i++) if (text.includes(markers[i] as string)) return true;
  }
  return false;
}

/**
 * The script markers by a character each holds that prose seldom does (the last that is not a
 * letter, digit or space: '(' of 'new Array(', '#' of "','#"): a line without that character
 * cannot hold the marker, and one search for it is cheaper than one for each marker.
 */
const SCRIPT_MARKERS_BY_GUARD: ReadonlyMap<string, readonly string[]> = groupByGuard(SCRIPT_MARKERS);

/** The guards of {@link SCRIPT_MARKERS_BY_GUARD}, in order. */
const SCRIPT_GUARDS: readonly string[] = [...SCRIPT_MARKERS_BY_GUARD.keys()];

/** The markers of each guard of {@link SCRIPT_GUARDS}, at the same index. */
const SCRIPT_MARKER_GROUPS: readonly (readonly string[])[] = [...SCRIPT_MARKERS_BY_GUARD.values()];

/** Markers grouped by their guard character (see {@link SCRIPT_MARKERS_BY_GUARD}); a marker without one is its own guard. */
function groupByGuard(markers: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const marker of markers) {
    const guard = [...marker].reverse().find((c) => !/[\p{L}\p{N}\s]/u.test(c)) ?? marker;
    groups.set(guard, [...(groups.get(guard) ?? []), marker]);
  }
  return groups;
}

/** True when `text` is a footer line: address, phone, e-mail, licence, copyright. */
export function isFooterLine(text: string): boolean {
  if (text.length > 300) return false;
  if (FOOTER_START.test(text) || PHONE_LINE.test(text)) return true;
  return text.length <= 160 && (FOOTER_PHRASE.test(text) || FOOTER_INSIDE.test(text));
}

/** True when `text` is a link to elsewhere: a URL alone, 'Xem thêm: …', a dated related headline. */
export function isLinkLine(text: string): boolean {
  return URL_LINE.test(text) || (text.length <= 200 && LINK_PREFIX.test(text)) || (text.endsWith(')') && DATED_HEADLINE.test(text));
}

/** The breadcrumb separators of one character, as code units. */
const SEPARATOR_CODES: ReadonlySet<number> = new Set(BREADCRUMB_SEPARATORS.filter((sep) => sep.length === 1).map((sep) => sep.charCodeAt(0)));

/** The breadcrumb separators of more than one character, with a space on either side. */
const LONG_SEPARATORS: readonly string[] = BREADCRUMB_SEPARATORS.filter((sep) => sep.length !== 1).map((sep) => ` ${sep} `);

/** A line ending as a sentence does (a breadcrumb does not). */
const SENTENCE_END = /[.!?]$/u;

/** True when `text` is a breadcrumb trail: short parts joined by '>', '»', '/' or '|'. */
export function isBreadcrumb(text: string): boolean {
  if (text.length > 120 || SENTENCE_END.test(text)) return false;
  let separators = 0;
  for (let at = text.indexOf(' '); at >= 0 && at + 2 < text.length; at = text.indexOf(' ', at + 1)) {
    if (SEPARATOR_CODES.has(text.charCodeAt(at + 1)) && text.charCodeAt(at + 2) === 0x20) separators++;
  }
  for (let s = 0; s < LONG_SEPARATORS.length; s++) {
    const sep = LONG_SEPARATORS[s] as string;
    for (let at = text.indexOf(sep); at >= 0; at = text.indexOf(sep, at + 1)) separators++;
  }
  return separators >= 2;
}

/** True when `text` is a byline or source line that ends an article. */
export function isByline(text: string): boolean {
  if (text.length > 80 || DIGIT.test(text)) return false;
  if (CODES.has(lineKey(text).replace(/^\(|\)$/gu, ''))) return true;
  if (INITIALS.test(text)) return true;
  if (BYLINE_SOURCE.test(text) && !/[,;]\s+\p{Ll}/u.test(text)) return true;
  if (text.length <= 50 && (BYLINE_NAME.test(text) || BYLINE_NAME_OUTLET.test(text))) return true;
  return false;
}

/** True when a block is mostly links (a list of headlines). */
function isLinkDominated(facts: FurnitureFacts): boolean {
  const total = facts.textChars ?? 0;
  return total > 0 && (facts.linkChars ?? 0) / total > 0.5;
}

/** True when a block of folded text `text` reads as running prose (so a body resumes after a related-links box). */
function isProse(text: string, facts: FurnitureFacts): boolean {
  return facts.kind === 'paragraph' && text.length >= 40 && !isLinkDominated(facts) && /[.!?…"')]$/u.test(text);
}

/**
 * Classifies the blocks after the title, given as their folded texts and (same order) what the
 * reader knows of them: for each, the furniture reason, or undefined for a body block. Forward pass: in plain text a furniture heading ends the article (everything after
 * it is furniture); in markup a comment heading does, and any other furniture heading drops the
 * links after it until prose resumes. Single lines: buttons, footers, links, breadcrumbs, and in
 * markup link-dominated blocks. In plain text a line with a figure is kept unless it is clearly
 * furniture (a footer, a dated related headline, a line after an ending heading). Backward pass:
 * bylines at the end (never the first body block, so a body is never read away).
 */
export function classifyFurniture(texts: readonly string[], blocks: readonly FurnitureFacts[], mode: FurnitureMode): (string | undefined)[] {
  const reasons: (string | undefined)[] = new Array(texts.length).fill(undefined);
  let state: 'body' | 'list' | 'end' = 'body';
  for (let i = 0; i < texts.length; i++) {
    const item = blocks[i] as FurnitureFacts;
    const text = texts[i] as string;
    if (state === 'end') {
      reasons[i] = 'after-furniture-heading';
      continue;
    }
    if (item.furniture) {
      reasons[i] = item.furniture;
      continue;
    }
    if (isFurnitureHeading(text)) {
      reasons[i] = 'furniture-heading';
      state = mode === 'text' || isCommentHeading(text) ? 'end' : 'list';
      continue;
    }
    if (state === 'list') {
      if (!isProse(text, item)) {
        reasons[i] = 'after-furniture-heading';
        continue;
      }
      state = 'body';
    }
    reasons[i] = lineReason(text, item, mode);
  }
  const firstBody = reasons.findIndex((r) => r === undefined);
  for (let i = texts.length - 1; i > firstBody; i--) {
    if (reasons[i] !== undefined) continue;
    const item = blocks[i] as FurnitureFacts;
    if (item.kind === 'paragraph' || item.kind === 'other') {
      if (isByline(texts[i] as string)) {
        reasons[i] = 'byline';
        continue;
      }
    }
    break;
  }
  return reasons;
}

/** The furniture reason of one block of folded text `text` on its own, or undefined. */
function lineReason(text: string, item: FurnitureFacts, mode: FurnitureMode): string | undefined {
  if (isFurnitureLine(text)) return 'button';
  if (isScriptLine(text)) return 'script';
  if (isFooterLine(text)) return 'footer';
  if (isLinkLine(text)) return 'link';
  if (TIMESTAMP.test(text)) return 'timestamp';
  if (isBreadcrumb(text) && (mode !== 'text' || !DIGIT.test(text))) return 'breadcrumb';
  if (mode !== 'text' && isLinkDominated(item)) return 'link-list';
  return undefined;
}
