/**
 * place/after-preposition — a place named after 'ở' or 'tại' without a level word: 'các khu công
 * nghiệp ở Quảng Yên, Đông Triều', 'tại Việt Nam'. The name is two to four capitalized syllables
 * that end where a name ends; organizations, titles, people and provinces are left to their rules.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import type { SentenceContext } from '../../extract/sentence-context.js';
import { spanOf } from '../../extract/draft.js';
import { cleanPhrase, skipSpaces } from '../../extract/scan.js';
import { isWordCharacter } from '../../text/boundaries.js';
import { overlapsAny } from '../date/calendar.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { capitalizedRun, isUpperAt, nameJoinerLength, nextWordStart, pastNameJoiner, personNameStartsAt, provinceAt } from '../organization/names.js';
import { INSTITUTION_HEADS, NOT_PLACE_NAMES, PLACE_PREPOSITIONS } from '../../lexicon/places.js';
import { ORGANIZATION_HEADS } from '../../lexicon/organizations.js';
import { readLevelPlaces } from './level-name.js';
import { hasCapitalizedPair, knownWordStartingAt } from '../../extract/sentence-words.js';
import { GatedTable, lexiconTables } from '../organization/gated-table.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'place/after-preposition';

/** 'ở', 'tại' (lower case: a capitalized 'Tại' opens a sentence and says nothing). */
const PREPOSITIONS = GatedTable.of(PLACE_PREPOSITIONS);

/** Words that open other names than places: bodies, institutions, venues. */
const NOT_PLACES = GatedTable.of([...NOT_PLACE_NAMES, ...ORGANIZATION_HEADS, ...INSTITUTION_HEADS]);

/** Fewest and most syllables of a place read this way. */
const MIN_SYLLABLES = 2;
const MAX_SYLLABLES = 4;

/**
 * End of the place name at `k`, or -1: every syllable capitalized, none of the other names, and
 * (for the first of a list, `strict`) followed by punctuation, not by a lower-case word of the same name.
 */
function placeNameEnd(ctx: SentenceContext, k: number, strict: boolean): number {
  const { text } = ctx;
  if (!isUpperAt(text, k)) return -1;
  const tables = lexiconTables(ctx.lexicon);
  const w = knownWordStartingAt(text, k);
  if (provinceAt(text, k, w) || personNameStartsAt(text, k, ctx.end)) return -1;
  if (NOT_PLACES.matchAt(text, k, w) || tables.titleHeads.matchAt(text, k, w) || tables.organizations.matchAt(text, k, w) || tables.placeLevels.matchAt(text, k, w)) return -1;
  const run = capitalizedRun(text, k, ctx.end, MAX_SYLLABLES + 1);
  if (run.length < MIN_SYLLABLES || run.length > MAX_SYLLABLES) return -1;
  const end = run[run.length - 1] as number;
  const next = skipSpaces(text, end);
  if (strict && next > end && isWordCharacter(text, next)) return -1;
  return end;
}

/** The places named after a preposition of place in a sentence. */
export const readPrepositionPlaces = perSentence((ctx): DraftOf<'place'>[] => {
  const { text } = ctx;
  const drafts: DraftOf<'place'>[] = [];
  // a place read this way has two capitalized syllables at least
  if (!hasCapitalizedPair(ctx)) return drafts;
  const levelled = readLevelPlaces(ctx);
  for (const p of PREPOSITIONS.table.findAll(text, ctx.start, ctx.end)) {
    if (text[p.start] !== (text[p.start] as string).toLowerCase()) continue;
    let k = nextWordStart(text, p.end, ctx.end);
    let strict = true;
    while (k >= 0) {
      const end = placeNameEnd(ctx, k, strict);
      if (end < 0 || overlapsAny(levelled, k, end)) break;
      drafts.push({ kind: 'place', rule: ID, span: spanOf(text, k, end), name: cleanPhrase(text, k, end), uses: [] });
      // ', <Place>' or ' và <Place>' continues the list
      let j = end;
      if (text[j] === ',') j++;
      const w = pastNameJoiner(text, nextWordStart(text, j, ctx.end), ctx.end);
      if (w < 0 || (j === end && text[w - 1] === ' ' && nameJoinerLength(text, j + 1) === 0)) break;
      k = w;
      strict = false;
    }
  }
  return drafts;
});

/** '<ở|tại> <Place>[, <Place>]'. */
export const placeAfterPreposition: Rule = {
  id: ID,
  kind: 'place',
  examples: ['các khu công nghiệp ở Quảng Yên, Đông Triều', 'hội thảo tại Việt Nam'],
  // a preposition of place before the place
  trigger: { words: [lastWordsOf(PLACE_PREPOSITIONS)] },
  apply: (ctx) => handOut(ctx, readPrepositionPlaces(ctx)),
};
