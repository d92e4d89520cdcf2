/**
 * Reading an organization's name at a position: a known name ('Tỉnh ủy', 'HĐND') or a head that
 * needs more words ('Ban', 'Sở', 'Đảng bộ'), followed by capitalized words with their lower-case
 * syllables, level words with the place they name ('tỉnh Quảng Ngãi') and other known names.
 * Shared by the organization, person (titles) and reference (issuers) rules.
 * @module
 */
import type { SentenceContext } from '../../extract/sentence-context.js';
import type { Lexicon } from '../../extract/lexicon.js';
import { PhraseTable, phraseKeyWord } from '../../tagging/phrase-table.js';
import { WORD_RUNS, isUpperCharacter, isWordCharacter } from '../../text/boundaries.js';
import { wordEnd, wordStart } from '../../extract/scan.js';
import { normalizeString } from '../../text/normalize.js';
import { CapitalizedOpeners, knownWordStartingAt } from '../../extract/sentence-words.js';
import { GatedTable, lexiconTables } from './gated-table.js';
import type { LexiconTables } from './gated-table.js';
import {
  ORGANIZATION_BODIES, ORGANIZATION_BRANCH_WORDS, ORGANIZATION_HEADS, ORGANIZATION_JOINERS, ORGANIZATION_LOOKALIKES,
  ORGANIZATION_LOWER_TAILS, ORGANIZATION_NAME_STOP_WORDS, ORGANIZATION_SCOPE_WORDS, ORGANIZATION_STOP_WORDS, ORGANIZATION_TASK_FILLERS,
  ORGANIZATION_TASK_HEADS, NAME_JOINER_WORDS, SCHOOL_HEADS,
} from '../../lexicon/organizations.js';
import { NUMBER_MARKER } from '../../lexicon/documents.js';
import { FAMILY_NAMES, TITLE_END_WORDS } from '../../lexicon/people.js';
import { PLACE_LEVEL_NAMES, PROVINCES } from '../../lexicon/places.js';

/** Heads that need at least one more word. */
const HEADS = GatedTable.of([...ORGANIZATION_HEADS, ...SCHOOL_HEADS]);
/** School heads, after which a person's name is the school's. */
const SCHOOLS = PhraseTable.of(SCHOOL_HEADS);
/** Name words whose second syllable would end a name ('Ngoại giao'). */
const BODIES = GatedTable.of(ORGANIZATION_BODIES);
/** Heads of bodies named after their task. */
const TASK_HEADS = PhraseTable.of(ORGANIZATION_TASK_HEADS);
/** Scope words ending a task-named body's name. */
const SCOPES = GatedTable.of(ORGANIZATION_SCOPE_WORDS);
/** Function words allowed inside a task name. */
const TASK_FILLERS = GatedTable.of(ORGANIZATION_TASK_FILLERS);
/** Branch words ('chi nhánh'). */
const BRANCHES = GatedTable.of(ORGANIZATION_BRANCH_WORDS);
/** Joiners of two parts of a name. */
const JOINERS = new Set(ORGANIZATION_JOINERS);
/** Place and foreign names that start with a head word. */
const LOOKALIKES = GatedTable.of(ORGANIZATION_LOOKALIKES);
/** Most words of a task name before its scope. */
const MAX_TASK_WORDS = 12;
/** Lower-case runs allowed inside a name. */
const LOWER_TAILS = GatedTable.of(ORGANIZATION_LOWER_TAILS);
/** Words that end a name. */
const STOPS = GatedTable.of([...ORGANIZATION_STOP_WORDS, ...ORGANIZATION_NAME_STOP_WORDS, ...TITLE_END_WORDS]);
/** Provinces and centrally-run cities. */
const PROVINCE_TABLE = GatedTable.from<string>(Object.entries(PROVINCES));
/** The capitalized words at which a province may be named. */
const PROVINCE_OPENERS = new CapitalizedOpeners(Object.keys(PROVINCES));
/** Family names, to see where a person's name starts. */
const FAMILY = new Set(FAMILY_NAMES);
/** The first code unit of each family name: a word opening with another is none. */
const FAMILY_INITIALS: ReadonlySet<number> = new Set(FAMILY_NAMES.map((name) => name.charCodeAt(0)));
/** Length of the longest family name, in code units. */
const LONGEST_FAMILY = Math.max(...FAMILY_NAMES.map((name) => name.length));
/** The capitalized words at which a family name may stand. */
const FAMILY_OPENERS = new CapitalizedOpeners(FAMILY_NAMES);

/** The first word of each family name ('Đinh Thị' → 'đinh'): a person's name holds one whole, which a rule's trigger may ask for. */
export const FAMILY_NAME_WORDS: readonly string[] = FAMILY_NAMES.map((name) => phraseKeyWord(name, true));

/** An organization's name found in a text. */
export interface OrganizationName {
  /** Start of the name. */
  start: number;
  /** End of the name. */
  end: number;
  /** The name with every abbreviation spelled out, when it holds one. */
  expansion?: string;
}

/** True when the character at `i` is an upper-case letter. */
export function isUpperAt(text: string, i: number): boolean {
  return isUpperCharacter(text, i);
}

/** The number marker ('số', see NUMBER_MARKER) with the space after it: 'Trường Tiểu học số 1'. */
const NUMBER_MARKER_SPACED = `${NUMBER_MARKER} `;

/** Each word of NAME_JOINER_WORDS with the space after it, as text is searched for it. */
const NAME_JOINERS_SPACED: readonly string[] = NAME_JOINER_WORDS.map((word) => `${word} `);

/**
 * The length of the name joiner word ('và', see NAME_JOINER_WORDS) standing at `j` with a space
 * after it, or 0 when none does: 'các xã A, B và C', 'Sở Tài nguyên và Môi trường'.
 */
export function nameJoinerLength(text: string, j: number): number {
  for (const joiner of NAME_JOINERS_SPACED) if (text.startsWith(joiner, j)) return joiner.length - 1;
  return 0;
}

/**
 * `w`, or where the word after a name joiner standing at `w` starts (-1 when none does before
 * `limit`): the next item of a list of names ('các xã A, B và C').
 */
export function pastNameJoiner(text: string, w: number, limit: number): number {
  const joiner = w >= 0 ? nameJoinerLength(text, w) : 0;
  return joiner > 0 ? nextWordStart(text, w + joiner, limit) : w;
}

/** Index of the next word after `i` when only one space (no punctuation) separates them, else -1. */
export function nextWordStart(text: string, i: number, limit: number): number {
  let j = i;
  let spaces = 0;
  while (j < limit && text[j] === ' ') {
    j++;
    spaces++;
  }
  if (spaces === 0 || j >= limit || !isWordCharacter(text, j)) return -1;
  return j;
}

/** Ends of the run of capitalized syllables starting at `i` (at most `max`), one per syllable. */
export function capitalizedRun(text: string, i: number, limit: number, max = 6): number[] {
  const ends: number[] = [];
  let j = i;
  while (ends.length < max && j >= 0 && j < limit && isUpperAt(text, j)) {
    let e = wordEnd(text, j);
    // apostrophe names: H'Nơ, K'Bang
    if ((text[e] === "'" || text[e] === '’') && isWordCharacter(text, e + 1)) e = wordEnd(text, e + 1);
    if (e > limit) break;
    ends.push(e);
    j = nextWordStart(text, e, limit);
  }
  return ends;
}

/**
 * True when a person's name (a family name and more capitalized syllables, `min` in all) starts at
 * `i`. Three by default: after an organization, two capitalized syllables are more often a place
 * ('Huyện ủy Mai Châu') than a name.
 */
export function personNameStartsAt(text: string, i: number, limit: number, min = 3): boolean {
  // the family name first: it rules out most words at the cost of one set lookup (of a word that may be one)
  if (!FAMILY_INITIALS.has(text.charCodeAt(i))) return false;
  const end = wordEnd(text, i);
  if (end - i > LONGEST_FAMILY || !FAMILY.has(text.slice(i, end))) return false;
  if (PROVINCE_TABLE.matchAt(text, i)) return false;
  return capitalizedRun(text, i, limit).length >= min;
}

/** Start offsets (ascending) of the sentence's capitalized words at which {@link provinceAt} may find a province: the others never start one. */
export function provinceStartsIn(ctx: SentenceContext): readonly number[] {
  return PROVINCE_OPENERS.startsIn(ctx);
}

/** Start offsets (ascending) of the sentence's capitalized words that may be or open a family name: {@link personNameStartsAt} holds nowhere else. */
export function familyStartsIn(ctx: SentenceContext): readonly number[] {
  return FAMILY_OPENERS.startsIn(ctx);
}

/** The province or centrally-run city named at `i`, if any (capitalized); `word` is the known word there, when read ({@link knownWordStartingAt}). */
export function provinceAt(text: string, i: number, word?: number): { end: number; name: string; level: string } | undefined {
  if (!isUpperAt(text, i)) return undefined;
  const hit = PROVINCE_TABLE.matchAt(text, i, word);
  return hit ? { end: hit.end, name: hit.phrase, level: hit.value } : undefined;
}

/** Where the name reading stands after each word. */
interface ReadState {
  /** End of the name read so far. */
  end: number;
  /** 'words': a head's name words follow; 'place': a complete name, only a place may follow. */
  mode: 'words' | 'place';
  /** Capitalized syllables read in a row (an acronym counts none): a lower-case syllable follows only one. */
  capsInRow: number;
  /** True once a word after the head has been read. */
  read: boolean;
  /** True once a capitalized word after the head has been read (a school's own name). */
  named: boolean;
}

/** Moves the end of the name read to `end` past a word that breaks a run of capitalized syllables; `read` as given. */
function advance(state: ReadState, end: number, read: boolean): void {
  state.end = end;
  state.capsInRow = 0;
  state.read = read;
}

/**
 * The organization whose name starts at `i`, read up to `limit`. Only names written with a
 * capital count ('ủy ban kiểm tra các cấp' is not one). A name is a known name or a head
 * ('Sở', 'Ban') followed by the words of an official name, each capitalized at its first
 * syllable only ('Sở Tài nguyên và Môi trường'), with the lower-case runs and words of the
 * organization lexicon, then the place it belongs to ('Tỉnh ủy Cao Bằng', 'UBND tỉnh Quảng Ngãi').
 */
export function organizationAt(ctx: SentenceContext, i: number, limit = ctx.end): OrganizationName | undefined {
  const span = organizationSpanAt(ctx, i, limit);
  if (!span) return undefined;
  const expansion = mayHoldAbbreviation(ctx, span.start, span.end) ? expand(ctx, ctx.text.slice(span.start, span.end)) : undefined;
  return expansion === undefined ? span : { start: span.start, end: span.end, expansion };
}

/**
 * Where the organization named at `i` starts and ends, as {@link organizationAt} reads it, without
 * spelling it out; `word` is the known word at `i`, when read ({@link knownWordStartingAt}).
 */
export function organizationSpanAt(ctx: SentenceContext, i: number, limit = ctx.end, word?: number): { start: number; end: number } | undefined {
  const { text } = ctx;
  if (!isUpperAt(text, i)) return undefined;
  // the longest known name or head here, a known name when both are as long
  const opening = openingsOf(ctx.lexicon.source).table.matchAt(text, i, word);
  // most capitalized words start no name: the look-alike test runs only when one may start here
  if (!opening || (opening.value.inLookalike && insideLookalike(text, i))) return undefined;
  const needMore = opening.value.kind === 'head';
  // 'Đoàn' heads a delegation's name, and is a family name too ('Đoàn Ngọc Sai')
  if (needMore && personNameStartsAt(text, i, limit)) return undefined;
  let end = opening.end;
  if (end > limit) return undefined;
  const headEnd = end;
  const school = opening.value.opensSchool && SCHOOLS.matchAt(text, i) !== undefined;
  // a task-named body ('Ban Chỉ đạo') names itself, but its task may follow ('Ban Chỉ đạo Cải cách hành chính')
  const task = opening.value.opensTask && TASK_HEADS.matchAt(text, i) !== undefined;
  const state: ReadState = { end, mode: needMore || task ? 'words' : 'place', capsInRow: 0, read: false, named: false };
  while (readNextWord(ctx, state, limit, school));
  end = state.end;
  if (task) end = Math.max(end, taskScopeEnd(ctx, end, limit));
  if (needMore && end === headEnd) return undefined;
  return { start: i, end };
}

/**
 * What opens an organization's name: a known name, or a head that needs more words; and, by its
 * first word (which the text's word where it matches spells), which lookups after it may find anything.
 */
interface Opening {
  /** 'known' for a known name, 'head' for a head that needs more words. */
  readonly kind: 'known' | 'head';
  /** False when its first word is no word of a look-alike: the word it opens with then lies inside none. */
  readonly inLookalike: boolean;
  /** False when no school head opens with its first word. */
  readonly opensSchool: boolean;
  /** False when no task head opens with its first word. */
  readonly opensTask: boolean;
}

/** Every word of the look-alikes, as phrase tables key words (normalized, lower-case). */
const LOOKALIKE_WORDS: ReadonlySet<string> = new Set(ORGANIZATION_LOOKALIKES.flatMap((phrase) => normalizeString(phrase).toLowerCase().match(WORD_RUNS) ?? []));
/** The first words of the school heads. */
const SCHOOL_FIRST_WORDS: ReadonlySet<string> = new Set(SCHOOL_HEADS.map((phrase) => phraseKeyWord(phrase, true)));
/** The first words of the task heads. */
const TASK_FIRST_WORDS: ReadonlySet<string> = new Set(ORGANIZATION_TASK_HEADS.map((phrase) => phraseKeyWord(phrase, true)));

/** The opening of `phrase`, of the given kind. */
function openingOf(phrase: string, kind: Opening['kind']): Opening {
  const first = phraseKeyWord(phrase, true);
  // a phrase not opening with a word (none is) keeps every lookup
  const opensWord = isWordCharacter(normalizeString(phrase).trim(), 0);
  return {
    kind,
    inLookalike: !opensWord || LOOKALIKE_WORDS.has(first),
    opensSchool: !opensWord || SCHOOL_FIRST_WORDS.has(first),
    opensTask: !opensWord || TASK_FIRST_WORDS.has(first),
  };
}

/** The openings of a lexicon's organization names: the table, and the capitalized words at which an entry may start. */
interface Openings {
  /** Known names and heads, in one table. */
  readonly table: GatedTable<Opening>;
  /** The capitalized words of a sentence at which an entry of the table may start. */
  readonly openers: CapitalizedOpeners;
}

/** The openings of each lexicon's organization names, compiled on first use. */
const OPENINGS = new WeakMap<Lexicon, Openings>();

/**
 * The known organizations of `lexicon` and the heads, in one table: one lookup finds the longest
 * of either, and a known name listed before the heads wins over a head as long as itself.
 */
function openingsOf(lexicon: Lexicon): Openings {
  let openings = OPENINGS.get(lexicon);
  if (!openings) {
    const known = Object.keys(lexicon.organizations).map((name) => [name, openingOf(name, 'known')] as const);
    const heads = [...ORGANIZATION_HEADS, ...SCHOOL_HEADS].map((head) => [head, openingOf(head, 'head')] as const);
    const entries = [...known, ...heads];
    openings = { table: GatedTable.from<Opening>(entries), openers: new CapitalizedOpeners(entries.map(([phrase]) => phrase)) };
    OPENINGS.set(lexicon, openings);
  }
  return openings;
}

/**
 * The words an organization's name may open with, as a phrase table keys them: the first word of
 * each known name of `lexicon` and of each head. A name read in a sentence holds one whole, which
 * a rule's trigger may ask for.
 */
export function organizationOpeningWords(lexicon: Lexicon): string[] {
  return [...Object.keys(lexicon.organizations), ...ORGANIZATION_HEADS, ...SCHOOL_HEADS].map((phrase) => phraseKeyWord(phrase, true));
}

/** Start offsets (ascending) of the sentence's capitalized words at which {@link organizationAt} may find an organization: the others never start one. */
export function organizationStartsIn(ctx: SentenceContext): readonly number[] {
  return openingsOf(ctx.lexicon.source).openers.startsIn(ctx);
}

/** True when the word at `i` lies inside a place or foreign name that starts with a head word ('Tây Ban Nha'). */
function insideLookalike(text: string, i: number): boolean {
  if (LOOKALIKES.matchAt(text, i)) return true;
  let k = i;
  for (let n = 0; n < 2; n++) {
    if (k < 2 || text[k - 1] !== ' ' || !isWordCharacter(text, k - 2)) return false;
    k = wordStart(text, k - 2);
    const hit = LOOKALIKES.matchAt(text, k);
    if (hit && hit.end > i) return true;
  }
  return false;
}

/** True when an acronym ('GD', 'UBND') is written at [start, end): more than one letter, all upper case. */
function isAcronym(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return word.length > 1 && word === word.toUpperCase();
}

/**
 * One Vietnamese syllable as the orthography allows it: an onset, a vowel nucleus, a final.
 * Foreign names ('Sanofi', 'Groupama') and single consonants ('K') are not syllables.
 */
const VIETNAMESE_SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?'
  + '[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]{1,3}'
  + '(?:ch|ng|nh|[cmnptk])?$',
);

/**
 * True when the capitalized word at [start, end) is the first syllable of a Vietnamese name word,
 * which a lower-case syllable may follow ('Tài| nguyên'); an acronym or a foreign name is a whole
 * word ('GD', 'Sanofi| giảm giá').
 */
function opensNameWord(text: string, start: number, end: number): boolean {
  return !isAcronym(text, start, end) && VIETNAMESE_SYLLABLE.test(text.slice(start, end).toLowerCase());
}

/** Reads one more word of the name into `state`; false when the name ends. */
function readNextWord(ctx: SentenceContext, state: ReadState, limit: number, school: boolean): boolean {
  const { text } = ctx;
  const tables = lexiconTables(ctx.lexicon);
  const j = nextWordStart(text, state.end, limit);
  if (j < 0) return readJoinedPart(ctx, state, limit);
  // the word read once: each table below is searched only when its phrases may open with it
  const w = knownWordStartingAt(text, j);
  const upper = isUpperAt(text, j);
  if (!upper && state.mode === 'words') {
    const tail = LOWER_TAILS.matchAt(text, j, w);
    if (tail && tail.end <= limit) {
      advance(state, tail.end, true);
      return true;
    }
  }
  const joiner = nameJoinerLength(text, j);
  if (joiner > 0) {
    const k = nextWordStart(text, j + joiner, limit);
    if (state.mode === 'words' && state.read && k >= 0 && startsNamePart(ctx, k, limit)) {
      takeWord(text, state, k);
      return true;
    }
    return false;
  }
  if (!upper && STOPS.matchAt(text, j, w)) return false;
  const province = provinceAt(text, j, w);
  if (province && province.end <= limit) {
    state.end = province.end;
    return false;
  }
  const org = upper ? tables.organizations.matchAt(text, j, w) : undefined;
  if (org && org.end <= limit) {
    advance(state, org.end, true);
    state.mode = 'place';
    return true;
  }
  const head = upper ? HEADS.matchAt(text, j, w) : undefined;
  if (head && head.end <= limit && state.mode === 'place') {
    advance(state, head.end, false);
    state.mode = 'words';
    return true;
  }
  const level = tables.placeLevels.matchAt(text, j, w);
  if (level && level.end <= limit && (!upper || level.phrase === 'TP')) {
    state.end = placeAfterLevel(ctx, level.end, limit);
    return false;
  }
  if (state.mode === 'place') {
    if (upper) state.end = placeRunEnd(ctx, j, limit, state.end);
    else state.end = branchEnd(ctx, j, limit, state.end, w);
    return false;
  }
  if (upper) {
    if (!(school && !state.named) && personNameStartsAt(text, j, limit)) return false;
    // a body of another body ('Văn phòng Bộ Xây dựng', 'Thanh tra Sở Giao thông vận tải')
    if (head) {
      const inner = organizationSpanAt(ctx, j, limit, w);
      if (inner) {
        state.end = inner.end;
        return false;
      }
    }
    const body = BODIES.matchAt(text, j, w);
    if (body && body.end <= limit) {
      advance(state, body.end, true);
      state.named = true;
      return true;
    }
    takeWord(text, state, j);
    return true;
  }
  // 'số 1' numbers a school or a unit ('Trường Tiểu học số 1')
  if ((state.read || school) && text.startsWith(NUMBER_MARKER_SPACED, j) && /\d/.test(text[j + NUMBER_MARKER_SPACED.length] ?? '')) {
    let e = j + NUMBER_MARKER_SPACED.length;
    while (e < limit && /\d/.test(text[e] as string)) e++;
    if (!isWordCharacter(text, e)) {
      advance(state, e, state.read);
      return true;
    }
  }
  // the second syllable of a name word ('Tài| nguyên'), never a figure ('Festival Biển| 2005')
  if (state.capsInRow === 1 && !/\d/.test(text[j] as string)) {
    advance(state, wordEnd(text, j), true);
    return true;
  }
  return false;
}

/** Reads the capitalized word at `j` into `state`. */
function takeWord(text: string, state: ReadState, j: number): void {
  const end = wordEnd(text, j);
  state.capsInRow = opensNameWord(text, j, end) ? state.capsInRow + 1 : 0;
  state.end = end;
  state.read = true;
  state.named = true;
}

/**
 * True when a capitalized word at `k` can go on a name after 'và' or a joiner: not a place, a
 * level, a person, a title, another organization or the head of one.
 */
function startsNamePart(ctx: SentenceContext, k: number, limit: number): boolean {
  const { text, lexicon } = ctx;
  if (!isUpperAt(text, k) || provinceAt(text, k) || personNameStartsAt(text, k, limit)) return false;
  if (lexicon.organizations.matchAt(text, k) || HEADS.matchAt(text, k) || lexicon.titleHeads.matchAt(text, k)) return false;
  // 'TP' opens a place; a capitalized 'Xã' is a name word ('Thương binh và Xã hội')
  const level = lexicon.placeLevels.matchAt(text, k);
  return !level || level.phrase !== level.phrase.toUpperCase();
}

/** A part joined by '-' or '&' ('Bộ GD-ĐT', 'Bộ Giáo dục - Đào tạo'); false when none follows. */
function readJoinedPart(ctx: SentenceContext, state: ReadState, limit: number): boolean {
  const { text } = ctx;
  if (state.mode !== 'words' || !state.read) return false;
  let k = state.end;
  if (text[k] === ' ') k++;
  if (!JOINERS.has(text[k] as string)) return false;
  k++;
  if (text[k] === ' ') k++;
  if (k >= limit || !startsNamePart(ctx, k, limit)) return false;
  // a joined part is one name word (and its syllables), not a sentence after a dash
  takeWord(text, state, k);
  return true;
}

/** End of the capitalized place name at `j` after a complete name ('Tỉnh ủy Cao Bằng'), short of a person or another body. */
function placeRunEnd(ctx: SentenceContext, j: number, limit: number, end: number): number {
  const { text } = ctx;
  const tables = lexiconTables(ctx.lexicon);
  if (personNameStartsAt(text, j, limit)) return end;
  const run = capitalizedRun(text, j, limit, 3);
  let runEnd = end;
  for (let n = 0; n < run.length; n++) {
    const at = n === 0 ? j : nextWordStart(text, run[n - 1] as number, limit);
    if (n > 0 && endsPlaceRun(ctx, tables, at, limit, true)) break;
    runEnd = run[n] as number;
  }
  return runEnd;
}

/** End of a branch and its place after a complete name ('… chi nhánh tỉnh'), or `end` when none; `word` is the known word at `j`, when read. */
function branchEnd(ctx: SentenceContext, j: number, limit: number, end: number, word?: number): number {
  const { text, lexicon } = ctx;
  const branch = BRANCHES.matchAt(text, j, word);
  if (!branch || branch.end > limit) return end;
  const k = nextWordStart(text, branch.end, limit);
  if (k < 0) return end;
  const level = lexicon.placeLevels.matchAt(text, k);
  if (level && level.end <= limit) return placeAfterLevel(ctx, level.end, limit);
  const province = provinceAt(text, k);
  return province && province.end <= limit ? province.end : end;
}

/**
 * End of a task-named body's name read on from `from` ('Ban Chỉ đạo| xóa nhà tạm, nhà dột nát
 * tỉnh'): lower-case words, capitalized words and commas up to the last scope (a level and its
 * place, 'trung ương', 'quốc gia'), before any stop word; `from` when no scope ends it.
 */
function taskScopeEnd(ctx: SentenceContext, from: number, limit: number): number {
  const { text, lexicon } = ctx;
  let best = from;
  let end = from;
  for (let words = 0; words < MAX_TASK_WORDS; words++) {
    let j = nextWordStart(text, end, limit);
    // a comma goes on to a second item of the task ('xóa nhà tạm, nhà dột nát'), never to a clause or a place
    if (j < 0 && text[end] === ',' && best === from) {
      j = nextWordStart(text, end + 1, limit);
      if (j < 0 || isUpperAt(text, j) || lexicon.placeLevels.matchAt(text, j) || STOPS.matchAt(text, j)) break;
    }
    if (j < 0) break;
    const upper = isUpperAt(text, j);
    const level = lexicon.placeLevels.matchAt(text, j);
    if (level && level.end <= limit && (!upper || level.phrase === 'TP')) return placeAfterLevel(ctx, level.end, limit);
    const scope = SCOPES.matchAt(text, j);
    if (scope && scope.end <= limit) {
      best = end = scope.end;
      continue;
    }
    if (!TASK_FILLERS.matchAt(text, j) && STOPS.matchAt(text, j)) break;
    if (upper && (personNameStartsAt(text, j, limit) || lexicon.organizations.matchAt(text, j) || HEADS.matchAt(text, j) || provinceAt(text, j))) break;
    end = wordEnd(text, j);
  }
  return best;
}

/**
 * True when the word at `at`, inside a run of capitalized words after a complete name or a level
 * word, starts something else than the place: a person's name, a head (outside a look-alike when
 * `lookalikes` is set: 'Tây Ban Nha'), a known organization or a title.
 */
function endsPlaceRun(ctx: SentenceContext, tables: LexiconTables, at: number, limit: number, lookalikes = false): boolean {
  const { text } = ctx;
  if (personNameStartsAt(text, at, limit)) return true;
  const w = knownWordStartingAt(text, at);
  if (HEADS.matchAt(text, at, w) && !(lookalikes && insideLookalike(text, at))) return true;
  return tables.organizations.matchAt(text, at, w) !== undefined || tables.titleHeads.matchAt(text, at, w) !== undefined;
}

/** End of a level word's place name ('tỉnh Quảng Ngãi', 'TP. Hồ Chí Minh'), or `levelEnd` when none follows. */
export function placeAfterLevel(ctx: SentenceContext, levelEnd: number, limit: number): number {
  const { text } = ctx;
  let end = levelEnd;
  if (text[end] === '.') end++;
  const k = text[end] === ' ' ? nextWordStart(text, end, limit) : isUpperAt(text, end) ? end : -1;
  if (k < 0 || !isUpperAt(text, k)) return levelEnd;
  const tables = lexiconTables(ctx.lexicon);
  const w = knownWordStartingAt(text, k);
  if (personNameStartsAt(text, k, limit) || HEADS.matchAt(text, k, w)) return levelEnd;
  if (tables.organizations.matchAt(text, k, w)) return levelEnd;
  const p = provinceAt(text, k, w);
  const run = capitalizedRun(text, k, limit, 4);
  let runEnd = levelEnd;
  for (let n = 0; n < run.length; n++) {
    const at = n === 0 ? k : nextWordStart(text, run[n - 1] as number, limit);
    if (n > 0 && endsPlaceRun(ctx, tables, at, limit)) break;
    runEnd = run[n] as number;
  }
  return p && p.end <= limit && p.end >= runEnd ? p.end : runEnd;
}

/** The abbreviations a lexicon spells out, found as whole words, and what each stands for. */
interface Abbreviations {
  /** Every abbreviation as a whole word ('UBND', not the 'UBND' of 'UBNDX'), longest first. */
  pattern: RegExp;
  /** Abbreviation → what it stands for. */
  full: ReadonlyMap<string, string>;
  /** Names spelled out lately → their spelling (undefined: none to spell out); news names the same bodies again and again. */
  spelled: Map<string, string | undefined>;
  /** True when every abbreviation opens with two upper-case letters ('UBND', 'TP'): a name without two in a row holds none. */
  pairedCapitals: boolean;
}

/** Most names whose spelling is kept per lexicon (then the kept ones are forgotten). */
const MAX_SPELLED = 4096;

/** The abbreviations of each lexicon, compiled on first use. */
const ABBREVIATIONS = new WeakMap<Lexicon, Abbreviations>();

/**
 * The abbreviations `lexicon` spells out: the organizations (then the place levels) whose written
 * form is all upper case and made only of letters, marks and dots, each with the words it stands
 * for ('UBND' → 'Ủy ban nhân dân', 'TP' → 'thành phố').
 */
function abbreviationsOf(lexicon: Lexicon): Abbreviations {
  let known = ABBREVIATIONS.get(lexicon);
  if (known) return known;
  const full = new Map<string, string>();
  for (const word of [...Object.keys(lexicon.organizations), ...Object.keys(PLACE_LEVEL_NAMES)]) {
    const stands = lexicon.organizations[word] ?? PLACE_LEVEL_NAMES[word];
    if (stands && word === word.toUpperCase() && ABBREVIATION_WORD.test(word)) full.set(word, stands);
  }
  const words = [...full.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.'));
  // the words of a name are runs of letters, marks and dots ('TP.'): an abbreviation is one whole run
  const pattern = new RegExp(words.length ? `(?<![\\p{L}\\p{M}.])(?:${words.join('|')})(?![\\p{L}\\p{M}.])` : '(?!)', 'gu');
  const pairedCapitals = [...full.keys()].every((w) => isUpperCharacter(w, 0) && isUpperCharacter(w, 1));
  known = { pattern, full, spelled: new Map(), pairedCapitals };
  ABBREVIATIONS.set(lexicon, known);
  return known;
}

/** A word of a name: letters, marks and dots. */
const ABBREVIATION_WORD = /^[\p{L}\p{M}.]+$/u;

/**
 * False when the name at `text[start, end)` cannot hold an abbreviation of the lexicon (none of
 * its letters is followed by another upper-case one, and every abbreviation opens with two), so
 * that most names ('Sở Nội vụ', 'Tỉnh ủy Lai Châu') are neither copied nor looked up to be spelled out.
 */
function mayHoldAbbreviation(ctx: SentenceContext, start: number, end: number): boolean {
  if (!abbreviationsOf(ctx.lexicon.source).pairedCapitals) return true;
  const { text } = ctx;
  for (let j = start; j + 1 < end; j++) if (isUpperCharacter(text, j) && isUpperCharacter(text, j + 1)) return true;
  return false;
}

/** `name` with its abbreviations spelled out, or undefined when it holds none. */
export function expand(ctx: SentenceContext, name: string): string | undefined {
  const { pattern, full, spelled } = abbreviationsOf(ctx.lexicon.source);
  if (spelled.has(name)) return spelled.get(name);
  pattern.lastIndex = 0;
  const out = pattern.test(name) ? name.replace(pattern, (word) => full.get(word) as string).replace(/\s+/g, ' ') : undefined;
  if (spelled.size >= MAX_SPELLED) spelled.clear();
  spelled.set(name, out);
  return out;
}
