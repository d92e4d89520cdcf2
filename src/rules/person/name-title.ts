/**
 * person/name-title — a person named before their titles, without an honorific (dash, comma, list items).
 * Reads: 'Nguyễn Văn A - Bí thư Huyện ủy', 'các đồng chí: Nguyễn Văn A, Bí thư Huyện ủy; Trần Thị B, Phó Bí thư Huyện ủy'.
 * @module
 */
import type { Rule } from '../rule.js';
import { TITLED_PERSON_TRIGGER, readPeople } from './read.js';
import { handOut } from '../../extract/hand-out.js';

/** Rule id. */
const ID = 'person/name-title';

/** People read by this rule in a sentence (after the earlier person rules took theirs). */
export const personNameTitle: Rule = {
  id: ID,
  kind: 'person',
  examples: ['Nguyễn Văn A - Bí thư Huyện ủy', 'các đồng chí: Nguyễn Văn A, Bí thư Huyện ủy; Trần Thị B, Phó Bí thư Huyện ủy'],
  trigger: TITLED_PERSON_TRIGGER,
  apply: (ctx) => handOut(ctx, readPeople(ctx).filter((d) => d.rule === ID)),
};
