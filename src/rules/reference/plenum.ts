/**
 * reference/plenum — a document of a Central Committee plenum, named by the plenum's number.
 * Reads: 'Nghị quyết Trung ương 4 (khóa XII)', 'Nghị quyết Trung ương 4 khóa XII',
 * 'Nghị quyết Hội nghị Trung ương 8 khóa XI'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { overlapsAny } from '../date/calendar.js';
import { PhraseGate } from '../date/word-gate.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { perSentence } from '../../extract/sentence-memo.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { build, docTypeOf, grammarMatches, grammarMatchesAt, readTail, referenceDraft } from './grammar.js';
import { stickyOf } from '../date/anchored.js';
import { readCode } from './code.js';
import { CENTRAL_COMMITTEE, CENTRAL_COMMITTEE_NAMES, PLENUM_DOCUMENT_TYPES, PLENUM_NAME_WORDS } from '../../lexicon/documents.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'reference/plenum';

/** The plenum resolutions' types, found through the word index. */
const PLENUM_TYPES = new PhraseGate(PLENUM_DOCUMENT_TYPES);

/** What every plenum resolution holds: its type and the plenum's name. */
const PLENUM_GATES = [PLENUM_TYPES, new RegExp(CENTRAL_COMMITTEE_NAMES.join('|'), 'u')];

/** The words around the committee's name, as the pattern spells them. */
const { meeting, ordinal: ordinalMarker, committee, party } = PLENUM_NAME_WORDS;

/** 'Nghị quyết [Hội nghị [lần thứ]] Trung ương [Đảng] [lần thứ] 4', capitalized document type. */
const PLENUM = build(
  `(?<![\\p{L}\\p{M}])(?<docType>${PLENUM_DOCUMENT_TYPES.join('|')})\\s+(?:${meeting}\\s+(?:${ordinalMarker}\\s+)?)?` +
    `(?:${committee}\\s+)?(?:${CENTRAL_COMMITTEE_NAMES.join('|')})(?:\\s+${party})?(?:\\s+(?:${ordinalMarker}\\s+)?(?<num>{{ordinal}}))?`,
);

/** {@link PLENUM}, tried only where a plenum resolution may start. */
const PLENUM_AT = stickyOf(PLENUM);

/**
 * The matches of PLENUM in the sentence: tried only where its type stands (see PhraseGate), found
 * through the block's word index; without one, it scans a sentence that passes PLENUM_GATES.
 */
function plenumMatches(ctx: SentenceContext): RegExpExecArray[] {
  const starts = PLENUM_TYPES.startsIn(ctx);
  return starts ? grammarMatchesAt(ctx, PLENUM, PLENUM_AT, starts) : grammarMatches(ctx, PLENUM, PLENUM_GATES);
}

/** The plenum references of a sentence. */
export const readPlenum = perSentence((ctx): DraftOf<'reference'>[] => {
  const drafts: DraftOf<'reference'>[] = [];
  const matches = plenumMatches(ctx);
  const coded = matches.length > 0 ? readCode(ctx) : [];
  for (const m of matches) {
    const g = m.groups ?? {};
    const tail = readTail(ctx, m.index + m[0].length, { issuer: false, date: !!g.num });
    if (!g.num && tail.term === undefined) continue;
    if (overlapsAny(coded, m.index, tail.end)) continue;
    drafts.push(
      referenceDraft(ctx, ID, m.index, tail.end, {
        docType: docTypeOf(g.docType ?? ''),
        number: g.num,
        issuer: CENTRAL_COMMITTEE,
        term: tail.term,
      }),
    );
  }
  return drafts;
});

/** 'Nghị quyết Trung ương <n> (khóa <term>)'. */
export const referencePlenum: Rule = {
  id: ID,
  kind: 'reference',
  examples: ['Nghị quyết Trung ương 4 (khóa XII)', 'Nghị quyết Trung ương 4 khóa XII', 'Nghị quyết Hội nghị Trung ương 8 khóa XI'],
  // the document type and the Central Committee's name, each ending on its last word
  trigger: { words: [lastWordsOf(PLENUM_DOCUMENT_TYPES), lastWordsOf(CENTRAL_COMMITTEE_NAMES)] },
  apply: (ctx) => handOut(ctx, readPlenum(ctx)),
};
