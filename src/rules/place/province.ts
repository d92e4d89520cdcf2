/**
 * place/province — a province or centrally-run city named without a level word.
 * Reads: 'Tỉnh ủy Điện Biên', 'Điện Biên: …', 'HÀ GIANG – …', 'Huyện ủy Đakrông (Quảng Trị)'.
 * Not inside a person's name ('Nguyễn Thị Huế').
 * @module
 */
import type { Rule } from '../rule.js';
import type { DraftOf } from '../../extract/draft.js';
import { spanOf } from '../../extract/draft.js';
import { isWordCharacter } from '../../text/boundaries.js';
import { overlapsAny } from '../date/calendar.js';
import { perSentence } from '../../extract/sentence-memo.js';
import { firstWordsOf, lastWordsOf } from '../../extract/trigger.js';
import { PROVINCES } from '../../lexicon/places.js';
import { capitalizedRun, isUpperAt, provinceAt, provinceStartsIn } from '../organization/names.js';
import { readLevelPlaces } from './level-name.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'place/province';

/** The provinces named in a sentence outside level phrases. */
export const readProvinces = perSentence((ctx): DraftOf<'place'>[] => {
  const { text } = ctx;
  const drafts: DraftOf<'place'>[] = [];
  const levelled = readLevelPlaces(ctx);
  let next = ctx.start;
  // a province's name opens with a capital letter, on one of the words provinces start with
  for (const i of provinceStartsIn(ctx)) {
    if (i < next) continue;
    const p = provinceAt(text, i);
    if (!p || p.end > ctx.end) continue;
    const inName = previousCapitalized(text, i, ctx.start) || capitalizedRun(text, p.end + 1, ctx.end, 1).length > 0 && text[p.end] === ' ';
    if (!inName && !overlapsAny(levelled, i, p.end)) {
      drafts.push({ kind: 'place', rule: ID, span: spanOf(text, i, p.end), name: p.name, level: p.level, uses: [] });
    }
    next = p.end;
  }
  return drafts;
});

/** True when the word right before `i` (one space away) starts with a capital letter of a mixed-case word. */
function previousCapitalized(text: string, i: number, floor: number): boolean {
  if (i - 1 <= floor || text[i - 1] !== ' ') return false;
  let s = i - 1;
  while (s > floor && isWordCharacter(text, s - 1)) s--;
  if (s >= i - 1 || !isUpperAt(text, s)) return false;
  const word = text.slice(s, i - 1);
  return word !== word.toUpperCase();
}

/** A province or city by name. */
export const placeProvince: Rule = {
  id: ID,
  kind: 'place',
  examples: ['Tỉnh ủy Điện Biên', 'Điện Biên: Tổng kết', 'HÀ GIANG – Trong hai ngày'],
  // the province's name, inside the sentence: its first word and its last
  trigger: { words: [firstWordsOf(Object.keys(PROVINCES)), lastWordsOf(Object.keys(PROVINCES))] },
  apply: (ctx) => handOut(ctx, readProvinces(ctx)),
};
