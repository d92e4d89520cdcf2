/**
 * reference/congress — the resolution of a party congress.
 * Reads: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV', 'Nghị quyết Đại hội XIII của Đảng',
 * 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'Nghị quyết Đại hội Đảng bộ huyện'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { ordinalValue, overlapsAny } from '../date/calendar.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { cleanPhrase } from '../../extract/scan.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { build, docTypeOf, grammarMatches, grammarMatchesAt, readTail, referenceDraft } from './grammar.js';
import { stickyOf } from '../date/anchored.js';
import { readCode } from './code.js';
import { CONGRESS_DOCUMENT_TYPES, CONGRESS_NAME_WORDS as W } from '../../lexicon/documents.js';
import { PhraseGate } from '../date/word-gate.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'reference/congress';

/** The congress resolutions' types, found through the word index. */
const CONGRESS_TYPES = new PhraseGate(CONGRESS_DOCUMENT_TYPES);

/** What every congress resolution holds: its type, then the congress. */
const CONGRESS_GATES = [CONGRESS_TYPES, new RegExp(`(?:${CONGRESS_DOCUMENT_TYPES.join('|')})\\s+${W.congress}`, 'u')];

/** Regex source of a phrase of plain words with any run of white space between its words. */
function spaced(phrase: string): string {
  return phrase.split(' ').join('\\s+');
}

/**
 * 'Nghị quyết Đại hội [đại biểu] [toàn quốc] [Đảng bộ <level> [<Place>]] [lần thứ] [<ordinal>] [của Đảng]'.
 */
const CONGRESS = build(
  `(?<![\\p{L}\\p{M}])(?<docType>${CONGRESS_DOCUMENT_TYPES.join('|')})\\s+(?<body>${W.congress}(?:\\s+${W.delegates})?(?:\\s+${W.national})?` +
    `(?:\\s+(?<party>${W.party}(?:\\s+${W.partyOrganization}\\s+(?<level>${W.levels.join('|')})` +
    '(?:\\s+(?!(?:[IVX]+)(?![\\p{L}\\p{M}]))\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){0,3}(?<![IVX]))?)?))?)' +
    `(?:\\s+(?:${spaced(W.ordinalMarker)}\\s+)?(?<ord>{{ordinal}}))?(?<national>\\s+(?:${W.ofTheParty.map(spaced).join('|')})(?![\\p{L}\\p{M}]))?`,
);

/** {@link CONGRESS}, tried only where a congress resolution may start. */
const CONGRESS_AT = stickyOf(CONGRESS);

/**
 * The matches of CONGRESS in the sentence: tried only where its type stands (see PhraseGate),
 * found through the block's word index; without one, it scans a sentence that passes
 * CONGRESS_GATES.
 */
function congressMatches(ctx: SentenceContext): RegExpExecArray[] {
  const starts = CONGRESS_TYPES.startsIn(ctx);
  return starts ? grammarMatchesAt(ctx, CONGRESS, CONGRESS_AT, starts) : grammarMatches(ctx, CONGRESS, CONGRESS_GATES);
}

/** The congress references of a sentence. */
export const readCongress = perSentence((ctx): DraftOf<'reference'>[] => {
  const drafts: DraftOf<'reference'>[] = [];
  const matches = congressMatches(ctx);
  const coded = matches.length > 0 ? readCode(ctx) : [];
  for (const m of matches) {
    const g = m.groups ?? {};
    if (!g.ord && !g.level) continue;
    const end = m.index + m[0].length;
    if (overlapsAny(coded, m.index, end)) continue;
    const bodyStart = m.index + m[0].indexOf(g.body ?? '');
    const body = cleanPhrase(ctx.text, bodyStart, bodyStart + (g.body ?? '').length);
    const issuer = g.national && !g.party ? `${body} ${W.party}` : body;
    const draft = referenceDraft(ctx, ID, m.index, end, { docType: docTypeOf(g.docType ?? ''), issuer }) as DraftOf<'reference'> & {
      ordinal?: number;
    };
    const ordinal = g.ord ? ordinalValue(g.ord) : undefined;
    if (ordinal !== undefined) draft.ordinal = ordinal;
    const tail = readTail(ctx, end, { issuer: false });
    draft.span = { start: m.index, end: tail.end, text: ctx.text.slice(m.index, tail.end) };
    drafts.push(draft);
  }
  return drafts;
});

/** 'Nghị quyết Đại hội <body> lần thứ <n>'. */
export const referenceCongress: Rule = {
  id: ID,
  kind: 'reference',
  examples: ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV', 'Nghị quyết Đại hội XIII của Đảng'],
  // its document type, ending on its last word
  trigger: { words: [lastWordsOf(CONGRESS_DOCUMENT_TYPES)] },
  apply: (ctx) => handOut(ctx, readCongress(ctx)),
};
