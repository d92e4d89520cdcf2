/**
 * place/level-name — a place after its administrative level word; a list after one level word
 * gives one place each. The span is the name; the level is in the record.
 * Reads: 'tỉnh Điện Biên', 'huyện Mường Nhé', 'xã Nậm Kè', 'bản Huổi Lếch', 'TP Điện Biên Phủ',
 * 'thành phố Sơn La', 'thị xã Mường Lay', 'các xã Mường Lạn, Mường Lèo, Sam Kha'.
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { cleanPhrase } from '../../extract/scan.js';
import { PhraseTable } from '../../tagging/phrase-table.js';
import { isWordCharacter } from '../../text/boundaries.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { lastWordsOf } from '../../extract/trigger.js';
import { isUpperAt, nextWordStart, pastNameJoiner, placeAfterLevel, provinceAt } from '../organization/names.js';
import { NOT_PLACE_NAMES, PLACE_DESCRIPTORS, PLACE_LEVEL_NAMES } from '../../lexicon/places.js';
import { REGION_TABLE } from './region.js';
import { knownWordStartingAt } from '../../extract/sentence-words.js';
import { GatedTable, lexiconTables } from '../organization/gated-table.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'place/level-name';

/** Descriptors between a level word and its names ('miền núi', 'biên giới'). */
const DESCRIPTORS = PhraseTable.of(PLACE_DESCRIPTORS);

/** Capitalized words that never open a place name after a level word. */
const NOT_PLACES = GatedTable.of(NOT_PLACE_NAMES);

/** Level words written in another form → the level a record gives them, in a map (a sliced word is looked up by its hash). */
const LEVEL_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(PLACE_LEVEL_NAMES));

/** The level a record gives a written level word ('TP' → 'thành phố'). */
function levelName(written: string): string {
  return LEVEL_NAMES.get(written) ?? written.toLowerCase();
}

/** The places named after level words in a sentence. */
export const readLevelPlaces = perSentence((ctx): DraftOf<'place'>[] => {
  const { text, lexicon } = ctx;
  const tables = lexiconTables(lexicon);
  const drafts: DraftOf<'place'>[] = [];
  for (const level of lexicon.placeLevels.findAll(text, ctx.start, ctx.end)) {
    // 'Tỉnh', 'Huyện' capitalized open a name only at the start of a clause or in a dateline
    if (isUpperAt(text, level.start) && !opensCapitalized(text, level.start, level.end, ctx.start)) continue;
    // 'các huyện miền núi Minh Hóa, Tuyên Hóa': a descriptor may stand between the level and the names
    const after = nextWordStart(text, level.end, ctx.end);
    const descriptor = after >= 0 ? DESCRIPTORS.matchAt(text, after) : undefined;
    const levelEnd = descriptor ? descriptor.end : level.end;
    let end = placeAfterLevel(ctx, levelEnd, ctx.end);
    if (end === levelEnd) continue;
    const name = levelName(level.phrase === 'TP' ? 'TP' : text.slice(level.start, level.end));
    let start = nextWordStart(text, text[levelEnd] === '.' ? levelEnd + 1 : levelEnd, ctx.end);
    if (start < 0) start = levelEnd + 1;
    for (;;) {
      // 'các tỉnh Nam Trung Bộ' names a region, which place/region reads
      const word = knownWordStartingAt(text, start);
      if (!NOT_PLACES.matchAt(text, start, word) && !REGION_TABLE.matchAt(text, start, word)) {
        const p = provinceAt(text, start, word);
        drafts.push({
          kind: 'place',
          rule: ID,
          span: spanOf(text, start, end),
          name: p && p.end === end ? p.name : cleanPhrase(text, start, end),
          level: name,
          uses: [],
        });
      }
      // ', <Name>' or ' và <Name>' continues a list after a plural level ('các xã A, B và C')
      let k = end;
      if (text[k] === ',') k++;
      const w = pastNameJoiner(text, nextWordStart(text, k, ctx.end), ctx.end);
      if (w < 0 || !isUpperAt(text, w) || !isWordCharacter(text, w)) break;
      const known = knownWordStartingAt(text, w);
      if (tables.titleHeads.matchAt(text, w, known) || tables.organizations.matchAt(text, w, known) || tables.placeLevels.matchAt(text, w, known)) break;
      const next = placeAfterLevel(ctx, w - 1, ctx.end);
      if (next <= w) break;
      start = w;
      end = next;
    }
  }
  return drafts;
});

/** True when the capitalized level word at [start, end) opens a name: 'TP', all upper case, or at the start of a clause. */
function opensCapitalized(text: string, start: number, end: number, floor: number): boolean {
  const written = text.slice(start, end);
  return written === 'TP' || written === written.toUpperCase() || clauseOpens(text, start, floor);
}

/** True when `i` opens the sentence or follows punctuation. */
function clauseOpens(text: string, i: number, floor: number): boolean {
  let j = i;
  while (j > floor && text[j - 1] === ' ') j--;
  return j <= floor || /[.,;:!?"(\-\n]/.test(text[j - 1] as string);
}

/** '<level> <Name>'. */
export const placeLevelName: Rule = {
  id: ID,
  kind: 'place',
  examples: ['tỉnh Điện Biên', 'huyện Mường Nhé', 'xã Nậm Kè', 'bản Huổi Lếch', 'TP Điện Biên Phủ', 'thị xã Mường Lay'],
  // a level word before the place
  trigger: { words: [(lexicon) => lastWordsOf(lexicon.placeLevels)] },
  apply: (ctx) => handOut(ctx, readLevelPlaces(ctx)),
};
