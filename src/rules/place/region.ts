/**
 * place/region — a region of the country named in the sentence.
 * Reads: 'các tỉnh vùng Bắc Trung Bộ và duyên hải miền Trung', 'khu vực Tây Nguyên', 'Đồng bằng sông Cửu Long'.
 * Not inside another name ('Trường Đại học Tây Nguyên', 'Vịnh Bắc Bộ', 'Tây Bắc Củ Chi'); a name that is
 * also a compass point or a part of names ('Đông Bắc', 'Nam Bộ') only after a region word ('vùng', 'khu vực').
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { AMBIGUOUS_REGIONS, REGION_LEVEL, REGION_WORDS, REGIONS } from '../../lexicon/places.js';
import { isUpperAt } from '../organization/names.js';
import { readOrganizations } from '../organization/name.js';
import { overlapsAny } from '../date/calendar.js';
import { cleanPhrase, skipSpaces, skipSpacesBack, wordStart } from '../../extract/scan.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { CapitalizedOpeners } from '../../extract/sentence-words.js';
import { GatedTable } from '../organization/gated-table.js';
import { firstWordsOf, lastWordsOf } from '../../extract/trigger.js';

/** Rule id. */
const ID = 'place/region';

/** The regions, compiled (longest first at each place). */
export const REGION_TABLE = GatedTable.of(REGIONS);

/** The capitalized words at which a region may be named. */
const REGION_OPENERS = new CapitalizedOpeners(REGIONS);

/** Region names that need a region word before them. */
const AMBIGUOUS: ReadonlySet<string> = new Set(AMBIGUOUS_REGIONS.map((r) => r.toLowerCase()));
/** 'vùng', 'khu vực', compiled. */
const REGION_WORD_TABLE = PhraseTable.of(REGION_WORDS);

/** Every region named in a sentence, written with its capital, outside an organization's name. */
export const placeRegion: Rule = {
  id: ID,
  kind: 'place',
  examples: ['vùng Bắc Trung Bộ và duyên hải miền Trung', 'khu vực Tây Nguyên', 'Đồng bằng sông Cửu Long'],
  // the region's name, inside the sentence: its first word and its last ('bộ' alone is in most sentences)
  trigger: { words: [firstWordsOf(REGIONS), lastWordsOf(REGIONS)] },
  apply(ctx) {
    const { text } = ctx;
    const drafts: DraftOf<'place'>[] = [];
    // a region is read only where written with its capital: most sentences hold no capitalized word a region opens with
    if (REGION_OPENERS.startsIn(ctx).length === 0) return drafts;
    const regions = REGION_TABLE.table.findAll(text, ctx.start, ctx.end).filter((r) => isUpperAt(text, r.start));
    if (regions.length === 0) return drafts;
    const organizations = readOrganizations(ctx);
    for (const r of regions) {
      if (overlapsAny(organizations, r.start, r.end) || insideName(ctx, r.start, r.end)) continue;
      if (AMBIGUOUS.has(r.phrase.toLowerCase()) && !REGION_WORD_TABLE.matchEndingAt(text, skipSpacesBack(text, r.start))) continue;
      drafts.push({ kind: 'place', rule: ID, span: spanOf(text, r.start, r.end), name: cleanPhrase(text, r.start, r.end), level: REGION_LEVEL, uses: [] });
    }
    return drafts;
  },
};

/** True when a capitalized word joins the region on either side, one space away: 'Vịnh Bắc Bộ', 'Tây Bắc Củ Chi'. */
function insideName(ctx: SentenceContext, start: number, end: number): boolean {
  const { text } = ctx;
  if (start - 1 > ctx.start && text[start - 1] === ' ' && text[start - 2] !== ' ') {
    const previous = wordStart(text, start - 1);
    if (previous < start - 1 && isUpperAt(text, previous)) return true;
  }
  const next = skipSpaces(text, end);
  return next === end + 1 && next < ctx.end && isUpperAt(text, next);
}
