/**
 * person/title-name — a person named right after their titles.
 * Reads: 'Phó Chủ tịch UBND tỉnh Nguyễn Văn A', 'Bí thư Tỉnh ủy Giàng Páo Mỷ'.
 * @module
 */
import type { Rule } from '../rule.js';
import { readPeople } from './read.js';
import { firstWordsOf, lastWordsOf } from '../../extract/trigger.js';
import { FAMILY_NAME_WORDS } from '../organization/names.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'person/title-name';

/** People read by this rule in a sentence (after the earlier person rules took theirs). */
export const personTitleName: Rule = {
  id: ID,
  kind: 'person',
  examples: ['Phó Chủ tịch UBND tỉnh Nguyễn Văn A', 'Bí thư Tỉnh ủy Giàng Páo Mỷ'],
  // a title (its head) and a name (its family name) in the sentence
  // a title head in the sentence (its first word and its last) and a family name
  trigger: { words: [(lexicon) => firstWordsOf(lexicon.titleHeads), (lexicon) => lastWordsOf(lexicon.titleHeads), FAMILY_NAME_WORDS] },
  apply: (ctx) => handOut(ctx, readPeople(ctx).filter((d) => d.rule === ID)),
};
