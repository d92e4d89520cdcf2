/**
 * The grammar of document references, composed with XRegExp from named parts: document types,
 * document numbers, the type and issuer codes of a symbol ('04-NQ/TU', '35/NQ-HĐND',
 * '38/2021/NĐ-CP'), and what may follow a reference (its date, 'của <issuer>', 'khóa XII').
 * Matching runs on the sentence's text as written (normalized), never on tagged words.
 * @module
 */
import XRegExp from 'xregexp';
import type { DraftOf } from '../../extract/draft.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { spanOf } from '../../extract/draft.js';
import { cleanPhrase } from '../../extract/scan.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import type { Gate } from '../date/calendar.js';
import { DAY, MONTH, ROMAN, YEAR, caseless, mentionsWithin, ordinalValue, sentenceMatches, sentenceText, wordsSource, DAY_WORD_PATTERN, MONTH_WORD_PATTERN, YEAR_WORD_PATTERN } from '../date/calendar.js';
import { PhraseGate, indexedSentence } from '../date/word-gate.js';
import { matchesAt } from '../date/anchored.js';
import { DOCUMENT_TYPES, ISSUED_WORDS, ISSUER_LINKS, ISSUER_OFFICES, NUMBER_MARKER, TERM_WORDS } from '../../lexicon/documents.js';
import { isUpperAt, organizationAt } from '../organization/names.js';

/** Named parts every reference pattern is built from. */
export const PARTS: Record<string, string> = {
  /** 'Nghị quyết', 'chỉ thị', 'Quyết định' … in any case. */
  docType: wordsSource(DOCUMENT_TYPES),
  /** 'số', 'Số', 'số:'. */
  so: `${caseless(NUMBER_MARKER)}\\s*:?`,
  /** A document number: '04', '1719', '15a'. */
  num: '\\d{1,5}[a-z]?',
  /** The type code of a symbol: 'NQ', 'QĐ', 'CTr', 'UBTVQH13'. */
  typeCode: '[A-ZĐ][A-Za-zĐđ]{0,7}\\d{0,2}',
  /** The issuer code of a symbol: 'TU', 'TW', 'HĐND', 'TTg', 'BNNPTNT'. */
  issuerCode: '[A-ZĐƯ][A-Za-zĐđƯư]{0,9}\\d{0,2}',
  /** A four-digit year inside a state symbol ('38/2021/NĐ-CP'). */
  year: YEAR,
  /** No letter, digit, slash or dash just before a number. */
  before: '(?<![\\p{L}\\p{M}\\p{N}/.-])',
  /** No letter or digit right after. */
  after: '(?![\\p{L}\\p{M}\\p{N}])',
  /** A Roman or decimal ordinal: 'XII', '4'. */
  ordinal: `(?:(?=[IVX])${ROMAN}(?![\\p{L}\\p{N}])|\\d{1,2}(?!\\d))`,
};

/** Builds a pattern from {@link PARTS}; `{{name}}` stands for a part. */
export function build(pattern: string, flags = 'gu'): RegExp {
  return XRegExp.build(pattern, PARTS, flags);
}

/**
 * Every match of a pattern made by {@link build} inside the sentence, left to right, with its
 * named groups and its index in clean-text coordinates. When `gates` are given, the pattern runs
 * only on a sentence that passes each of them (see sentenceMatches). The compiled regex runs
 * natively (the patterns never match the empty string); the names XRegExp keeps aside for its
 * groups are given to each match, as XRegExp.exec gives them.
 */
export function grammarMatches(ctx: SentenceContext, re: RegExp, gates: readonly Gate[] = []): RegExpExecArray[] {
  const found = sentenceMatches(ctx, re, gates);
  const names = captureNamesOf(re);
  if (names) for (const m of found) m.groups = groupsOf(m, names);
  return found;
}

/**
 * {@link grammarMatches} for a pattern tried only at `starts` (see date/anchored): `sticky` is
 * the sticky copy of `re`, whose group names it reads.
 */
export function grammarMatchesAt(ctx: SentenceContext, re: RegExp, sticky: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const found = matchesAt(ctx, sticky, starts);
  const names = captureNamesOf(re);
  if (names) for (const m of found) m.groups = groupsOf(m, names);
  return found;
}

/** The names of a pattern's capture groups in order (null for an unnamed one), as XRegExp records them. */
function captureNamesOf(re: RegExp): readonly (string | null)[] | undefined {
  return (re as RegExp & { xregexp?: { captureNames?: (string | null)[] | null } }).xregexp?.captureNames ?? undefined;
}

/** The named groups of match `m`, read from its numbered groups and their `names`. */
function groupsOf(m: RegExpExecArray, names: readonly (string | null)[]): Record<string, string> {
  const groups = Object.create(null) as Record<string, string>;
  for (let i = 1; i < m.length; i++) {
    const name = names[i - 1];
    if (name) groups[name] = m[i] as string;
  }
  return groups;
}

/** The document types of several words ('Nghị quyết'), found through the word index. */
const PHRASE_TYPES = new PhraseGate(DOCUMENT_TYPES.filter((t) => /\s/.test(t.trim())));

/** The document types of one word ('Luật'), in any case, anywhere. */
const ONE_WORD_TYPE = new RegExp(wordsSource(DOCUMENT_TYPES.filter((t) => !/\s/.test(t.trim()))), 'u');

/** Any document type, in any case, anywhere. */
const ANY_TYPE = new RegExp(PARTS.docType as string, 'u');

/**
 * True when the sentence may hold a document type followed by whitespace (every type-led
 * pattern's start): a type of several words stands in it (see PhraseGate), or a type of one word
 * anywhere; without a word index, a type anywhere in its text.
 */
export function mayHoldDocumentType(ctx: SentenceContext): boolean {
  if (!indexedSentence(ctx)) return ANY_TYPE.test(sentenceText(ctx));
  return PHRASE_TYPES.passes(ctx) || ONE_WORD_TYPE.test(sentenceText(ctx));
}

/** Issuer offices ('Thủ tướng Chính phủ'), compiled. */
const OFFICES = PhraseTable.of(ISSUER_OFFICES);

/** ', ngày 20/7/2020' or ' ngày 3 tháng 9 năm 2025' after a reference (sticky). */
const DATE_AFTER = new RegExp(
  `\\s*,?\\s*(?:(?:${wordsSource(ISSUED_WORDS)})\\s+)?${DAY_WORD_PATTERN}\\s+(?:${DAY}\\s?[/.-]\\s?${MONTH}\\s?[/.-]\\s?${YEAR}|` +
    `${DAY}\\s+${MONTH_WORD_PATTERN}\\s+${MONTH}\\s+${YEAR_WORD_PATTERN}\\s+${YEAR})(?![\\p{L}\\p{N}])`,
  'uy',
);

/** ' của ' / ' do ' before an issuer (sticky). */
const ISSUER_LINK = new RegExp(`\\s+(?:${wordsSource(ISSUER_LINKS)})\\s+`, 'uy');

/** ' (khóa XII)', ' khóa XIII', ', khóa 12' after a reference (sticky). */
const TERM_AFTER = new RegExp(
  `\\s*(?:\\(\\s*(?:${wordsSource(TERM_WORDS)})\\s+(?<t1>${PARTS.ordinal})\\s*\\)|,?\\s+(?:${wordsSource(TERM_WORDS)})\\s+(?<t2>${PARTS.ordinal}))`,
  'uy',
);

/** What follows a reference: where it ends, and the issuer and term it names. */
export interface ReferenceTail {
  /** End of the reference, tail included. */
  end: number;
  /** Issuer named after 'của' / 'do'. */
  issuer?: string;
  /** 'khóa XII' → 12. */
  term?: number;
}

/** Reads the date, issuer and term that may follow a reference ending at `end`. */
export function readTail(ctx: SentenceContext, end: number, options: { date?: boolean; issuer?: boolean } = {}): ReferenceTail {
  const { text } = ctx;
  const tail: ReferenceTail = { end };
  const slice = text.slice(0, ctx.end);
  if (options.date !== false) {
    DATE_AFTER.lastIndex = tail.end;
    const d = DATE_AFTER.exec(slice);
    if (d) tail.end += d[0].length;
  }
  readTerm(slice, tail);
  if (options.issuer !== false) {
    ISSUER_LINK.lastIndex = tail.end;
    const link = ISSUER_LINK.exec(slice);
    if (link) {
      const at = tail.end + link[0].length;
      const found = issuerAt(ctx, at);
      if (found) {
        tail.end = found.end;
        tail.issuer = cleanPhrase(text, at, found.end);
      }
    }
  }
  readTerm(slice, tail);
  return tail;
}

/** Extends `tail` past a 'khóa <n>' at its end. */
function readTerm(slice: string, tail: ReferenceTail): void {
  if (tail.term !== undefined) return;
  TERM_AFTER.lastIndex = tail.end;
  const t = TERM_AFTER.exec(slice);
  const value = t ? ordinalValue(t.groups?.t1 ?? t.groups?.t2 ?? '') : undefined;
  if (t && value !== undefined) {
    tail.end += t[0].length;
    tail.term = value;
  }
}

/** The issuer named at `i`: an organization, or an office ('Thủ tướng Chính phủ') with its organization. */
function issuerAt(ctx: SentenceContext, i: number): { end: number } | undefined {
  if (!isUpperAt(ctx.text, i)) return undefined;
  const office = OFFICES.matchAt(ctx.text, i);
  const org = organizationAt(ctx, i);
  if (office && (!org || office.end >= org.end)) {
    const after = ctx.text[office.end] === ' ' ? organizationAt(ctx, office.end + 1) : undefined;
    return { end: after ? after.end : office.end };
  }
  return org ? { end: org.end } : undefined;
}

/** Clean document type as the lexicon spells it ('nghị quyết' → 'Nghị quyết'). */
export function docTypeOf(written: string): string {
  const lower = written.toLowerCase().replace(/\s+/g, ' ');
  return DOCUMENT_TYPES.find((t) => t.toLowerCase() === lower) ?? written;
}

/** A reference draft over `[start, end)` with its fields. */
export function referenceDraft(
  ctx: SentenceContext,
  rule: string,
  start: number,
  end: number,
  fields: Omit<DraftOf<'reference'>, 'kind' | 'rule' | 'span' | 'uses'>,
): DraftOf<'reference'> {
  const draft: DraftOf<'reference'> = { kind: 'reference', rule, span: spanOf(ctx.text, start, end), docType: fields.docType, uses: mentionsWithin(ctx, start, end) };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) (draft as unknown as Record<string, unknown>)[k] = v;
  return draft;
}
