/**
 * place/committee — the place a party committee leads, named right after it.
 * Reads: 'Huyện ủy Đakrông', 'Thành ủy Pleiku', 'Thị ủy Mường Lay' (provinces are read by place/province).
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { cleanPhrase } from '../../extract/scan.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { knownWordStartingAt } from '../../extract/sentence-words.js';
import { lexiconTables } from '../organization/gated-table.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { capitalizedRun, isUpperAt, nextWordStart, personNameStartsAt, provinceAt } from '../organization/names.js';
import { COMMITTEE_PLACE_LEVELS, COMMITTEE_SYLLABLE } from '../../lexicon/places.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'place/committee';

/** Committees valued by the level of the place they lead. */
const COMMITTEES = new PhraseTable<string>(Object.entries(COMMITTEE_PLACE_LEVELS));

/** The places named after party committees in a sentence. */
export const readCommitteePlaces = perSentence((ctx): DraftOf<'place'>[] => {
  const { text } = ctx;
  const tables = lexiconTables(ctx.lexicon);
  const drafts: DraftOf<'place'>[] = [];
  // every committee's name holds its syllable (found without copying the sentence)
  const mark = text.indexOf(COMMITTEE_SYLLABLE, ctx.start);
  if (mark < 0 || mark + COMMITTEE_SYLLABLE.length > ctx.end) return drafts;
  for (const c of COMMITTEES.findAll(text, ctx.start, ctx.end)) {
    if (!isUpperAt(text, c.start)) continue;
    const k = nextWordStart(text, c.end, ctx.end);
    if (k < 0 || !isUpperAt(text, k)) continue;
    const w = knownWordStartingAt(text, k);
    if (provinceAt(text, k, w) || personNameStartsAt(text, k, ctx.end)) continue;
    if (tables.titleHeads.matchAt(text, k, w) || tables.organizations.matchAt(text, k, w)) continue;
    const run = capitalizedRun(text, k, ctx.end, 3);
    const end = run[run.length - 1];
    if (end === undefined) continue;
    drafts.push({ kind: 'place', rule: ID, span: spanOf(text, k, end), name: cleanPhrase(text, k, end), level: c.value, uses: [] });
  }
  return drafts;
});

/** '<committee> <Place>'. */
export const placeCommittee: Rule = {
  id: ID,
  kind: 'place',
  examples: ['Huyện ủy Đakrông', 'Thành ủy Pleiku'],
  // a party committee's name before the place
  trigger: { words: [lastWordsOf(Object.keys(COMMITTEE_PLACE_LEVELS))] },
  apply: (ctx) => handOut(ctx, readCommitteePlaces(ctx)),
};
