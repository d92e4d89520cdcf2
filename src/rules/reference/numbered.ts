/**
 * reference/numbered — a document named by its type and number, without a symbol.
 * Reads: 'Chỉ thị số 05 của Bộ Chính trị', 'Đề án 06', 'Nghị quyết số 388 của Thường vụ Quốc hội',
 * 'quyết định 217 của UBND TP'. Not 'kế hoạch 5 năm', not 'Kế hoạch 2025'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { firstCharacterOf, overlapsAny } from '../date/calendar.js';
import { DOCUMENT_TYPES, MEASURES_AFTER_NUMBER } from '../../lexicon/documents.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { isUpperAt } from '../organization/names.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { DURATION_UNITS } from '../../lexicon/time.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { build, docTypeOf, grammarMatches, grammarMatchesAt, mayHoldDocumentType, readTail, referenceDraft } from './grammar.js';
import { addTypeStarts } from './type-starts.js';
import { digitWordsIn } from '../date/word-gate.js';
import { startsAround, stickyOf } from '../date/anchored.js';
import { readCode } from './code.js';
import { readPlenum } from './plenum.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'reference/numbered';

/** Words after a number that make it a measure, not a document number ('kế hoạch 5 năm'). */
const MEASURES = PhraseTable.of([...Object.keys(DURATION_UNITS), ...MEASURES_AFTER_NUMBER]);

/** '<docType> [số] <n>' not followed by a symbol, a decimal part or a unit; the type's first letter is looked at first. */
const NUMBERED = build(
  firstCharacterOf(DOCUMENT_TYPES) +
    '(?<![\\p{L}\\p{M}])(?<docType>{{docType}})(?<so>\\s+{{so}})?\\s+(?<num>\\d{1,5})(?![\\p{L}\\p{M}\\p{N}%]|\\s*[-/.,]\\s*[\\p{L}\\d])',
);

/**
 * What every numbered reference holds: a document type followed by a space. Its digit is not asked
 * again: the rule's trigger asks for one, and only the rule reads numbered references.
 */
const NUMBERED_GATES = [mayHoldDocumentType];

/** {@link NUMBERED}, tried only where a numbered reference may start. */
const NUMBERED_AT = stickyOf(NUMBERED);

/** Most digits of a document's number. */
const NUMBER_DIGITS = 5;

/**
 * The matches of NUMBERED in the sentence: tried only where a document type may start before a
 * word of digits (see addTypeStarts), found through the block's word index; without one, the
 * sentence is scanned when it may hold a document type.
 */
function numberedMatches(ctx: SentenceContext): RegExpExecArray[] {
  const starts = startsAround(ctx, digitWordsIn(ctx), (k, sentence, found) => {
    const { starts: wordStarts, ends } = sentence.index;
    if ((ends[k] as number) - (wordStarts[k] as number) <= NUMBER_DIGITS) addTypeStarts(sentence, k, found);
  });
  return starts ? grammarMatchesAt(ctx, NUMBERED, NUMBERED_AT, starts) : grammarMatches(ctx, NUMBERED, NUMBERED_GATES);
}

/** The numbered references of a sentence. */
export const readNumbered = perSentence((ctx): DraftOf<'reference'>[] => {
  const drafts: DraftOf<'reference'>[] = [];
  const matches = numberedMatches(ctx);
  const taken = matches.length > 0 ? [...readCode(ctx), ...readPlenum(ctx)] : [];
  for (const m of matches) {
    const g = m.groups ?? {};
    const num = g.num ?? '';
    const end = m.index + m[0].length;
    if (overlapsAny(taken, m.index, end)) continue;
    const next = ctx.text[end] === ' ' ? end + 1 : -1;
    if (next > 0 && (MEASURES.matchAt(ctx.text, next) || ctx.lexicon.countedNouns.matchAt(ctx.text, next))) continue;
    const tail = readTail(ctx, end);
    const capitalized = isUpperAt(ctx.text, m.index);
    if (!g.so && !tail.issuer && !capitalized) continue;
    if (!g.so && /^(?:19|20)\d\d$/.test(num)) continue;
    drafts.push(
      referenceDraft(ctx, ID, m.index, tail.end, { docType: docTypeOf(g.docType ?? ''), number: num, issuer: tail.issuer, term: tail.term }),
    );
  }
  return drafts;
});

/** '<docType> [số] <n> [của <issuer>]'. */
export const referenceNumbered: Rule = {
  id: ID,
  kind: 'reference',
  examples: ['Chỉ thị số 05 của Bộ Chính trị', 'Đề án 06', 'Nghị quyết số 388 của Thường vụ Quốc hội'],
  trigger: { digit: true },
  apply: (ctx) => handOut(ctx, readNumbered(ctx)),
};
