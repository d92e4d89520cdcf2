/**
 * person/title-name — a person named right after their titles.
 * Reads: 'Phó Chủ tịch UBND tỉnh Nguyễn Văn A', 'Bí thư Tỉnh ủy Giàng Páo Mỷ'.
 * @module
 */
import type { Rule } from '../rule.js';
import { TITLED_PERSON_TRIGGER, readPeople } from './read.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'person/title-name';

/** People read by this rule in a sentence (after the earlier person rules took theirs). */
export const personTitleName: Rule = {
  id: ID,
  kind: 'person',
  examples: ['Phó Chủ tịch UBND tỉnh Nguyễn Văn A', 'Bí thư Tỉnh ủy Giàng Páo Mỷ'],
  trigger: TITLED_PERSON_TRIGGER,
  apply: (ctx) => handOut(ctx, readPeople(ctx).filter((d) => d.rule === ID)),
};
