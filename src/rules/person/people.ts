/**
 * Reading people: names (two to five capitalized syllables), the titles around them (a title
 * head and the organization it belongs to), and the honorific that introduces them.
 * @module
 */
import type { DraftOf } from '../../extract/draft.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { spanOf } from '../../extract/draft.js';
import { cleanPhrase, wordEnd, wordStart } from '../../extract/scan.js';
import { GatedTable, lexiconTables } from '../organization/gated-table.js';
import type { LexiconTables } from '../organization/gated-table.js';
import { knownWordStartingAt } from '../../extract/sentence-words.js';
import type { PhraseMatch } from '../../tagging/phrase-table.js';
import { isWordCharacter } from '../../text/boundaries.js';
import { mentionsWithin } from '../date/calendar.js';
import {
  capitalizedRun, familyStartsIn, isUpperAt, nextWordStart, organizationSpanAt, personNameStartsAt, placeAfterLevel, provinceAt,
} from '../organization/names.js';
import { FORMER_TITLE_PREFIX, LISTED_HONORIFICS, NOT_PERSON_NAMES, TITLE_END_WORDS, TITLE_JOINERS, WEAK_HONORIFICS } from '../../lexicon/people.js';
import { ORGANIZATION_HEADS, ORGANIZATION_STOP_WORDS } from '../../lexicon/organizations.js';

/** Capitalized phrases that are never names. */
const NOT_NAMES = GatedTable.of(NOT_PERSON_NAMES);
/** Organization heads, which end a name ('Nguyễn Văn A Sở …' never happens, 'Bộ' does). */
const ORG_HEADS = GatedTable.of(ORGANIZATION_HEADS);
/** Words joining two titles. */
const JOINERS = GatedTable.of(TITLE_JOINERS);
/** Honorifics that are also plain words. */
const WEAK = new Set(WEAK_HONORIFICS.map((w) => w.toLowerCase()));

/** Fewest syllables of a name. */
const MIN_NAME = 2;
/** Most syllables of a name ('Y Thanh Hà Niê Kdăm'). */
const MAX_NAME = 5;
/** Most parts (names or capitalized words) after a title head. */
const MAX_TITLE_PARTS = 8;
/** Most lower-case syllables after a capitalized word of a title's body. */
const MAX_LOWER_SYLLABLES = 3;
/** Words that end a title's body: prepositions, verbs of speech and action. */
const TITLE_STOPS = GatedTable.of([...ORGANIZATION_STOP_WORDS, ...TITLE_END_WORDS]);

/** A name found in a text. */
export interface NameSpan {
  /** Start of the name. */
  start: number;
  /** End of the name. */
  end: number;
}

/** A title found in a text. */
export interface TitleSpan {
  /** Start of the title. */
  start: number;
  /** End of the title. */
  end: number;
}

/** The name at `i`: capitalized syllables up to a title, an organization or a non-name; undefined if too short or long. */
export function nameAt(ctx: SentenceContext, i: number, limit = ctx.end, max = MAX_NAME): NameSpan | undefined {
  const { text } = ctx;
  if (!isUpperAt(text, i)) return undefined;
  const tables = lexiconTables(ctx.lexicon);
  const first = knownWordStartingAt(text, i);
  if (NOT_NAMES.matchAt(text, i, first) || provinceAt(text, i, first)) return undefined;
  const run = capitalizedRun(text, i, limit, max + 1);
  let count = 0;
  let j = i;
  for (const end of run) {
    if (count > 0 && endsName(tables, text, j)) break;
    count++;
    const next = nextWordStart(text, end, limit);
    j = next < 0 ? end : next;
  }
  if (count < MIN_NAME || count > max) return undefined;
  return { start: i, end: run[count - 1] as number };
}

/** True when the capitalized word at `j` ends a name: it opens a title, an organization or a non-name. */
function endsName(tables: LexiconTables, text: string, j: number): boolean {
  const w = knownWordStartingAt(text, j);
  return (tables.titleHeads.matchAt(text, j, w) ?? ORG_HEADS.matchAt(text, j, w) ?? tables.organizations.matchAt(text, j, w) ?? NOT_NAMES.matchAt(text, j, w)) !== undefined;
}

/** The title at `i`: a title head and the organization (or place) that follows it. */
export function titleAt(ctx: SentenceContext, i: number, limit = ctx.end): TitleSpan | undefined {
  const { text } = ctx;
  const tables = lexiconTables(ctx.lexicon);
  let start = i;
  let j = i;
  if (text.startsWith(FORMER_TITLE_PREFIX, j)) j += FORMER_TITLE_PREFIX.length;
  const head = tables.titleHeads.matchAt(text, j);
  if (!head || head.end > limit) return undefined;
  if (j === i) start = head.start;
  // 'Trưởng Đoàn đại biểu Quốc hội tỉnh': a head ending in a capitalized word goes on in lower case
  let end = isUpperAt(text, wordStart(text, head.end)) ? lowerSyllablesEnd(text, head.end, limit) : head.end;
  // the body the title belongs to: known organizations, place levels, and capitalized words or
  // abbreviations ('Chủ tịch HĐQT Tổng Công ty Đầu tư', 'Bộ trưởng Bộ GTVT'), up to a person's name
  for (let step = 0; step < MAX_TITLE_PARTS; step++) {
    const k = nextWordStart(text, end, limit);
    if (k < 0 || personNameStartsAt(text, k, limit)) break;
    const w = knownWordStartingAt(text, k);
    const org = organizationSpanAt(ctx, k, limit, w);
    if (org) {
      end = lowerSyllablesEnd(text, org.end, limit);
      continue;
    }
    const level = tables.placeLevels.matchAt(text, k, w);
    if (level && !isUpperAt(text, k)) {
      end = placeAfterLevel(ctx, level.end, limit);
      break;
    }
    if (!isUpperAt(text, k) || tables.titleHeads.matchAt(text, k, w)) break;
    end = lowerSyllablesEnd(text, wordEnd(text, k), limit);
  }
  return { start, end };
}

/** End of the lower-case syllables that continue a name at `end`: 'Phòng Thông tin tuyên truyền', 'Hiệp hội Y dược học'. */
function lowerSyllablesEnd(text: string, end: number, limit: number): number {
  for (let n = 0, w = nextWordStart(text, end, limit); n < MAX_LOWER_SYLLABLES && w >= 0; n++, w = nextWordStart(text, end, limit)) {
    if (isUpperAt(text, w) || !isWordCharacter(text, w) || TITLE_STOPS.matchAt(text, w)) break;
    end = wordEnd(text, w);
  }
  return end;
}

/**
 * Titles starting at `i` (after a name's comma or dash): 'Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh'.
 * `first` is the title at `i` when the caller has read it already.
 */
export function titleListAt(ctx: SentenceContext, i: number, limit = ctx.end, first?: TitleSpan): TitleSpan[] {
  const { text } = ctx;
  const titles: TitleSpan[] = [];
  let j = i;
  for (let t = first ?? titleAt(ctx, j, limit); ; t = titleAt(ctx, j, limit)) {
    if (!t) break;
    titles.push(t);
    // ', <title>' or ' kiêm <title>'
    let k = t.end;
    if (text[k] === ',') k++;
    const w = nextWordStart(text, k, limit);
    if (w < 0) break;
    const joiner = JOINERS.matchAt(text, w);
    j = joiner ? nextWordStart(text, joiner.end, limit) : w;
    if (j < 0 || (!joiner && text[t.end] !== ',')) break;
  }
  return titles;
}

/** Start of the title list after a name ending at `end` (past ', ' or ' - '), or -1. */
function afterName(text: string, end: number, limit: number): number {
  let k = end;
  while (k < limit && text[k] === ' ') k++;
  if (text[k] === ',' || text[k] === '-') k++;
  else if (k === end) return -1;
  while (k < limit && text[k] === ' ') k++;
  return k < limit && isWordCharacter(text, k) ? k : -1;
}

/** A person draft. */
function personDraft(
  ctx: SentenceContext,
  rule: string,
  start: number,
  name: NameSpan,
  titles: TitleSpan[],
  honorific?: string,
): DraftOf<'person'> {
  const end = Math.max(name.end, ...titles.map((t) => t.end));
  const draft: DraftOf<'person'> = {
    kind: 'person',
    rule,
    span: spanOf(ctx.text, start, end),
    name: cleanPhrase(ctx.text, name.start, name.end),
    titles: titles.map((t) => cleanPhrase(ctx.text, t.start, t.end)),
    uses: mentionsWithin(ctx, start, end),
  };
  if (honorific) draft.honorific = honorific;
  return draft;
}

/** People introduced by an honorific: 'đồng chí Lò Văn Muôn, Phó Bí thư …', 'ông Nguyễn Văn Sơn'. */
export function honorificPeople(ctx: SentenceContext, rule: string): DraftOf<'person'>[] {
  const { text } = ctx;
  const drafts: DraftOf<'person'>[] = [];
  for (const h of ctx.lexicon.honorifics.findAll(text, ctx.start, ctx.end)) {
    // a name opens with a capital letter (looked at first: most honorific words are plain words here, 'anh em', 'bà con')
    const k = nextWordStart(text, h.end, ctx.end);
    if (k < 0 || !isUpperAt(text, k)) continue;
    const written = text.slice(h.start, h.end);
    if (WEAK.has(written.toLowerCase()) && isUpperAt(text, h.start) && !opensClause(ctx, h.start)) continue;
    const name = nameAt(ctx, k);
    if (!name) continue;
    const t = afterName(text, name.end, ctx.end);
    const titles = t >= 0 ? titleListAt(ctx, t) : [];
    drafts.push(personDraft(ctx, rule, h.start, name, titles, written));
  }
  return drafts;
}

/**
 * People named after their titles: 'Bí thư Tỉnh ủy Giàng Páo Mỷ', 'Phó Chủ tịch UBND tỉnh Nguyễn Văn A'.
 * `heads` are the title heads of the sentence ({@link titleHeadsIn}).
 */
export function titledPeople(ctx: SentenceContext, rule: string, heads: readonly PhraseMatch<string>[]): DraftOf<'person'>[] {
  const { text } = ctx;
  const drafts: DraftOf<'person'>[] = [];
  let h = 0;
  let i = ctx.start;
  while (i < ctx.end) {
    // the next head the sentence holds: no title starts before it
    while (h < heads.length && (heads[h] as PhraseMatch<string>).end <= i) h++;
    if (h === heads.length) break;
    i = titleCandidate(text, heads[h] as PhraseMatch<string>, i);
    const first = titleStartAt(ctx, i);
    if (!first) {
      i = nextWord(text, i, ctx.end);
      continue;
    }
    // the title read at `i` is the first of the list: it starts there ('nguyên' included) or at its head, which is `i`
    const titles = titleListAt(ctx, first.start, ctx.end, first);
    const last = titles[titles.length - 1];
    const k = last ? nextWordStart(text, last.end, ctx.end) : -1;
    if (last && k >= 0 && personNameStartsAt(text, k, ctx.end)) {
      const name = nameAt(ctx, k, ctx.end, 4);
      if (name) {
        drafts.push(personDraft(ctx, rule, first.start, name, titles));
        i = name.end;
        continue;
      }
    }
    i = nextWord(text, first.end, ctx.end);
  }
  return drafts;
}

/**
 * The title heads of the sentence (leftmost, longest, not overlapping): without one, the sentence
 * holds no title, so neither {@link titledPeople} nor {@link namedPeople} reads anyone.
 */
export function titleHeadsIn(ctx: SentenceContext): PhraseMatch<string>[] {
  return ctx.lexicon.titleHeads.findAll(ctx.text, ctx.start, ctx.end);
}

/** People named before their titles, without an honorific: 'Nguyễn Văn A - Bí thư Huyện ủy', list items. */
export function namedPeople(ctx: SentenceContext, rule: string): DraftOf<'person'>[] {
  const { text } = ctx;
  const drafts: DraftOf<'person'>[] = [];
  let next = ctx.start;
  // a name opens with a capital letter, on a family name
  for (const i of familyStartsIn(ctx)) {
    if (i < next || previousIsCapitalized(text, i, ctx.start) || !personNameStartsAt(text, i, ctx.end, 2)) continue;
    const name = nameAt(ctx, i);
    if (!name) continue;
    const t = afterName(text, name.end, ctx.end);
    const titles = t >= 0 && t > name.end + 0 && /[,-]/.test(text.slice(name.end, t)) ? titleListAt(ctx, t) : [];
    if (titles.length) {
      drafts.push(personDraft(ctx, rule, name.start, name, titles, listHonorific(ctx, name.start)));
      next = (titles[titles.length - 1] as TitleSpan).end;
    }
  }
  return drafts;
}

/**
 * Where to look for a title from `i` on, given `head`, the first head of the sentence's list
 * (`findAll`: leftmost, longest, not overlapping) that ends after `i`. Every place before that
 * head was looked up and starts none, so a title starts at the head or at the 'nguyên' just
 * before it; inside the head's span, places were not looked up, so `i` itself.
 */
function titleCandidate(text: string, head: PhraseMatch<string>, i: number): number {
  if (head.start < i) return i;
  const former = head.start - FORMER_TITLE_PREFIX.length;
  return former >= i && text.startsWith(FORMER_TITLE_PREFIX, former) ? former : head.start;
}

/** A title head at `i` (or 'nguyên' + head), as a span, when `i` starts a word. */
function titleStartAt(ctx: SentenceContext, i: number): TitleSpan | undefined {
  if (i > 0 && isWordCharacter(ctx.text, i - 1)) return undefined;
  return titleAt(ctx, i);
}

/** Start of the next word after the one at `i`. */
function nextWord(text: string, i: number, limit: number): number {
  let j = isWordCharacter(text, i) ? wordEnd(text, i) : i + 1;
  while (j < limit && !isWordCharacter(text, j)) j++;
  return j;
}

/** True when the word before `i` (one space away) is capitalized. */
function previousIsCapitalized(text: string, i: number, floor: number): boolean {
  if (i - 1 <= floor || text[i - 1] !== ' ') return false;
  let s = i - 1;
  while (s > floor && isWordCharacter(text, s - 1)) s--;
  return s < i - 1 && isUpperAt(text, s);
}

/** True when `i` opens the sentence or follows anything but a word (so a capital letter says nothing). */
function opensClause(ctx: SentenceContext, i: number): boolean {
  let j = i;
  while (j > ctx.start && ctx.text[j - 1] === ' ') j--;
  return j <= ctx.start || !isWordCharacter(ctx.text, j - 1);
}

/** A list of people opened by a plural honorific ('các đồng chí:'), up to the end of the text (see LISTED_HONORIFICS). */
const LIST_OPENED = new RegExp(
  `(?:${LISTED_HONORIFICS.plural.join('|')}) (${LISTED_HONORIFICS.honorifics.join('|')})\\s*(?::|${LISTED_HONORIFICS.openers.join('|')})[^.]*$`,
  'iu',
);

/** 'đồng chí' when the name is an item of a list opened by 'các đồng chí'. */
function listHonorific(ctx: SentenceContext, at: number): string | undefined {
  const before = ctx.text.slice(ctx.start, at);
  const m = LIST_OPENED.exec(before);
  return m ? (m[1] as string) : undefined;
}
