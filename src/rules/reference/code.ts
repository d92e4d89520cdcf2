/**
 * reference/code — a document named by its number and symbol.
 * Reads: 'Nghị quyết 04-NQ/TU', 'Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII',
 * 'Quyết định số 1719/QĐ-TTg', 'Nghị định 38/2021/NĐ-CP', 'Nghị quyết 1211/2016/UBTVQH13', '45-KH/TU'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_CODES } from '../../lexicon/documents.js';
import { HAS_DIGIT, firstCharacterOf } from '../date/calendar.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { build, docTypeOf, grammarMatches, grammarMatchesAt, readTail, referenceDraft } from './grammar.js';
import { addTypeStarts } from './type-starts.js';
import { digitWordsIn } from '../date/word-gate.js';
import { codeAfterSpaces, startsAround, stickyOf } from '../date/anchored.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'reference/code';

/**
 * '[<docType> [số]] <n>-<TYPE>/<ISSUER>' (party) or '[<docType> [số]] <n>/[<year>/]<TYPE>[-<ISSUER>]'
 * (state), spaces around '-' and '/' allowed: '04 - NQ/TU', '35/NQ-HĐND', '38/2021/NĐ-CP'. A match
 * opens with a document type or a digit, looked at before the rest.
 */
const CODE = build(
  firstCharacterOf(DOCUMENT_TYPES, true) +
    '(?:(?<docType>{{docType}})(?:\\s+{{so}})?\\s+)?{{before}}' +
    '(?:(?<pn>{{num}})\\s*-\\s*(?<pt>{{typeCode}})\\s*/\\s*(?<pi>{{issuerCode}})' +
    '|(?<sn>{{num}})\\s*/\\s*(?:(?<sy>{{year}})\\s*/\\s*)?(?<st>{{typeCode}})(?:\\s*-\\s*(?<si>{{issuerCode}}(?:\\s*-\\s*{{issuerCode}}){0,2}))?)' +
    '{{after}}(?!\\s*[/-]\\s*[\\p{L}\\d])',
);

/** What every coded reference holds: a number, then '-' and a code letter, or '/', [a year and '/',] and a code letter. */
const CODE_GATES = [HAS_DIGIT, /\d[a-z]?\s*(?:-\s*[A-ZĐ]|\/\s*(?:(?:19|20)\d\d\s*\/\s*)?[A-ZĐ])/u];

/** {@link CODE}, tried only where a coded reference may start. */
const CODE_AT = stickyOf(CODE);

/** Most characters of a document's number: five digits and a letter ('15a'). */
const NUMBER_LENGTH = 6;

/**
 * The matches of CODE in the sentence. Every match holds a number word followed, after spaces or
 * none, by '-' or '/', and starts at it or at a document type before it (see addTypeStarts): the
 * pattern is tried only there, found through the block's word index; without one, it scans a
 * sentence that passes CODE_GATES.
 */
function codeMatches(ctx: SentenceContext): RegExpExecArray[] {
  const { text } = ctx;
  const starts = startsAround(ctx, digitWordsIn(ctx), (k, sentence, found) => {
    const { starts: wordStarts, ends } = sentence.index;
    const end = ends[k] as number;
    if (end - (wordStarts[k] as number) > NUMBER_LENGTH) return;
    const next = codeAfterSpaces(text, end);
    if (next !== 45 && next !== 47) return; // '-' or '/'
    addTypeStarts(sentence, k, found);
    const at = wordStarts[k] as number;
    if (found.length === 0 || (found[found.length - 1] as number) < at) found.push(at);
  });
  return starts ? grammarMatchesAt(ctx, CODE, CODE_AT, starts) : grammarMatches(ctx, CODE, CODE_GATES);
}

/** The coded references of a sentence. */
export const readCode = perSentence((ctx): DraftOf<'reference'>[] => {
  const drafts: DraftOf<'reference'>[] = [];
  for (const m of codeMatches(ctx)) {
    const g = m.groups ?? {};
    const party = g.pn !== undefined;
    const number = party ? g.pn : g.sn;
    const typeCode = party ? g.pt : g.st;
    const issuerCode = party ? g.pi : g.si;
    if (!number || !typeCode) continue;
    if (!party && !issuerCode && !g.sy) continue;
    const docType = g.docType ? docTypeOf(g.docType) : DOCUMENT_TYPE_CODES[typeCode];
    if (!docType) continue;
    const symbol = party
      ? `${typeCode}/${issuerCode}`
      : [typeCode, ...(issuerCode ? issuerCode.split(/\s*-\s*/) : [])].join('-');
    // '38/2021/NĐ-CP': number '38', symbol '2021/NĐ-CP' (the year stays with the symbol)
    const tail = readTail(ctx, m.index + m[0].length);
    drafts.push(
      referenceDraft(ctx, ID, m.index, tail.end, {
        docType,
        number,
        symbol: g.sy ? `${g.sy}/${symbol}` : symbol,
        issuer: tail.issuer,
        term: tail.term,
      }),
    );
  }
  return drafts;
});

/** '<docType> <n>-<TYPE>/<ISSUER>' and the state forms. */
export const referenceCode: Rule = {
  id: ID,
  kind: 'reference',
  examples: ['Nghị quyết 04-NQ/TU', 'Nghị quyết số 21-NQ/TW', 'Chỉ thị 05-CT/TW', '35/NQ-HĐND', '38/2021/NĐ-CP', '1719/QĐ-TTg'],
  // a number, then '-' or '/' before the symbol's letters (see CODE_GATES)
  trigger: { digit: true, words: [['-', '/']] },
  apply: (ctx) => handOut(ctx, readCode(ctx)),
};
